package dev.parley.store.evidence;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import java.util.Locale;
import java.util.Optional;

/** The kind of an evidence item, one per case of {@link ExtractedItem}. */
public enum EvidenceType {
  /** A mention of an actor. */
  MENTION,
  /** A quotation with its speaker. */
  QUOTE,
  /** An event: who did what to whom. */
  EVENT,
  /** A stated position on an issue. */
  POSITION,
  /** A prediction by a named person. */
  PREDICTION,
  /** A number with its unit. */
  NUMBER;

  /** Returns the type of an item. */
  public static EvidenceType of(ExtractedItem item) {
    return switch (item) {
      case ActorMention m -> MENTION;
      case Quote q -> QUOTE;
      case EventMention e -> EVENT;
      case PositionClaim p -> POSITION;
      case Prediction p -> PREDICTION;
      case NumberMention n -> NUMBER;
    };
  }

  /** Returns the type's name as stored and typed on the command line, such as {@code quote}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the type with the given label (case ignored), if there is one. */
  public static Optional<EvidenceType> parse(String label) {
    for (EvidenceType t : values()) {
      if (t.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
