package dev.parley.core.model;

import java.util.Objects;

/** The stable identifier of a source cited by a scenario, such as {@code reuters-2025-08-15}. */
public record SourceId(String value) implements Comparable<SourceId> {
  /** Validates that the identifier is not blank. */
  public SourceId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank");
    }
  }

  /** Returns the identifier with the given value. */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
