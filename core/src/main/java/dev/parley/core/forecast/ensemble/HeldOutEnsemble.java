package dev.parley.core.forecast.ensemble;

import java.util.List;
import java.util.Objects;

/**
 * The ensemble's forecasts of items it was not fitted on: for each item its outer fold, the
 * forecast location (the median of the distribution fitted without the item's fold) and the
 * interval radius at each level, calibrated on the training folds alone.
 *
 * @param plan the plan that produced it
 * @param folds each item's outer fold
 * @param forecasts each item's held-out forecast, a location
 * @param radii {@code radii[level][item]}, in locations (points of the 0–100 scale)
 * @param chosen the penalty each outer fold chose, in fold order
 */
public record HeldOutEnsemble(
    CrossValidationPlan plan,
    List<Integer> folds,
    List<Double> forecasts,
    List<List<Double>> radii,
    List<Double> chosen) {
  /** Validates and copies the fields. */
  public HeldOutEnsemble {
    Objects.requireNonNull(plan, "plan");
    folds = List.copyOf(folds);
    forecasts = List.copyOf(forecasts);
    radii = radii.stream().map(List::copyOf).toList();
    chosen = List.copyOf(chosen);
    if (forecasts.size() != folds.size() || radii.size() != plan.levels().size()) {
      throw new IllegalArgumentException(
          "expected a fold and a forecast per item and radii per level, but found "
              + folds.size()
              + ", "
              + forecasts.size()
              + " and "
              + radii.size());
    }
  }

  /** Returns each item's outer fold as an array. */
  public int[] foldArray() {
    return folds.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns each item's forecast location as an array. */
  public double[] forecastArray() {
    return forecasts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Returns each item's radius at the {@code k}-th level of the plan, as an array. */
  public double[] radiusArray(int k) {
    return radii.get(k).stream().mapToDouble(Double::doubleValue).toArray();
  }
}
