package dev.parley.core.forecast.score;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of forecasting models on items with known outcomes: every model's score, the
 * baseline the others are compared with, the seed and size of the bootstrap, and how held-out
 * scores were obtained.
 *
 * @param dataset the data evaluated on, as the user named it
 * @param items the number of items (issues) scored
 * @param baseline the name of the model the others are compared with
 * @param seed the seed of the bootstrap
 * @param replicates the number of bootstrap replicates
 * @param level the coverage of the intervals, such as 0.95
 * @param scores every model's score, in report order
 * @param crossValidation the folds of the held-out scores; null when none were computed
 */
public record Evaluation(
    String dataset,
    int items,
    String baseline,
    long seed,
    int replicates,
    double level,
    List<ModelScore> scores,
    @Nullable CrossValidation crossValidation) {
  /** Validates and copies the fields. */
  public Evaluation {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(baseline, "baseline");
    scores = List.copyOf(scores);
  }

  /** Returns an evaluation without held-out scores. */
  public Evaluation(
      String dataset,
      int items,
      String baseline,
      long seed,
      int replicates,
      double level,
      List<ModelScore> scores) {
    this(dataset, items, baseline, seed, replicates, level, scores, null);
  }
}
