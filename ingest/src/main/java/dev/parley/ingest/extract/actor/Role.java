package dev.parley.ingest.extract.actor;

import dev.parley.core.model.ActorId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An office a person holds for a state or organisation over a period, such as president of the
 * United States from 2025-01-20.
 *
 * @param name the office in lower-case kebab form, such as {@code president} or {@code
 *     foreign-minister}
 * @param of the state or organisation the office belongs to
 * @param from the first day in office, or null when unknown
 * @param to the day the term ended, or null while it lasts
 */
public record Role(String name, ActorId of, @Nullable LocalDate from, @Nullable LocalDate to) {
  /** Validates the fields. */
  public Role {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(of, "of");
  }

  /** Returns whether the role was held on the given day; a null day means today's roles. */
  public boolean isHeldOn(@Nullable LocalDate day) {
    if (day == null) {
      return to == null;
    }
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }
}
