package dev.parley.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date by which an actor needs a deal, or after which it walks away.
 *
 * @param date the deadline
 */
public record Deadline(LocalDate date, Basis basis) {
  /** Validates the fields. */
  public Deadline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
  }
}
