package dev.parley.core.bargain;

import dev.parley.core.random.Seed;
import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Counts the individually rational packages of a problem by branch and bound over the issues.
 *
 * <p>A depth-first walk assigns options issue by issue, keeping each party's partial sum in issue
 * order (so that leaf utilities are bit-identical to {@link BargainingProblem#utility}). A subtree
 * is skipped when some party cannot reach its reservation value even with its best remaining
 * options, and counted whole, without descending, when every party reaches it even with its worst;
 * both tests keep a margin of 10<sup>-9</sup>, so that packages near the boundary are decided at
 * the leaf, in ticks. When the walk would visit more than {@code nodeBudget} nodes, the share is
 * estimated instead from {@code samples} uniformly drawn packages, seeded, with its standard error;
 * the result says which it is.
 *
 * <p>Cost: at most {@code nodeBudget} node visits of O(k) each, or O(samples·n·k).
 */
public final class RationalCounter {
  private static final double MARGIN = 1e-9;
  private final long nodeBudget;
  private final long samples;
  private final Seed seed;

  /** Creates a counter with a budget of 50 million nodes and 1 million samples, seed 1. */
  public RationalCounter() {
    this(50_000_000L, 1_000_000L, Seed.of(1));
  }

  /** Creates a counter with the given budget and estimate settings. */
  public RationalCounter(long nodeBudget, long samples, Seed seed) {
    this.nodeBudget = nodeBudget;
    this.samples = samples;
    this.seed = seed;
  }

  /** Returns the count for the problem. */
  public RationalCount count(BargainingProblem problem) {
    Walk walk = new Walk(problem, nodeBudget);
    BigInteger total = problem.outcomeCount();
    if (walk.run()) {
      double fraction =
          total.signum() == 0
              ? 0
              : new java.math.BigDecimal(walk.weak)
                  .divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL64)
                  .doubleValue();
      return new RationalCount(total, walk.weak, walk.strict, true, fraction, 0, 0);
    }
    return estimate(problem, total);
  }

  private RationalCount estimate(BargainingProblem problem, BigInteger total) {
    int n = problem.issueCount();
    int k = problem.partyCount();
    int[][] opts = new int[n][];
    for (int i = 0; i < n; i++) {
      opts[i] = problem.feasibleOptions(i);
    }
    long[] d = new long[k];
    for (int j = 0; j < k; j++) {
      d[j] = Ticks.of(problem.disagreement(j));
    }
    RandomGenerator random = seed.generator();
    long hits = 0;
    double[] sum = new double[k];
    for (long s = 0; s < samples; s++) {
      java.util.Arrays.fill(sum, 0);
      for (int i = 0; i < n; i++) {
        int o = opts[i][random.nextInt(opts[i].length)];
        for (int j = 0; j < k; j++) {
          sum[j] += problem.contribution(j, i, o);
        }
      }
      boolean ok = true;
      for (int j = 0; j < k && ok; j++) {
        ok = Ticks.of(Math.min(problem.cap(), sum[j])) >= d[j];
      }
      if (ok) {
        hits++;
      }
    }
    double p = (double) hits / samples;
    double se = Math.sqrt(p * (1 - p) / samples);
    BigInteger rational =
        new java.math.BigDecimal(total)
            .multiply(java.math.BigDecimal.valueOf(p))
            .setScale(0, java.math.RoundingMode.HALF_EVEN)
            .toBigInteger();
    return new RationalCount(total, rational, BigInteger.valueOf(-1), false, p, se, samples);
  }

  /** One exact walk. */
  private static final class Walk {
    private final BargainingProblem problem;
    private final int n;
    private final int k;
    private final int[][] opts;
    private final double[][] bestRest;
    private final double[][] worstRest;
    private final BigInteger[] restCount;
    private final double[] target;
    private final long[] targetTicks;
    private final double cap;
    private long budget;
    private BigInteger weak = BigInteger.ZERO;
    private BigInteger strict = BigInteger.ZERO;
    private long weakLeaves;
    private long strictLeaves;

    Walk(BargainingProblem problem, long budget) {
      this.problem = problem;
      this.n = problem.issueCount();
      this.k = problem.partyCount();
      this.budget = budget;
      this.cap = problem.cap();
      opts = new int[n][];
      for (int i = 0; i < n; i++) {
        opts[i] = problem.feasibleOptions(i);
      }
      bestRest = new double[n + 1][k];
      worstRest = new double[n + 1][k];
      restCount = new BigInteger[n + 1];
      restCount[n] = BigInteger.ONE;
      for (int i = n - 1; i >= 0; i--) {
        restCount[i] = restCount[i + 1].multiply(BigInteger.valueOf(opts[i].length));
        for (int j = 0; j < k; j++) {
          double best = Double.NEGATIVE_INFINITY;
          double worst = Double.POSITIVE_INFINITY;
          for (int o : opts[i]) {
            best = Math.max(best, problem.contribution(j, i, o));
            worst = Math.min(worst, problem.contribution(j, i, o));
          }
          bestRest[i][j] = bestRest[i + 1][j] + best;
          worstRest[i][j] = worstRest[i + 1][j] + worst;
        }
      }
      target = new double[k];
      targetTicks = new long[k];
      for (int j = 0; j < k; j++) {
        target[j] = problem.disagreement(j);
        targetTicks[j] = Ticks.of(target[j]);
      }
    }

    /** Returns false if the budget ran out. */
    boolean run() {
      if (restCount[0].signum() == 0) {
        return true;
      }
      boolean done = visit(0, new double[k]);
      weak = weak.add(BigInteger.valueOf(weakLeaves));
      strict = strict.add(BigInteger.valueOf(strictLeaves));
      return done;
    }

    private boolean visit(int depth, double[] sum) {
      if (--budget < 0) {
        return false;
      }
      if (depth == n) {
        boolean allWeak = true;
        boolean allStrict = true;
        for (int j = 0; j < k; j++) {
          long t = Ticks.of(Math.min(cap, sum[j]));
          allWeak &= t >= targetTicks[j];
          allStrict &= t > targetTicks[j];
        }
        if (allWeak) {
          weakLeaves++;
        }
        if (allStrict) {
          strictLeaves++;
        }
        return true;
      }
      boolean allSafe = true;
      for (int j = 0; j < k; j++) {
        double hi = Math.min(cap, sum[j] + bestRest[depth][j]);
        if (hi < target[j] - MARGIN) {
          return true;
        }
        double lo = Math.min(cap, sum[j] + worstRest[depth][j]);
        allSafe &= lo > target[j] + MARGIN;
      }
      if (allSafe) {
        weak = weak.add(restCount[depth]);
        strict = strict.add(restCount[depth]);
        return true;
      }
      double[] next = new double[k];
      for (int o : opts[depth]) {
        for (int j = 0; j < k; j++) {
          next[j] = sum[j] + problem.contribution(j, depth, o);
        }
        if (!visit(depth + 1, next)) {
          return false;
        }
      }
      return true;
    }
  }
}
