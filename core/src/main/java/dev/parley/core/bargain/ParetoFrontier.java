package dev.parley.core.bargain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The distinct utility vectors of the Pareto-optimal packages of a {@link BargainingProblem}, each
 * with the number of packages that reach it and the first of them in enumeration order.
 *
 * <p>A package is Pareto-optimal when no feasible package gives every party at least as much (in
 * {@link Ticks}) and some party more. Packages with identical vectors do not dominate each other,
 * so all of them are on the frontier. Vectors are ordered lexicographically ascending, party 0
 * first. Enumeration order is C order over the issues: the last issue varies fastest, options in
 * their given order.
 *
 * <p>A frontier may be incomplete: when an exact answer would pass a size limit, it holds no points
 * and {@link #limit()} says which bound was reached. It is never silently truncated.
 */
public final class ParetoFrontier {
  private final BargainingProblem problem;
  private final int size;
  private final double[] utilities;
  private final long[] ticks;
  private final long[] counts;
  private final int[][] outcomes;
  private final boolean countsExact;
  private final @Nullable FrontierLimit limit;

  ParetoFrontier(
      BargainingProblem problem,
      double[] utilities,
      long[] ticks,
      long[] counts,
      int[][] outcomes,
      boolean countsExact,
      @Nullable FrontierLimit limit) {
    this.problem = problem;
    this.size = counts.length;
    this.utilities = utilities;
    this.ticks = ticks;
    this.counts = counts;
    this.outcomes = outcomes;
    this.countsExact = countsExact;
    this.limit = limit;
  }

  static ParetoFrontier incomplete(BargainingProblem problem, FrontierLimit limit) {
    return new ParetoFrontier(
        problem, new double[0], new long[0], new long[0], new int[0][], false, limit);
  }

  /** Returns the problem this is the frontier of. */
  public BargainingProblem problem() {
    return problem;
  }

  /** Returns whether the frontier was computed exactly; if not, it holds no points. */
  public boolean isComplete() {
    return limit == null;
  }

  /** Returns the bound that stopped an exact computation, if one did. */
  public Optional<FrontierLimit> limit() {
    return Optional.ofNullable(limit);
  }

  /** Returns the number of distinct frontier vectors. */
  public int size() {
    return size;
  }

  /** Returns the number of parties. */
  public int partyCount() {
    return problem.partyCount();
  }

  /** Returns party {@code j}'s utility at frontier vector {@code i}. */
  public double utility(int i, int j) {
    return utilities[i * partyCount() + j];
  }

  /** Returns frontier vector {@code i} as a new array. */
  public double[] utilities(int i) {
    int k = partyCount();
    double[] out = new double[k];
    System.arraycopy(utilities, i * k, out, 0, k);
    return out;
  }

  /** Returns party {@code j}'s utility at vector {@code i} in ticks. */
  public long tick(int i, int j) {
    return ticks[i * partyCount() + j];
  }

  /**
   * Returns how many packages reach vector {@code i}; saturates at {@link Long#MAX_VALUE}.
   *
   * @see #areCountsExact()
   */
  public long outcomeCount(int i) {
    return counts[i];
  }

  /** Returns the total number of Pareto-optimal packages; saturates at {@link Long#MAX_VALUE}. */
  public long totalOutcomeCount() {
    long total = 0;
    for (long c : counts) {
      total = saturatingAdd(total, c);
    }
    return total;
  }

  /**
   * Returns whether the package counts are exact. They are not when utilities are capped and the
   * frontier was derived from the uncapped one, which gives the right vectors but not every package
   * that reaches them.
   */
  public boolean areCountsExact() {
    return countsExact;
  }

  /** Returns the first package in enumeration order that reaches vector {@code i}. */
  public int[] outcome(int i) {
    return outcomes[i].clone();
  }

  /** Returns the index of the vector with the given ticks, or -1. */
  public int indexOf(long[] vectorTicks) {
    int k = partyCount();
    for (int i = 0; i < size; i++) {
      boolean same = true;
      for (int j = 0; j < k && same; j++) {
        same = ticks[i * k + j] == vectorTicks[j];
      }
      if (same) {
        return i;
      }
    }
    return -1;
  }

  /** Returns whether vector {@code i} gives every party at least its walk-away value. */
  public boolean isRational(int i) {
    for (int j = 0; j < partyCount(); j++) {
      if (tick(i, j) < Ticks.of(problem.disagreement(j))) {
        return false;
      }
    }
    return true;
  }

  static long saturatingAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }

  static long saturatingMultiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
  }
}
