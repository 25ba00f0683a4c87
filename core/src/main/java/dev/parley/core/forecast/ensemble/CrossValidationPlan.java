package dev.parley.core.forecast.ensemble;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Objects;

/**
 * How to fit and cross-validate the ensemble: the number of outer and inner folds (each keeps its
 * groups whole), the candidate ridge penalties, the interval levels and the seed of the folds.
 *
 * @param folds the outer folds, at least 2
 * @param innerFolds the inner folds that choose the penalty within each training set, at least 2
 * @param penalties the candidate penalties, positive
 * @param levels the interval levels, increasing, in (0, 1)
 * @param seed the seed of the fold assignments
 */
public record CrossValidationPlan(
    int folds, int innerFolds, List<Double> penalties, List<Double> levels, Seed seed) {
  /** The plan of the shipped DEU ensemble, with the given seed. */
  public static CrossValidationPlan defaults(Seed seed) {
    return new CrossValidationPlan(
        10, 5, List.of(0.1, 0.3, 1.0, 3.0, 10.0), List.of(0.5, 0.8, 0.9, 0.95), seed);
  }

  /** Validates and copies the fields. */
  public CrossValidationPlan {
    penalties = List.copyOf(penalties);
    levels = List.copyOf(levels);
    Objects.requireNonNull(seed, "seed");
    if (folds < 2 || innerFolds < 2 || penalties.isEmpty() || levels.isEmpty()) {
      throw new IllegalArgumentException(
          "expected at least 2 folds and inner folds and some penalties and levels, but found "
              + folds
              + ", "
              + innerFolds
              + ", "
              + penalties
              + ", "
              + levels);
    }
    for (double p : penalties) {
      if (!(p > 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("expected positive penalties, but found " + penalties);
      }
    }
    for (int k = 0; k < levels.size(); k++) {
      double l = levels.get(k);
      if (!(l > 0 && l < 1) || (k > 0 && !(l > levels.get(k - 1)))) {
        throw new IllegalArgumentException(
            "expected increasing levels in (0, 1), but found " + levels);
      }
    }
  }
}
