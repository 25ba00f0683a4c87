package dev.parley.core.model;

import java.util.Objects;

/** The stable identifier of an actor in a scenario, such as {@code russia}. */
public record ActorId(String value) implements Comparable<ActorId> {
  /** Validates that the identifier is not blank. */
  public ActorId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("actor id must not be blank");
    }
  }

  /** Returns the identifier with the given value. */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
