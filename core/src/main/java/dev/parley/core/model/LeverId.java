package dev.parley.core.model;

import java.util.Objects;

/** The stable identifier of a lever in a scenario, such as {@code sanctions-off}. */
public record LeverId(String value) implements Comparable<LeverId> {
  /** Validates that the identifier is not blank. */
  public LeverId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("lever id must not be blank");
    }
  }

  /** Returns the identifier with the given value. */
  public static LeverId of(String value) {
    return new LeverId(value);
  }

  @Override
  public int compareTo(LeverId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
