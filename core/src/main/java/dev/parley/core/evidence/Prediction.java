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
 * @param resolvesBy the date the horizon falls on, counted from the statement's date (else the
 *     document's), or null when there is no date or no horizon
 * @param saidOn the date the statement was made when the text gives it relative to a dated document
 *     ("said on Sunday" in an article of Tuesday 19 August is Sunday 17 August), or null
 * @param hedge the words that hedge the prediction as written ("will", "could", "won't", "expects",
 *     "did not believe would"), from which a ledger reads a probability, or null when not known
 */
public record Prediction(
    ActorId who,
    String what,
    @Nullable String horizon,
    @Nullable LocalDate resolvesBy,
    @Nullable LocalDate saidOn,
    @Nullable String hedge,
    Provenance provenance)
    implements ExtractedItem {
  /** Validates the fields. */
  public Prediction {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** A prediction whose hedge is not known. */
  public Prediction(
      ActorId who,
      String what,
      @Nullable String horizon,
      @Nullable LocalDate resolvesBy,
      @Nullable LocalDate saidOn,
      Provenance provenance) {
    this(who, what, horizon, resolvesBy, saidOn, null, provenance);
  }

  /** A prediction whose text gives no date of its own. */
  public Prediction(
      ActorId who,
      String what,
      @Nullable String horizon,
      @Nullable LocalDate resolvesBy,
      Provenance provenance) {
    this(who, what, horizon, resolvesBy, null, null, provenance);
  }
}
