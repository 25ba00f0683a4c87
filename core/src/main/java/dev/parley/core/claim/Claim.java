package dev.parley.core.claim;

import dev.parley.core.evidence.PloverEvent;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source's claim, normalised: who did what (the PLOVER event, its polarity and mode), how much,
 * when and where, and who asserts it.
 *
 * @param subject what the claim is about, the key claims are grouped by: an event and its place
 *     ({@code COERCE seize @ kupyansk}) or a counted quantity and its place ({@code number soldier
 *     killed @ dubrava})
 * @param event the PLOVER event type, or null for a quantity no event in its sentence codes
 * @param mode the PLOVER mode, such as {@code seize}, or empty
 * @param affirmed true when the claim says the event happened (or the quantity is so), false when
 *     it says it did not
 * @param asserted true when the claim is stated as fact; false when it is expected, planned or
 *     conditional (such claims are listed but do not make a disagreement)
 * @param who the actors the claim says acted (actor ids), possibly empty
 * @param place the place, as printed, or null
 * @param value the quantity's value, or null for an event claim
 * @param unit the quantity's unit, or null
 * @param counts what the quantity counts, as normalised into the subject, or null
 * @param when the date the sentence gives the event ({@code 2025-03-03}, {@code 2022-09} or {@code
 *     2014}), or null when it gives none
 * @param claimant who asserts the claim: an actor id, a named kind of source ({@code independent
 *     reports}), or the outlet (or document) itself when the text attributes it to no one
 * @param claimantKind {@code actor}, {@code party} or {@code outlet}
 * @param cue the words that state the event or the quantity, as printed
 * @param citation where it is written
 */
public record Claim(
    String subject,
    @Nullable PloverEvent event,
    String mode,
    boolean affirmed,
    boolean asserted,
    List<String> who,
    @Nullable String place,
    @Nullable Double value,
    @Nullable String unit,
    @Nullable String counts,
    @Nullable String when,
    String claimant,
    String claimantKind,
    String cue,
    ClaimCitation citation) {
  /** Validates and copies the fields. */
  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(mode, "mode");
    who = List.copyOf(who);
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(claimantKind, "claimantKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(citation, "citation");
  }

  /** Returns whether this is a claim about a quantity rather than an event. */
  public boolean isQuantity() {
    return value != null;
  }

  /** Returns the source the claim comes from: its document and its claimant. */
  public String source() {
    return citation.document() + "|" + claimant;
  }
}
