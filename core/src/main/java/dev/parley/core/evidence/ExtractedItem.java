package dev.parley.core.evidence;

/**
 * A fact an extraction stage found in a document: an actor mention, a quote, an event, a stated
 * position, a prediction or a number, each tied to its source characters by its {@link Provenance}.
 */
public sealed interface ExtractedItem
    permits ActorMention, Quote, EventMention, PositionClaim, Prediction, NumberMention {
  /** Returns where the item was found and by which stage. */
  Provenance provenance();
}
