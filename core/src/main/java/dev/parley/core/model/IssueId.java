package dev.parley.core.model;

import java.util.Objects;

/** The stable identifier of an issue in a scenario, such as {@code territory-donetsk}. */
public record IssueId(String value) implements Comparable<IssueId> {
  /** Validates that the identifier is not blank. */
  public IssueId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("issue id must not be blank");
    }
  }

  /** Returns the identifier with the given value. */
  public static IssueId of(String value) {
    return new IssueId(value);
  }

  @Override
  public int compareTo(IssueId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
