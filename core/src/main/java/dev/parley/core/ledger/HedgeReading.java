package dev.parley.core.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The hedge a {@link HedgeScale} read in a statement and the probability it stands for.
 *
 * @param phrase the hedge as found (normalised, with its negation: "will not"), or empty when the
 *     statement has none and the scale's unhedged probability applies
 * @param probability P(the event the statement speaks of, in the positive), in [0, 1]
 * @param negated whether a negation turned the phrase's probability p into 1 − p
 * @param source the source of the number, as the scale's data names it ("icd-203", "parley")
 */
public record HedgeReading(String phrase, double probability, boolean negated, String source) {
  /** Validates the fields. */
  public HedgeReading {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(source, "source");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "expected a probability in [0, 1], but found " + probability);
    }
  }

  /** Returns the phrase as a list of hedge words for a ledger entry: empty when unhedged. */
  public List<String> hedges() {
    return phrase.isEmpty() ? List.of() : List.of(phrase);
  }
}
