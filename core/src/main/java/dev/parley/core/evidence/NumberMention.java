package dev.parley.core.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quantity a document states, with its unit and what it counts.
 *
 * @param text the quantity as printed, such as "$300 billion" or "two weeks"
 * @param value the quantity's value in its unit, such as 3.0E11 for "$300 billion"
 * @param unit the unit, such as {@code USD}, {@code km}, {@code day} or {@code week}; null for a
 *     plain count
 * @param counts what is counted, such as "prisoners" or "soldiers", or null when the text does not
 *     say
 */
public record NumberMention(
    String text,
    double value,
    @Nullable String unit,
    @Nullable String counts,
    Provenance provenance)
    implements ExtractedItem {
  /** Validates the fields. */
  public NumberMention {
    Objects.requireNonNull(text, "text");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("expected a finite value, but found " + value);
    }
    Objects.requireNonNull(provenance, "provenance");
  }
}
