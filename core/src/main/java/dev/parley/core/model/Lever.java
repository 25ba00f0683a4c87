package dev.parley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A named what-if: a set of parameter changes that an analysis can switch on and off, such as
 * taking the sanctions threat off the table or cutting military aid.
 *
 * @param description what pulling the lever means in the world
 */
public record Lever(
    LeverId id, String name, String description, List<LeverEffect> effects, Basis basis) {
  /** Validates and copies the fields. */
  public Lever {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    effects = List.copyOf(effects);
    Objects.requireNonNull(basis, "basis");
  }
}
