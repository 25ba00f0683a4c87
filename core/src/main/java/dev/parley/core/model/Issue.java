package dev.parley.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question the parties must settle, with its ordered options.
 *
 * <p>Spatial models see each option's position on the 0–100 scale; bargaining models see the
 * discrete options. A numeric issue carries its {@link NumericScale}, and its options are the
 * values of that scale.
 *
 * <p>A deal may leave a deferrable issue open, to be settled later; an issue that is not deferrable
 * must be settled in any deal (see the partial deals of the bargaining analysis).
 *
 * @param numeric the range of a numeric issue, or null for an issue with named options
 * @param deferrable whether a deal may leave this issue open
 */
public record Issue(
    IssueId id,
    String name,
    String description,
    List<IssueOption> options,
    @Nullable NumericScale numeric,
    boolean deferrable) {
  /** Validates and copies the fields. */
  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
  }

  /** Returns a deferrable issue. */
  public Issue(
      IssueId id,
      String name,
      String description,
      List<IssueOption> options,
      @Nullable NumericScale numeric) {
    this(id, name, description, options, numeric, true);
  }

  /** Returns the option with the given id, if there is one. */
  public Optional<IssueOption> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }

  /** Returns the index of the option with the given id, or -1. */
  public int indexOf(String optionId) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(optionId)) {
        return i;
      }
    }
    return -1;
  }
}
