package dev.parley.io.scenario;

import dev.parley.core.model.IssueOption;
import dev.parley.core.model.NumericScale;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of numeric issues: one per value of the scale, with the canonical number as id.
 *
 * <p>Every reader that builds a numeric issue (the own format, GENIUS, GeniusWeb) uses these
 * methods, so the same scale always yields the same options.
 */
public final class NumericIssues {
  /** The most options a numeric issue may have. */
  public static final int MAX_OPTIONS = 100_000;

  private NumericIssues() {}

  /**
   * Returns the options of a scale: value {@link NumericScale#valueAt(int)}, id {@link
   * #canonicalId(double)}, label the id and unit, position {@link NumericScale#positionOf(double)};
   * or no options if the scale is malformed or has more than {@link #MAX_OPTIONS} values.
   */
  public static List<IssueOption> options(NumericScale scale) {
    int count = scale.optionCount();
    if (count < 1 || count > MAX_OPTIONS) {
      return List.of();
    }
    List<IssueOption> options = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      double value = scale.valueAt(k);
      String id = canonicalId(value);
      String label = scale.unit().isEmpty() ? id : id + " " + scale.unit();
      options.add(new IssueOption(id, label, scale.positionOf(value)));
    }
    return options;
  }

  /**
   * Returns the canonical text of a number: whole numbers below 10^15 without a fraction ({@code
   * 3}, {@code -2}), others as the shortest decimal that reads back to the same double ({@code
   * 0.1}, {@code 1.0E-5}).
   */
  public static String canonicalId(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
