package dev.parley.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of a ledger entry's event, when that was settled, and the sources that say so.
 *
 * @param resolvedOn the date the outcome was settled; null exactly when unresolved
 * @param evidence the sources for the outcome; empty when unresolved
 */
public record Resolution(Outcome outcome, @Nullable LocalDate resolvedOn, List<Citation> evidence) {
  /** The resolution of an entry whose outcome is not known yet. */
  public static final Resolution UNRESOLVED = new Resolution(Outcome.UNRESOLVED, null, List.of());

  /** Validates that a decided outcome has a date and an open one has neither date nor evidence. */
  public Resolution {
    Objects.requireNonNull(outcome, "outcome");
    evidence = List.copyOf(evidence);
    if (outcome == Outcome.UNRESOLVED && (resolvedOn != null || !evidence.isEmpty())) {
      throw new IllegalArgumentException(
          "expected no date or evidence for an unresolved entry, but found " + resolvedOn);
    }
    if (outcome != Outcome.UNRESOLVED && resolvedOn == null) {
      throw new IllegalArgumentException(
          "expected the date a " + outcome + " outcome was settled, but found none");
    }
  }

  /** Returns a decided resolution. */
  public static Resolution of(Outcome outcome, LocalDate resolvedOn, List<Citation> evidence) {
    return new Resolution(outcome, resolvedOn, evidence);
  }
}
