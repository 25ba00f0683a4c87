package dev.parley.core.model;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options on an issue that an actor has said it will never accept.
 *
 * <p>Bargaining analyses treat a red line as a hard constraint: no package containing a forbidden
 * option is feasible. The what-if analysis relaxes red lines one at a time. A red line is either a
 * list of rejected options, or a {@link Limit} the actor will not go beyond, from which the
 * forbidden options follow ({@link Limit#forbiddenOn(Issue)}).
 *
 * @param forbidden the ids of the options the actor rejects
 * @param statement a paraphrase of the red line as the actor stated it
 * @param limit the limit the forbidden options follow from, or null for a list of rejected options
 */
public record RedLine(
    IssueId issue, Set<String> forbidden, String statement, Basis basis, @Nullable Limit limit) {
  /** Validates and copies the fields. */
  public RedLine {
    Objects.requireNonNull(issue, "issue");
    forbidden = Copies.ordered(forbidden);
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(basis, "basis");
  }

  /** Creates a red line that rejects the listed options. */
  public RedLine(IssueId issue, Set<String> forbidden, String statement, Basis basis) {
    this(issue, forbidden, statement, basis, null);
  }

  /** Returns the red line of a limit on an issue, forbidding the options beyond it. */
  public static RedLine of(Issue issue, Limit limit, String statement, Basis basis) {
    return new RedLine(issue.id(), limit.forbiddenOn(issue), statement, basis, limit);
  }

  /**
   * The furthest an actor will go on an ordered issue: {@code at_most} or {@code at_least} a value.
   *
   * @param value in the issue's unit for a numeric issue, else a position on its 0–100 scale
   */
  public record Limit(Kind kind, double value) {
    /** Validates the fields. */
    public Limit {
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the ids of the options beyond the limit, in option order: for a numeric issue those
     * whose value ({@link NumericScale#valueAt(int)}) is above (at most) or below (at least) the
     * limit, compared in the issue's unit; for named options those whose position is. (An option
     * list that does not match its scale, an invalid scenario, is read by position.)
     */
    public Set<String> forbiddenOn(Issue issue) {
      Set<String> out = new LinkedHashSet<>();
      NumericScale scale = issue.numeric();
      boolean values = scale != null && scale.optionCount() == issue.options().size();
      for (int k = 0; k < issue.options().size(); k++) {
        IssueOption option = issue.options().get(k);
        double x;
        if (scale == null) {
          x = option.position();
        } else {
          x = values ? scale.valueAt(k) : scale.valueOf(option.position());
        }
        if (kind == Kind.AT_MOST ? x > value : x < value) {
          out.add(option.id());
        }
      }
      return out;
    }
  }

  /** Which side of a limit the actor accepts. */
  public enum Kind {
    /** Options up to the limit; those above it are forbidden. */
    AT_MOST,
    /** Options from the limit up; those below it are forbidden. */
    AT_LEAST;

    /** Returns the key the scenario format writes: {@code at_most} or {@code at_least}. */
    public String key() {
      return this == AT_MOST ? "at_most" : "at_least";
    }
  }
}
