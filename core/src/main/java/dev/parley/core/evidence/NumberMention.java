package dev.parley.core.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quantity a document states, with its unit and what it counts.
 *
 * @param text the quantity as printed, such as "$300 billion" or "two weeks"
 * @param value the quantity's value in its unit, such as 3.0E11 for "$300 billion"; the largest
 *     double ({@link Double#MAX_VALUE}) when the printed number lies beyond the range of a double
 *     ("1e400"), which {@link #isOutOfRange()} tells
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

  /**
   * Returns a quantity whose printed number lies beyond the range of a double, such as "1e400": its
   * text is kept and its value is the largest double.
   */
  public static NumberMention outOfRange(
      String text, @Nullable String unit, @Nullable String counts, Provenance provenance) {
    return new NumberMention(text, Double.MAX_VALUE, unit, counts, provenance);
  }

  /**
   * Returns whether the printed number lies beyond the range of a double, so that only {@link
   * #text()} says what it is and {@link #value()} is a stand-in.
   */
  public boolean isOutOfRange() {
    return value == Double.MAX_VALUE || value == -Double.MAX_VALUE;
  }
}
