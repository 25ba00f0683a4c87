package dev.parley.core.ledger;

import java.util.Locale;
import java.util.regex.Pattern;

/** The type of a prediction: a forecast, a conditional forecast or an analytical claim. */
public enum PredictionKind {
  /** Something will happen ("a summit within three weeks"). */
  FORECAST,
  /** Something will happen if something else does ("if sanctions bite, Moscow will talk"). */
  CONDITIONAL,
  /** A judgement about the present, with no future marker ("Putin is not interested in peace"). */
  ANALYTICAL_CLAIM;

  private static final Pattern CONDITION =
      Pattern.compile(
          "\\b(if|unless|provided that|providing that|as long as|in case|only when)\\b");
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will|won't|wont|shall|going to|gonna|would|could|may|might|likely|unlikely|expects?"
              + "|expected|predicts?|predicted|forecasts?|anticipates?|soon|next|within|by the end"
              + "|tomorrow|coming)\\b|'ll\\b");

  /**
   * Returns the kind of a statement: {@link #CONDITIONAL} when it states a condition ("if",
   * "unless", "provided that", "as long as"), else {@link #FORECAST} when it speaks of the future
   * (a future modal, a forecasting verb, a horizon), else {@link #ANALYTICAL_CLAIM}.
   *
   * @param hasHorizon whether the statement came with a horizon, which makes it a forecast
   */
  public static PredictionKind of(String statement, boolean hasHorizon) {
    String text = statement.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (CONDITION.matcher(text).find()) {
      return CONDITIONAL;
    }
    if (hasHorizon || FUTURE.matcher(text).find()) {
      return FORECAST;
    }
    return ANALYTICAL_CLAIM;
  }
}
