package dev.parley.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prediction in the ledger: who said what would happen, when, by when, how sure, on whose report,
 * and what became of it.
 *
 * <p>The probability is P(the event happens on or before {@code resolvesOn}), the event being what
 * {@code what} speaks of in the positive: for "Putin won't meet Zelensky" it is the probability of
 * the meeting, low, and {@link Outcome#TRUE} means the meeting took place (docs/adr/0010).
 *
 * @param id derived from who + what ({@link LedgerKey#id()}); the constructor checks it
 * @param who the speaker, as printed, or the forecaster (a market, a model)
 * @param what the statement, as printed
 * @param madeOn the date the prediction was made (the statement's date, else its document's)
 * @param horizon the deadline as written ("within three weeks"), or null
 * @param resolvesOn the date the horizon falls on, or null when there is none or it is not
 *     understood; never before {@code madeOn}
 * @param hedges the hedge words found in the statement, in text order; empty when none or when the
 *     probability is not read from words
 * @param probability in [0, 1]
 * @param basis where the probability comes from
 * @param citations the sources that report the prediction, sorted, at least one
 * @param resolution what became of it
 * @param madeOnBasis where {@code madeOn} comes from: the statement, its document, an assumption of
 *     the analyst's, or the forecast record
 * @param rewordings the other wordings of this prediction merged into it ({@link
 *     Ledger#mergeRewordings}), sorted by id; empty for most entries
 */
public record LedgerEntry(
    LedgerEntryId id,
    String who,
    String what,
    PredictionKind kind,
    LocalDate madeOn,
    @Nullable String horizon,
    @Nullable LocalDate resolvesOn,
    List<String> hedges,
    double probability,
    ProbabilityBasis basis,
    List<Citation> citations,
    Resolution resolution,
    DateBasis madeOnBasis,
    List<Rewording> rewordings) {
  /** Validates the fields, the derived id included. */
  public LedgerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(madeOn, "madeOn");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(madeOnBasis, "madeOnBasis");
    rewordings = rewordings.stream().distinct().sorted().toList();
    hedges = List.copyOf(hedges);
    citations = citations.stream().distinct().sorted().toList();
    if (who.isBlank() || what.isBlank()) {
      throw new IllegalArgumentException("expected a speaker and a statement, but one is blank");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "expected a probability in [0, 1], but found " + probability);
    }
    if (resolvesOn != null && resolvesOn.isBefore(madeOn)) {
      throw new IllegalArgumentException(
          "expected a resolution date on or after " + madeOn + ", but found " + resolvesOn);
    }
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("expected at least one citation, but found none");
    }
    LedgerEntryId derived = LedgerKey.of(who, what).id();
    if (!derived.equals(id)) {
      throw new IllegalArgumentException(
          "expected the id derived from who and what, " + derived + ", but found " + id);
    }
  }

  /**
   * Returns an unresolved entry with its id derived from who and what, its date that of the
   * forecast record ({@link DateBasis#RECORD}: use {@link #withMadeOnBasis} for another), without
   * rewordings.
   */
  public static LedgerEntry of(
      String who,
      String what,
      PredictionKind kind,
      LocalDate madeOn,
      @Nullable String horizon,
      @Nullable LocalDate resolvesOn,
      List<String> hedges,
      double probability,
      ProbabilityBasis basis,
      List<Citation> citations) {
    return new LedgerEntry(
        LedgerKey.of(who, what).id(),
        who,
        what,
        kind,
        madeOn,
        horizon,
        resolvesOn,
        hedges,
        probability,
        basis,
        citations,
        Resolution.UNRESOLVED,
        DateBasis.RECORD,
        List.of());
  }

  /** Returns the key on which reports of this prediction are merged. */
  public LedgerKey key() {
    return LedgerKey.of(who, what);
  }

  /** Returns this entry with another resolution. */
  public LedgerEntry withResolution(Resolution newResolution) {
    return with(citations, newResolution, madeOnBasis, rewordings);
  }

  /** Returns this entry with other citations (sorted and without repeats). */
  public LedgerEntry withCitations(List<Citation> newCitations) {
    return with(newCitations, resolution, madeOnBasis, rewordings);
  }

  /** Returns this entry with its date's basis named. */
  public LedgerEntry withMadeOnBasis(DateBasis newBasis) {
    return with(citations, resolution, newBasis, rewordings);
  }

  /** Returns this entry with other wordings merged in: their citations are added to its own. */
  public LedgerEntry withRewordings(List<Rewording> newRewordings) {
    List<Citation> all = new ArrayList<>(citations);
    newRewordings.forEach(r -> all.addAll(r.citations()));
    return with(all, resolution, madeOnBasis, newRewordings);
  }

  /* The fields a report of the same prediction may change; who, what and the rest stay. */
  private LedgerEntry with(
      List<Citation> newCitations,
      Resolution newResolution,
      DateBasis newBasis,
      List<Rewording> newRewordings) {
    return new LedgerEntry(
        id,
        who,
        what,
        kind,
        madeOn,
        horizon,
        resolvesOn,
        hedges,
        probability,
        basis,
        newCitations,
        newResolution,
        newBasis,
        newRewordings);
  }

  /** Returns the ids under which this prediction is known: its own, then its rewordings'. */
  public List<LedgerEntryId> ids() {
    List<LedgerEntryId> ids = new ArrayList<>(1 + rewordings.size());
    ids.add(id);
    rewordings.forEach(r -> ids.add(r.id()));
    return List.copyOf(ids);
  }

  /**
   * Returns the probability with its event and horizon in words: {@code P(<what> by <resolvesOn>) =
   * p}, or {@code P(<what>, no date) = p} without a resolution date.
   */
  public String probabilityStatement() {
    String by = resolvesOn == null ? ", no date" : " by " + resolvesOn;
    return "P(" + what + by + ") = " + probability;
  }
}
