package dev.parley.core.forecast.score;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One model's score on an evaluation: its error summary and, against the baseline model, the
 * paired-bootstrap interval of the difference in mean absolute error (this model's minus the
 * baseline's; negative means this model is closer).
 *
 * @param model the model's name
 * @param errors its error summary
 * @param versusBaseline the interval of its MAE minus the baseline's; null for the baseline itself
 */
public record ModelScore(
    String model, ErrorSummary errors, @Nullable ConfidenceInterval versusBaseline) {
  /** Validates the fields. */
  public ModelScore {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(errors, "errors");
  }
}
