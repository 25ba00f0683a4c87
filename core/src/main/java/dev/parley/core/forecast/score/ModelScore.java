package dev.parley.core.forecast.score;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One model's score on an evaluation: its error summary, against the baseline model the
 * paired-bootstrap interval of the difference in mean absolute error (this model's minus the
 * baseline's; negative means this model is closer), and how its held-out prediction intervals held
 * the outcomes.
 *
 * @param model the model's name
 * @param errors its error summary
 * @param versusBaseline the interval of its MAE minus the baseline's; null for the baseline itself
 * @param calibration the coverage of its prediction intervals at each nominal level, in increasing
 *     order of level; empty when none were computed
 */
public record ModelScore(
    String model,
    ErrorSummary errors,
    @Nullable ConfidenceInterval versusBaseline,
    List<Calibration> calibration) {
  /** Validates and copies the fields. */
  public ModelScore {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(errors, "errors");
    calibration = List.copyOf(calibration);
  }

  /** Returns a score without prediction intervals. */
  public ModelScore(
      String model, ErrorSummary errors, @Nullable ConfidenceInterval versusBaseline) {
    this(model, errors, versusBaseline, List.of());
  }

  /** Returns the calibration at a nominal level, or null if none was computed there. */
  public @Nullable Calibration calibration(double level) {
    for (Calibration c : calibration) {
      if (c.level() == level) {
        return c;
      }
    }
    return null;
  }
}
