package dev.parley.core.bargain;

import dev.parley.core.bargain.internal.ParetoSweep;
import java.math.BigInteger;

/**
 * The exact Pareto frontier by enumerating every feasible package: the reference the faster
 * algorithms are tested against, and the method for small problems whose utilities are not additive
 * (capped).
 *
 * <p>Packages are generated in enumeration order with running sums in issue order, buffered, and
 * the buffer plus the frontier so far is filtered whenever it fills, so memory stays bounded by the
 * buffer and the frontier. Cost: O(N·(log B + query)) time for N packages and buffer B.
 */
public final class EnumerationParetoFrontier implements ParetoFrontierAlgorithm {
  private static final int BUFFER = 1 << 20;
  private final long limit;

  /**
   * Creates the algorithm.
   *
   * @param limit the largest number of packages it will enumerate
   */
  public EnumerationParetoFrontier(long limit) {
    this.limit = limit;
  }

  @Override
  public ParetoFrontier compute(BargainingProblem problem) {
    BigInteger total = problem.outcomeCount();
    if (total.compareTo(BigInteger.valueOf(limit)) > 0) {
      return ParetoFrontier.incomplete(
          problem,
          new FrontierLimit(0, total.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue(), limit));
    }
    return new Run(problem, (int) Math.min(BUFFER, Math.max(1, total.longValue()))).run();
  }

  /** One enumeration: the buffer, and the frontier so far at its front. */
  private static final class Run {
    private final BargainingProblem problem;
    private final int k;
    private final int n;
    private final int[][] opts;
    private double[] utilities;
    private long[] ticks;
    private long[] counts;
    private long[] sequence;
    private int frontier;
    private int size;
    private long next;

    Run(BargainingProblem problem, int buffer) {
      this.problem = problem;
      this.k = problem.partyCount();
      this.n = problem.issueCount();
      this.opts = new int[n][];
      for (int i = 0; i < n; i++) {
        opts[i] = problem.feasibleOptions(i);
      }
      utilities = new double[buffer * k];
      ticks = new long[buffer * k];
      counts = new long[buffer];
      sequence = new long[buffer];
    }

    ParetoFrontier run() {
      for (int[] o : opts) {
        if (o.length == 0) {
          return finish();
        }
      }
      int[] pos = new int[n];
      double[][] partial = new double[n + 1][k];
      int depth = 0;
      // Iterative odometer: the last issue varies fastest.
      while (true) {
        for (int i = depth; i < n; i++) {
          for (int j = 0; j < k; j++) {
            partial[i + 1][j] = partial[i][j] + problem.contribution(j, i, opts[i][pos[i]]);
          }
        }
        add(partial[n]);
        int i = n - 1;
        while (i >= 0 && ++pos[i] == opts[i].length) {
          pos[i] = 0;
          i--;
        }
        if (i < 0) {
          break;
        }
        depth = i;
      }
      return finish();
    }

    private void add(double[] sum) {
      if (size == utilities.length / k) {
        compact();
        if (size > utilities.length / k / 2) {
          grow();
        }
      }
      for (int j = 0; j < k; j++) {
        double u = Math.min(problem.cap(), sum[j]);
        utilities[size * k + j] = u;
        ticks[size * k + j] = Ticks.of(u);
      }
      counts[size] = 1;
      sequence[size] = next++;
      size++;
    }

    private void grow() {
      int capacity = utilities.length / k * 2;
      utilities = java.util.Arrays.copyOf(utilities, capacity * k);
      ticks = java.util.Arrays.copyOf(ticks, capacity * k);
      counts = java.util.Arrays.copyOf(counts, capacity);
      sequence = java.util.Arrays.copyOf(sequence, capacity);
    }

    /** Filters buffer and frontier, leaving the new frontier at the front. */
    private void compact() {
      ParetoSweep sweep = ParetoSweep.filter(ticks, k, size, counts, sequence);
      int kept = sweep.kept.length;
      double[] u = new double[utilities.length];
      long[] t = new long[ticks.length];
      long[] c = new long[counts.length];
      long[] s = new long[sequence.length];
      for (int q = 0; q < kept; q++) {
        int x = sweep.kept[q];
        System.arraycopy(utilities, x * k, u, q * k, k);
        System.arraycopy(ticks, x * k, t, q * k, k);
        c[q] = sweep.counts[q];
        s[q] = sequence[x];
      }
      utilities = u;
      ticks = t;
      counts = c;
      sequence = s;
      size = kept;
      frontier = kept;
    }

    private ParetoFrontier finish() {
      compact();
      double[] u = new double[frontier * k];
      long[] t = new long[frontier * k];
      long[] c = new long[frontier];
      int[][] outcomes = new int[frontier][];
      for (int q = 0; q < frontier; q++) {
        int out = frontier - 1 - q;
        System.arraycopy(utilities, q * k, u, out * k, k);
        System.arraycopy(ticks, q * k, t, out * k, k);
        c[out] = counts[q];
        outcomes[out] = decode(sequence[q]);
      }
      return new ParetoFrontier(problem, u, t, c, outcomes, true, null);
    }

    /** Returns the package with the given position in enumeration order. */
    private int[] decode(long seq) {
      int[] outcome = new int[n];
      for (int i = n - 1; i >= 0; i--) {
        outcome[i] = opts[i][(int) (seq % opts[i].length)];
        seq /= opts[i].length;
      }
      return outcome;
    }
  }
}
