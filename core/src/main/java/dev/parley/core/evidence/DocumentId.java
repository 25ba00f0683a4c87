package dev.parley.core.evidence;

import java.util.Objects;

/**
 * The stable identifier of an ingested document, derived from its normalised content so that the
 * same article read twice gets the same id.
 */
public record DocumentId(String value) implements Comparable<DocumentId> {
  /** Validates that the identifier is not blank. */
  public DocumentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
  }

  @Override
  public int compareTo(DocumentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
