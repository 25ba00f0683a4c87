package dev.parley.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * An actor's preferences on one issue.
 *
 * <p>By default the actor's preferences are single-peaked: an option is worth {@code 1 - |position
 * - ideal| / 100} on a 0–1 scale. Where they are not (the actor ranks options in an order no ideal
 * point explains), {@code utilities} gives each option's worth directly.
 *
 * <p>The ideal is held as a position on the 0–100 scale, where the models read it; for a numeric
 * issue the scenario writes it in the issue's unit, and the reader places it with {@link
 * NumericScale#positionsOf(Distribution)}.
 *
 * @param ideal the actor's most preferred position on the issue's 0–100 scale
 * @param salience the share of the actor's attention the issue takes, 0 to 1
 * @param utilities the worth of each option by option id, 0 to 1; empty for single-peaked
 */
public record IssueStance(Estimate ideal, Estimate salience, Map<String, Estimate> utilities) {
  /** Validates and copies the fields. */
  public IssueStance {
    Objects.requireNonNull(ideal, "ideal");
    Objects.requireNonNull(salience, "salience");
    utilities = Copies.ordered(utilities);
  }

  /** Returns whether the stance gives each option's worth directly. */
  public boolean hasExplicitUtilities() {
    return !utilities.isEmpty();
  }
}
