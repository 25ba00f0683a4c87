package dev.parley.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One parameter change a lever makes when it is pulled.
 *
 * @param issue the issue, for {@link Parameter#SALIENCE}, {@link Parameter#IDEAL} and {@link
 *     Parameter#UTILITY}; null otherwise
 * @param option the option, for {@link Parameter#UTILITY}; null otherwise
 * @param amount the value the operation applies; for {@link Parameter#IDEAL} on a numeric issue in
 *     the issue's unit (see {@link Levers}), on other issues a position on the 0–100 scale
 */
public record LeverEffect(
    ActorId actor,
    Parameter parameter,
    @Nullable IssueId issue,
    @Nullable String option,
    Operation operation,
    double amount) {
  /** Validates the fields. */
  public LeverEffect {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(operation, "operation");
  }

  /** The actor parameter a lever changes. */
  public enum Parameter {
    /** {@link ActorProfile#capability()}. */
    CAPABILITY,
    /** {@link ActorProfile#reservation()}. */
    RESERVATION,
    /** {@link ActorProfile#patience()}. */
    PATIENCE,
    /** {@link IssueStance#salience()} on one issue. */
    SALIENCE,
    /** {@link IssueStance#ideal()} on one issue; in the issue's unit for a numeric issue. */
    IDEAL,
    /** One option's worth in {@link IssueStance#utilities()}. */
    UTILITY
  }

  /** How the amount changes the parameter. */
  public enum Operation {
    /** Replace the value with the amount. */
    SET,
    /** Add the amount to the value. */
    ADD,
    /** Multiply the value by the amount. */
    MULTIPLY;

    /** Applies this operation to a value. */
    public double apply(double value, double amount) {
      return switch (this) {
        case SET -> amount;
        case ADD -> value + amount;
        case MULTIPLY -> value * amount;
      };
    }
  }
}
