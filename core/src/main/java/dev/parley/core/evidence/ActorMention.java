package dev.parley.core.evidence;

import dev.parley.core.model.ActorId;
import java.util.Objects;

/**
 * A stretch of a document's text that refers to an actor.
 *
 * @param actor the actor referred to
 * @param text the words as printed, without a possessive ending
 * @param kind how the words refer to the actor
 */
public record ActorMention(ActorId actor, String text, MentionKind kind, Provenance provenance)
    implements ExtractedItem {
  /** Validates the fields. */
  public ActorMention {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(provenance, "provenance");
  }
}
