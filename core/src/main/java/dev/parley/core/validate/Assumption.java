package dev.parley.core.validate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value in a scenario that cites neither a source nor evidence, so that it rests on the analyst's
 * judgement alone.
 *
 * @param where the place of the value in the model, such as {@code profiles/russia/reservation}
 * @param value the value as it would be written, such as {@code 0.45} or {@code range [0.3, 0.6]}
 * @param note the reasoning the scenario gives for it, or null if it gives none
 */
public record Assumption(ModelPath where, String value, @Nullable String note) {
  /** Validates the fields. */
  public Assumption {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(value, "value");
  }
}
