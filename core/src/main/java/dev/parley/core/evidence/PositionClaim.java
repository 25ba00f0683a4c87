package dev.parley.core.evidence;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.IssueId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor's stated stance on an issue of the scenario, as a document reports it.
 *
 * @param option the id of the issue's option the stance concerns, or null when the text does not
 *     single one out
 * @param statement the words of the document that state the stance
 * @param trigger the word that carries the stance, such as "rejected" or "demands"
 */
public record PositionClaim(
    ActorId actor,
    Stance stance,
    IssueId issue,
    @Nullable String option,
    String statement,
    String trigger,
    Provenance provenance)
    implements ExtractedItem {
  /** Validates the fields. */
  public PositionClaim {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(provenance, "provenance");
  }
}
