package dev.parley.core.evidence;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.IssueId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event a document reports: who did what to whom, coded both in the negotiation vocabulary and
 * in PLOVER (event, mode, context), with the auxiliary modes that say whether it happened.
 *
 * @param plover the PLOVER event type, or null for speech acts PLOVER does not code (statements and
 *     predictions)
 * @param mode the PLOVER mode, such as {@code phone} for CONSULT, or null
 * @param contexts the PLOVER contexts, such as {@code military} or {@code diplomatic}
 * @param sources the actors who act; never empty
 * @param targets the actors acted upon; empty when the event has no target
 * @param negated whether the text says the event did not happen
 * @param future whether the text reports it as planned or expected rather than done
 * @param hypothetical whether the text reports it under a condition or a modal
 * @param issue the issue the event concerns, or null when no issue vocabulary applies
 * @param trigger the word or phrase that expresses the event, as printed
 */
public record EventMention(
    EventAction action,
    @Nullable PloverEvent plover,
    @Nullable String mode,
    List<String> contexts,
    List<ActorId> sources,
    List<ActorId> targets,
    boolean negated,
    boolean future,
    boolean hypothetical,
    @Nullable IssueId issue,
    String trigger,
    Provenance provenance)
    implements ExtractedItem {
  /** Validates and copies the fields. */
  public EventMention {
    Objects.requireNonNull(action, "action");
    contexts = List.copyOf(contexts);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("expected at least one source actor, but found none");
    }
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** Returns whether the text reports the event as having happened or as ongoing. */
  public boolean isFactual() {
    return !negated && !future && !hypothetical;
  }
}
