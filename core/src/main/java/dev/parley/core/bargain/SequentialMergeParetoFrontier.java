package dev.parley.core.bargain;

import dev.parley.core.bargain.internal.LexOrder;
import dev.parley.core.bargain.internal.ParetoSweep;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact Pareto frontier of an additive problem, built issue by issue without enumerating
 * packages.
 *
 * <p>With additive utilities, a package is Pareto-optimal only if its choices on the first {@code
 * i} issues form a Pareto-optimal partial package of those issues; otherwise the dominating partial
 * package, completed the same way, would dominate it. So the frontier of issues {@code 0..i} is the
 * non-dominated subset of the frontier of {@code 0..i-1} plus each feasible option of issue {@code
 * i}. This is the dynamic programme of Nemhauser and Ullmann (1969) for knapsack problems, applied
 * to the multiple-choice case; GeniusWeb's {@code ParetoLinearAdditive} merges halves of the issue
 * list instead, which costs |P₁|·|P₂| candidates at the top merge where this costs |P|·m per issue.
 *
 * <p>Utilities are summed in issue order, exactly as a package's utility is defined, so every
 * reported vector is bit-identical to the package's utility. Partial packages with identical tick
 * vectors are merged, carrying how many packages they stand for and the first in enumeration order.
 *
 * <p>Cost: O(Σᵢ |Pᵢ|·mᵢ·(log + query)) time, where Pᵢ is the partial frontier after issue i and mᵢ
 * its number of options; memory O(max |Pᵢ|·mᵢ·k) plus one int per partial frontier point per issue
 * for the representatives. Independent of the number of packages.
 *
 * <p>When utilities are capped and the cap can bind, the problem is not additive: packages are
 * enumerated if there are at most {@code enumerationLimit}; otherwise the uncapped frontier is
 * capped and filtered again, which yields exactly the capped frontier's vectors but not every
 * package reaching them, nor always the first ({@link ParetoFrontier#areCountsExact()} is false).
 */
public final class SequentialMergeParetoFrontier implements ParetoFrontierAlgorithm {
  /** The default bound on the candidates of one merge step. */
  public static final long DEFAULT_LIMIT = 8_000_000L;

  /** The default number of packages up to which a capped problem is enumerated. */
  public static final long DEFAULT_ENUMERATION_LIMIT = 20_000_000L;

  private final long limit;
  private final long enumerationLimit;

  /** Creates the algorithm with the default bounds. */
  public SequentialMergeParetoFrontier() {
    this(DEFAULT_LIMIT, DEFAULT_ENUMERATION_LIMIT);
  }

  /**
   * Creates the algorithm with the given bounds.
   *
   * @param limit the largest number of candidates one merge step may hold
   * @param enumerationLimit the largest number of packages a capped problem is enumerated for
   */
  public SequentialMergeParetoFrontier(long limit, long enumerationLimit) {
    if (limit < 1 || enumerationLimit < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.limit = limit;
    this.enumerationLimit = enumerationLimit;
  }

  @Override
  public ParetoFrontier compute(BargainingProblem problem) {
    if (problem.isCapBinding()) {
      if (problem.outcomeCount().compareTo(BigInteger.valueOf(enumerationLimit)) <= 0) {
        return new EnumerationParetoFrontier(enumerationLimit).compute(problem);
      }
      return capped(problem, additive(problem));
    }
    return additive(problem);
  }

  private ParetoFrontier additive(BargainingProblem problem) {
    int k = problem.partyCount();
    int n = problem.issueCount();
    double[] sum = new double[k];
    long[] count = {1};
    int[] rank = {0};
    int size = 1;
    List<int[]> parents = new ArrayList<>(n);
    List<int[]> chosen = new ArrayList<>(n);

    for (int i = 0; i < n; i++) {
      int[] opts = problem.feasibleOptions(i);
      int m = opts.length;
      long candidates = (long) size * m;
      if (candidates > limit) {
        return ParetoFrontier.incomplete(problem, new FrontierLimit(i, candidates, limit));
      }
      int c = (int) candidates;
      double[][] contrib = new double[k][m];
      for (int j = 0; j < k; j++) {
        for (int a = 0; a < m; a++) {
          contrib[j][a] = problem.contribution(j, i, opts[a]);
        }
      }
      double[] csum = new double[c * k];
      long[] ctick = new long[c * k];
      long[] ccount = new long[c];
      long[] priority = new long[c];
      for (int p = 0, x = 0; p < size; p++) {
        for (int a = 0; a < m; a++, x++) {
          for (int j = 0; j < k; j++) {
            double s = sum[p * k + j] + contrib[j][a];
            csum[x * k + j] = s;
            ctick[x * k + j] = Ticks.of(s);
          }
          ccount[x] = count[p];
          priority[x] = (long) rank[p] * m + a;
        }
      }
      ParetoSweep sweep = ParetoSweep.filter(ctick, k, c, ccount, priority);
      int next = sweep.kept.length;
      double[] nsum = new double[next * k];
      int[] parent = new int[next];
      int[] option = new int[next];
      long[] negatedPriority = new long[next];
      for (int q = 0; q < next; q++) {
        int x = sweep.kept[q];
        System.arraycopy(csum, x * k, nsum, q * k, k);
        parent[q] = x / m;
        option[q] = opts[x % m];
        negatedPriority[q] = -priority[x];
      }
      int[] byPriority = LexOrder.descending(negatedPriority, 1, next);
      int[] nrank = new int[next];
      for (int r = 0; r < next; r++) {
        nrank[byPriority[r]] = r;
      }
      parents.add(parent);
      chosen.add(option);
      sum = nsum;
      count = sweep.counts;
      rank = nrank;
      size = next;
    }
    return assemble(problem, size, sum, count, parents, chosen);
  }

  /** Turns the last partial frontier (descending order) into an ascending frontier. */
  private static ParetoFrontier assemble(
      BargainingProblem problem,
      int size,
      double[] sum,
      long[] count,
      List<int[]> parents,
      List<int[]> chosen) {
    int k = problem.partyCount();
    int n = problem.issueCount();
    double[] utilities = new double[size * k];
    long[] ticks = new long[size * k];
    long[] counts = new long[size];
    int[][] outcomes = new int[size][];
    for (int q = 0; q < size; q++) {
      int out = size - 1 - q;
      for (int j = 0; j < k; j++) {
        double u = sum[q * k + j];
        utilities[out * k + j] = u;
        ticks[out * k + j] = Ticks.of(u);
      }
      counts[out] = count[q];
      int[] outcome = new int[n];
      int idx = q;
      for (int i = n - 1; i >= 0; i--) {
        outcome[i] = chosen.get(i)[idx];
        idx = parents.get(i)[idx];
      }
      outcomes[out] = outcome;
    }
    return new ParetoFrontier(problem, utilities, ticks, counts, outcomes, true, null);
  }

  /** Caps an uncapped frontier's vectors and filters them again. */
  private static ParetoFrontier capped(BargainingProblem problem, ParetoFrontier uncapped) {
    if (!uncapped.isComplete()) {
      return uncapped;
    }
    int k = problem.partyCount();
    int size = uncapped.size();
    double[] u = new double[size * k];
    long[] t = new long[size * k];
    long[] counts = new long[size];
    long[] priority = new long[size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < k; j++) {
        double v = Math.min(problem.cap(), uncapped.utility(i, j));
        u[i * k + j] = v;
        t[i * k + j] = Ticks.of(v);
      }
      counts[i] = uncapped.outcomeCount(i);
      priority[i] = i;
    }
    ParetoSweep sweep = ParetoSweep.filter(t, k, size, counts, priority);
    int next = sweep.kept.length;
    double[] utilities = new double[next * k];
    long[] ticks = new long[next * k];
    int[][] outcomes = new int[next][];
    long[] merged = new long[next];
    for (int q = 0; q < next; q++) {
      int out = next - 1 - q;
      int x = sweep.kept[q];
      System.arraycopy(u, x * k, utilities, out * k, k);
      System.arraycopy(t, x * k, ticks, out * k, k);
      outcomes[out] = uncapped.outcome(x);
      merged[out] = sweep.counts[q];
    }
    return new ParetoFrontier(problem, utilities, ticks, merged, outcomes, false, null);
  }
}
