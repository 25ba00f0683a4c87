package dev.parley.core.forecast.score;

import java.util.Arrays;

/**
 * Split-conformal prediction intervals: the radius of the interval {@code forecast ± r} that holds
 * a new outcome with probability at least {@code level}, from the absolute errors of forecasts made
 * on held-out items (Vovk, Gammerman and Shafer, "Algorithmic Learning in a Random World", 2005;
 * Lei, G'Sell, Rinaldo, Tibshirani and Wasserman, "Distribution-free predictive inference for
 * regression", JASA 2018).
 *
 * <p>With {@code n} calibration scores the radius is the {@code ⌈level·(n+1)⌉}-th smallest; when
 * that exceeds {@code n} it is infinite (the interval is the whole scale). If the new item and the
 * calibration items are exchangeable, coverage is at least {@code level} and, for scores without
 * ties, below {@code level + 1/(n+1)}. Cost: O(n log n) per radius.
 */
public final class SplitConformal {
  /** Absorbs the rounding of {@code level·(n+1)} when the product is an integer. */
  private static final double SLACK = 1e-9;

  private SplitConformal() {}

  /**
   * Returns the radius of the interval at the given level.
   *
   * @param scores absolute errors of held-out forecasts, at least one
   * @param level the coverage, in (0, 1)
   * @return the radius, or positive infinity when there are too few scores for the level
   */
  public static double radius(double[] scores, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("expected a level in (0, 1), but found " + level);
    }
    int n = scores.length;
    if (n == 0) {
      throw new IllegalArgumentException("expected at least one score, but found none");
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    if (!(sorted[0] >= 0) || Double.isNaN(sorted[n - 1])) {
      throw new IllegalArgumentException(
          "expected absolute errors (>= 0), but found " + sorted[0] + " .. " + sorted[n - 1]);
    }
    int rank = (int) Math.ceil(level * (n + 1) - SLACK);
    return rank > n ? Double.POSITIVE_INFINITY : sorted[Math.max(rank, 1) - 1];
  }

  /**
   * Returns each item's radius at the given level, calibrated on the items of every other fold: the
   * cross-fitted split-conformal interval of a model that has no parameters fitted to the data.
   *
   * @param errors each item's absolute error
   * @param fold each item's fold ({@link GroupedFolds})
   */
  public static double[] heldOutRadii(double[] errors, int[] fold, double level) {
    if (errors.length != fold.length) {
      throw new IllegalArgumentException(
          "expected a fold for each of " + errors.length + " errors, but found " + fold.length);
    }
    int folds = Arrays.stream(fold).max().orElse(-1) + 1;
    double[] out = new double[errors.length];
    for (int k = 0; k < folds; k++) {
      int[] outside = GroupedFolds.members(fold, k, false);
      double[] scores = new double[outside.length];
      for (int j = 0; j < outside.length; j++) {
        scores[j] = errors[outside[j]];
      }
      if (scores.length == 0) {
        continue;
      }
      double r = radius(scores, level);
      for (int i : GroupedFolds.members(fold, k, true)) {
        out[i] = r;
      }
    }
    return out;
  }
}
