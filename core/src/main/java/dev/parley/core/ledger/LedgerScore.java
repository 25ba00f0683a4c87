package dev.parley.core.ledger;

import java.util.Objects;

/**
 * The scores of one group of ledger entries (one person, one outlet).
 *
 * @param group the grouping key's value
 * @param scored how many entries resolved {@code TRUE} or {@code FALSE}, the ones scored
 * @param unresolved how many entries are not resolved yet (not scored)
 * @param voided how many entries resolved {@code VOID} (not scored)
 * @param brier the mean Brier score of the scored entries, in [0, 1], lower is better; NaN when
 *     none is scored
 * @param log the mean logarithmic score of the scored entries, in nats, at most 0, higher is
 *     better; NaN when none is scored
 */
public record LedgerScore(
    String group, int scored, int unresolved, int voided, double brier, double log) {
  /** Validates the counts. */
  public LedgerScore {
    Objects.requireNonNull(group, "group");
    if (scored < 0 || unresolved < 0 || voided < 0) {
      throw new IllegalArgumentException(
          "expected counts of at least 0, but found " + scored + ", " + unresolved + ", " + voided);
    }
  }
}
