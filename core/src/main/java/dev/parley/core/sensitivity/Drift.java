package dev.parley.core.sensitivity;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.Basis;
import dev.parley.core.model.LeverEffect;
import java.util.Objects;

/**
 * A change of an actor's capability or reservation value over bargaining rounds: a trend (a
 * battlefield that shifts a little every round) or a step that takes effect at a given round (an
 * aid cut).
 *
 * <p>Round 0 is the scenario as written. A trend adds {@code amount · (t − fromRound)} at round
 * {@code t ≥ fromRound}; a step replaces, adds to or multiplies the value from round {@code
 * fromRound} on. Drifts of one actor apply in the order they are written, and the value is clamped
 * after each to the parameter's range, as levers clamp (capability to [0, ∞), reservation to [0,
 * 1]).
 *
 * @param parameter {@link LeverEffect.Parameter#CAPABILITY} or {@link
 *     LeverEffect.Parameter#RESERVATION}
 * @param fromRound the first round the change affects (for a trend, the round it starts from)
 */
public record Drift(
    ActorId actor,
    LeverEffect.Parameter parameter,
    Change change,
    double amount,
    int fromRound,
    Basis basis) {
  /** Validates the fields. */
  public Drift {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(basis, "basis");
    if (parameter != LeverEffect.Parameter.CAPABILITY
        && parameter != LeverEffect.Parameter.RESERVATION) {
      throw new IllegalArgumentException(
          "expected a drift of capability or reservation, but found " + parameter);
    }
    if (fromRound < 0) {
      throw new IllegalArgumentException("expected fromRound ≥ 0, but found " + fromRound);
    }
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("expected a finite amount, but found " + amount);
    }
  }

  /** How a drift changes its value. */
  public enum Change {
    /** Add the amount once per round from {@code fromRound} on: a trend. */
    PER_ROUND,
    /** Replace the value with the amount from {@code fromRound} on. */
    SET,
    /** Add the amount from {@code fromRound} on. */
    ADD,
    /** Multiply the value by the amount from {@code fromRound} on. */
    MULTIPLY
  }

  /** Returns the value at round {@code round}, given the value before this drift, unclamped. */
  public double apply(double value, int round) {
    if (round < fromRound) {
      return value;
    }
    return switch (change) {
      case PER_ROUND -> value + amount * (round - fromRound);
      case SET -> amount;
      case ADD -> value + amount;
      case MULTIPLY -> value * amount;
    };
  }

  /** Returns the lowest valid value of the parameter. */
  double min() {
    return 0;
  }

  /** Returns the highest valid value of the parameter. */
  double max() {
    return parameter == LeverEffect.Parameter.RESERVATION ? 1 : Double.MAX_VALUE;
  }
}
