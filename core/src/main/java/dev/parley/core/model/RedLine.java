package dev.parley.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * Options on an issue that an actor has said it will never accept.
 *
 * <p>Bargaining analyses treat a red line as a hard constraint: no package containing a forbidden
 * option is feasible. The what-if analysis relaxes red lines one at a time.
 *
 * @param forbidden the ids of the options the actor rejects
 * @param statement a paraphrase of the red line as the actor stated it
 */
public record RedLine(IssueId issue, Set<String> forbidden, String statement, Basis basis) {
  /** Validates and copies the fields. */
  public RedLine {
    Objects.requireNonNull(issue, "issue");
    forbidden = Copies.ordered(forbidden);
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(basis, "basis");
  }
}
