package dev.parley.core.evidence;

import dev.parley.core.model.ActorId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement by a named person about what will happen.
 *
 * @param who the person who makes the prediction
 * @param what the predicted outcome, as the document words it
 * @param horizon the deadline as printed, such as "within two weeks", or null
 * @param resolvesBy the date the horizon falls on, computed from the document's date, or null when
 *     the document has no date or the horizon none
 */
public record Prediction(
    ActorId who,
    String what,
    @Nullable String horizon,
    @Nullable LocalDate resolvesBy,
    Provenance provenance)
    implements ExtractedItem {
  /** Validates the fields. */
  public Prediction {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(provenance, "provenance");
  }
}
