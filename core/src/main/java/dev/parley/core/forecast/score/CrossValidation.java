package dev.parley.core.forecast.score;

import java.util.List;
import java.util.Objects;

/**
 * How held-out scores were obtained: the folds, which keep each group whole, their seed, and for a
 * model fitted to the data the penalties it could choose from and the one each outer fold chose.
 *
 * @param groups what a group is, such as {@code proposal}
 * @param folds the number of outer folds
 * @param innerFolds the number of inner folds that chose the penalty within each outer training set
 * @param seed the seed of the fold assignment
 * @param penalties the candidate penalties
 * @param chosen the penalty each outer fold chose, in fold order
 */
public record CrossValidation(
    String groups,
    int folds,
    int innerFolds,
    long seed,
    List<Double> penalties,
    List<Double> chosen) {
  /** Validates and copies the fields. */
  public CrossValidation {
    Objects.requireNonNull(groups, "groups");
    penalties = List.copyOf(penalties);
    chosen = List.copyOf(chosen);
  }
}
