package dev.parley.core.model;

import java.util.Objects;

/**
 * One of the ordered choices on an issue, placed on the issue's 0–100 scale.
 *
 * @param id the option's identifier, unique within its issue
 * @param label a human-readable description of the option
 * @param position where the option lies on the issue's scale, 0 to 100
 */
public record IssueOption(String id, String label, double position) {
  /** Validates the fields; the position range is checked by the scenario validator. */
  public IssueOption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
