package dev.parley.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question the parties must settle, with its options.
 *
 * <p>Spatial models see each option's position on the 0–100 scale; bargaining models see the
 * discrete options. A numeric issue carries its {@link NumericScale}, and its options are the
 * values of that scale. An issue is <em>ordered</em> when its options lie along one line, so that
 * the distance between two positions means something; an unordered issue (a choice of foods, of a
 * venue) has positions only to tell its options apart, and spatial models leave it out.
 *
 * <p>A deal may leave a deferrable issue open, to be settled later; an issue that is not deferrable
 * must be settled in any deal (see the partial deals of the bargaining analysis).
 *
 * @param numeric the range of a numeric issue, or null for an issue with named options
 * @param ordered whether the options lie in order along the 0–100 scale; always true for a numeric
 *     issue
 * @param deferrable whether a deal may leave this issue open
 */
public record Issue(
    IssueId id,
    String name,
    String description,
    List<IssueOption> options,
    @Nullable NumericScale numeric,
    boolean ordered,
    boolean deferrable) {
  /**
   * Validates and copies the fields.
   *
   * @throws IllegalArgumentException if a numeric issue is said to be unordered
   */
  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
    if (numeric != null && !ordered) {
      throw new IllegalArgumentException(
          "expected a numeric issue to be ordered, but found issue " + id + " unordered");
    }
  }

  /**
   * Creates an ordered, deferrable issue: named options in order along the scale, or a numeric
   * range.
   */
  public Issue(
      IssueId id,
      String name,
      String description,
      List<IssueOption> options,
      @Nullable NumericScale numeric) {
    this(id, name, description, options, numeric, true, true);
  }

  /** Creates a deferrable issue, ordered or not. */
  public Issue(
      IssueId id,
      String name,
      String description,
      List<IssueOption> options,
      @Nullable NumericScale numeric,
      boolean ordered) {
    this(id, name, description, options, numeric, ordered, true);
  }

  /**
   * Returns the position of option {@code index} of {@code count} placed evenly by its place in a
   * list: {@code 100 · index / (count − 1)}, a single option at 0. Imported options and the options
   * of an unordered issue that give no position are placed so; on an unordered issue it only tells
   * the options apart.
   */
  public static double listPosition(int index, int count) {
    return count <= 1 ? 0 : 100.0 * index / (count - 1);
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

  /**
   * Returns the option whose position is nearest the given 0–100 position (the earlier option on a
   * tie), or empty if the issue has no options.
   */
  public Optional<IssueOption> nearest(double position) {
    IssueOption best = null;
    for (IssueOption o : options) {
      if (best == null
          || Math.abs(o.position() - position) < Math.abs(best.position() - position)) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns how a report names one of the options: its id, or for a numeric issue its value with
   * the unit ({@code "30 % cut"}, the option's label).
   */
  public String display(int option) {
    IssueOption o = options.get(option);
    return numeric != null ? o.label() : o.id();
  }

  /** Returns how a report names the option with the given id (see {@link #display(int)}). */
  public String display(String optionId) {
    int i = indexOf(optionId);
    return i < 0 ? optionId : display(i);
  }

  /**
   * Returns a 0–100 position on this issue as a reader would say it: for a numeric issue the value
   * in its unit ({@code "4.5 %"}, see {@link NumericScale#format(double)}), for named options the
   * label of the option nearest to it.
   */
  public String describe(double position) {
    if (numeric != null) {
      return numeric.format(numeric.valueOf(position));
    }
    return nearest(position).map(IssueOption::label).orElse(Double.toString(position));
  }
}
