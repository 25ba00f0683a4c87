package dev.parley.core.bargain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Decides whether a zone of possible agreement exists: whether some feasible package gives every
 * party at least its walk-away value (in {@link Ticks}), and finds one.
 *
 * <p>A depth-first search assigns options issue by issue, trying on each issue first the options
 * that leave the parties furthest above their walk-away values, and skips a subtree as soon as some
 * party cannot reach its walk-away value even with its best remaining options (with a margin of
 * 10<sup>-9</sup>, so that packages near the boundary are decided at the leaf, in ticks, as {@link
 * RationalCounter} decides them). It stops at the first package it finds. Cost: at most {@code
 * nodeBudget} node visits of O(k); a search that runs out of budget says so rather than guessing.
 */
public final class ZoneSearch {
  private static final double MARGIN = 1e-9;

  /** The default budget: 20 million node visits. */
  public static final long DEFAULT_BUDGET = 20_000_000L;

  private final long nodeBudget;

  /** Creates a search with the default budget. */
  public ZoneSearch() {
    this(DEFAULT_BUDGET);
  }

  /**
   * Creates a search.
   *
   * @param nodeBudget the most node visits one search may make, at least 1
   */
  public ZoneSearch(long nodeBudget) {
    if (nodeBudget < 1) {
      throw new IllegalArgumentException(
          "expected a budget of at least 1, but found " + nodeBudget);
    }
    this.nodeBudget = nodeBudget;
  }

  /** What a search found. */
  public enum Answer {
    /** Some feasible package gives every party at least its walk-away value. */
    EXISTS,
    /** No feasible package does: the zone is empty (or no package is feasible at all). */
    NONE,
    /** The budget ran out before the search could tell. */
    UNKNOWN
  }

  /**
   * The answer, and a package in the zone when there is one.
   *
   * @param witness the option index chosen on each issue, when the answer is {@link Answer#EXISTS}
   */
  public record Result(Answer answer, Optional<int[]> witness) {}

  /** Returns whether the problem's zone of agreement is empty. */
  public Result search(BargainingProblem problem) {
    return new Walk(problem, nodeBudget).run();
  }

  private static final class Walk {
    private final BargainingProblem problem;
    private final int n;
    private final int k;
    private final int[][] opts;
    private final double[][] bestRest;
    private final double[] target;
    private final long[] targetTicks;
    private final double cap;
    private final int[] chosen;
    private long budget;

    Walk(BargainingProblem problem, long budget) {
      this.problem = problem;
      this.n = problem.issueCount();
      this.k = problem.partyCount();
      this.cap = problem.cap();
      this.budget = budget;
      target = problem.disagreementPoint();
      targetTicks = new long[k];
      for (int j = 0; j < k; j++) {
        targetTicks[j] = Ticks.of(target[j]);
      }
      opts = new int[n][];
      for (int i = 0; i < n; i++) {
        opts[i] = ordered(problem, i);
      }
      bestRest = new double[n + 1][k];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = 0; j < k; j++) {
          double best = Double.NEGATIVE_INFINITY;
          for (int o : opts[i]) {
            best = Math.max(best, problem.contribution(j, i, o));
          }
          bestRest[i][j] = bestRest[i + 1][j] + best;
        }
      }
      chosen = new int[n];
    }

    /**
     * Returns an issue's feasible options, those with the largest total contribution first (ties in
     * option order), so that a package in the zone, if any, tends to be met early.
     */
    private static int[] ordered(BargainingProblem problem, int issue) {
      int[] feasible = problem.feasibleOptions(issue);
      Integer[] boxed = Arrays.stream(feasible).boxed().toArray(Integer[]::new);
      int k = problem.partyCount();
      double[] score = new double[problem.optionCount(issue)];
      for (int o : feasible) {
        for (int j = 0; j < k; j++) {
          score[o] += problem.contribution(j, issue, o);
        }
      }
      Arrays.sort(
          boxed,
          (a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Integer.compare(a, b);
          });
      return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    Result run() {
      for (int i = 0; i < n; i++) {
        if (opts[i].length == 0) {
          return new Result(Answer.NONE, Optional.empty());
        }
      }
      Boolean found = visit(0, new double[k]);
      if (found == null) {
        return new Result(Answer.UNKNOWN, Optional.empty());
      }
      return found
          ? new Result(Answer.EXISTS, Optional.of(chosen.clone()))
          : new Result(Answer.NONE, Optional.empty());
    }

    /** Returns true when a package was found, false when there is none below, null on budget. */
    private @org.jspecify.annotations.Nullable Boolean visit(int depth, double[] sum) {
      if (--budget < 0) {
        return null;
      }
      if (depth == n) {
        for (int j = 0; j < k; j++) {
          if (Ticks.of(Math.min(cap, sum[j])) < targetTicks[j]) {
            return false;
          }
        }
        return true;
      }
      for (int j = 0; j < k; j++) {
        if (Math.min(cap, sum[j] + bestRest[depth][j]) < target[j] - MARGIN) {
          return false;
        }
      }
      double[] next = new double[k];
      for (int o : opts[depth]) {
        for (int j = 0; j < k; j++) {
          next[j] = sum[j] + problem.contribution(j, depth, o);
        }
        chosen[depth] = o;
        Boolean found = visit(depth + 1, next);
        if (found == null || found) {
          return found;
        }
      }
      return false;
    }
  }
}
