package dev.parley.app.ledger;

import dev.parley.core.evidence.Prediction;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.DateBasis;
import dev.parley.core.ledger.HedgeScale;
import dev.parley.core.ledger.Ledger;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerEntryId;
import dev.parley.core.ledger.LedgerKey;
import dev.parley.io.ledger.StandardHedges;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.LedgerStore;
import dev.parley.store.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The ledger of a workspace: one entry per prediction its documents report, reports of the same
 * prediction merged into one entry with their citations (docs/ledger.md).
 *
 * <p>An entry's {@code made_on} is its document's publication date. A prediction in an undated
 * document has no date to count its horizon from and is left out, counted in {@link
 * Result#undated()}. The resolutions recorded in the workspace ({@code parley ledger resolve}) are
 * applied to their entries, with their notes in {@link Result#notes()}; the entries recorded in it
 * ({@code parley ledger record}: Parley's own forecasts) are listed beside the ones of the
 * evidence.
 */
public final class WorkspaceLedger {
  /** The most predictions read from one workspace. */
  public static final int MAX_PREDICTIONS = 1_000_000;

  private WorkspaceLedger() {}

  /**
   * The ledger and what was left out.
   *
   * @param entries the entries, merged, sorted by id
   * @param predictions how many predictions the workspace holds
   * @param undated how many of them were left out because their document has no date
   * @param notes the notes recorded with the entries' resolutions, by entry id
   */
  public record Result(
      List<LedgerEntry> entries, int predictions, int undated, Map<String, String> notes) {
    /** Copies the list and the map. */
    public Result {
      entries = List.copyOf(entries);
      notes = Map.copyOf(notes);
    }

    /** Returns the result without notes. */
    public Result(List<LedgerEntry> entries, int predictions, int undated) {
      this(entries, predictions, undated, Map.of());
    }

    /**
     * Returns the entry with this id, or with a rewording of this id (its prediction in other
     * words, merged into it), if the ledger has it.
     */
    public Optional<LedgerEntry> entry(String id) {
      return entries.stream()
          .filter(e -> e.ids().stream().anyMatch(x -> x.value().equals(id)))
          .findFirst();
    }
  }

  /**
   * Returns the ledger of every prediction in a workspace, with the standard hedge scale.
   *
   * @param who keep only entries whose speaker contains this text (case and accents ignored), or
   *     null for all
   */
  public static Result build(Workspace workspace, @Nullable String who) {
    return build(workspace, who, null);
  }

  /**
   * As {@link #build(Workspace, String)}, the predictions of undated documents taken as made on
   * {@code undatedAs} (an assumption the caller names) instead of left out; they are still counted
   * in {@link Result#undated()}.
   */
  public static Result build(
      Workspace workspace, @Nullable String who, @Nullable LocalDate undatedAs) {
    EvidenceQuery query =
        new EvidenceQuery(
            null,
            null,
            null,
            EnumSet.of(EvidenceType.PREDICTION),
            null,
            null,
            null,
            MAX_PREDICTIONS);
    List<StoredEvidence> found;
    try {
      found = workspace.search(query);
    } catch (SearchException e) {
      throw new IllegalStateException(
          "expected a query without search text to run, but found: " + e.getMessage(), e);
    }
    Result derived = fromEvidence(found, StandardHedges.scale(), null, undatedAs);
    List<LedgerEntry> all = new ArrayList<>(derived.entries());
    workspace.ledger().recorded().forEach(r -> all.add(r.entry()));
    Result merged =
        new Result(
            filter(Ledger.mergeRewordings(Ledger.merge(all)), who),
            derived.predictions(),
            derived.undated(),
            Map.of());
    return withResolutions(merged, workspace.ledger().resolutions());
  }

  /**
   * Returns the ledger with the stored resolutions applied to their entries; a resolution whose
   * entry is not in the ledger (filtered out, or its document gone) is left aside.
   */
  public static Result withResolutions(
      Result ledger, Map<LedgerEntryId, LedgerStore.StoredResolution> resolutions) {
    List<LedgerEntry> entries = new ArrayList<>(ledger.entries().size());
    Map<String, String> notes = new TreeMap<>(ledger.notes());
    for (LedgerEntry e : ledger.entries()) {
      LedgerStore.StoredResolution r = stored(e, resolutions).orElse(null);
      if (r == null) {
        entries.add(e);
        continue;
      }
      entries.add(e.withResolution(r.resolution()));
      if (r.note() != null) {
        notes.put(e.id().value(), r.note());
      }
    }
    return new Result(entries, ledger.predictions(), ledger.undated(), notes);
  }

  /**
   * Returns the resolution stored for an entry: under its own id, else under the id of one of its
   * rewordings (recorded before the wordings were merged, or when another wording was the one
   * kept).
   */
  public static Optional<LedgerStore.StoredResolution> stored(
      LedgerEntry entry, Map<LedgerEntryId, LedgerStore.StoredResolution> resolutions) {
    for (LedgerEntryId id : entry.ids()) {
      LedgerStore.StoredResolution r = resolutions.get(id);
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Returns the ledger of the predictions among stored evidence items. */
  public static Result fromEvidence(
      List<StoredEvidence> evidence, HedgeScale scale, @Nullable String who) {
    return fromEvidence(evidence, scale, who, null);
  }

  /**
   * Returns the ledger of the predictions among stored evidence items, those of undated documents
   * taken as made on {@code undatedAs} when it is not null (and still counted as undated).
   */
  public static Result fromEvidence(
      List<StoredEvidence> evidence,
      HedgeScale scale,
      @Nullable String who,
      @Nullable LocalDate undatedAs) {
    List<LedgerEntry> entries = new ArrayList<>();
    int predictions = 0;
    int undated = 0;
    for (StoredEvidence e : evidence) {
      if (!(e.item() instanceof Prediction prediction)) {
        continue;
      }
      predictions++;
      LocalDate published = e.citation().published();
      DateBasis basis = DateBasis.DOCUMENT;
      if (published == null) {
        undated++;
        if (undatedAs == null) {
          continue;
        }
        published = undatedAs;
        basis = DateBasis.ASSUMED;
      }
      Citation citation =
          new Citation(e.citation().document().value(), e.id(), e.citation().outlet());
      // the statement's own date where the text gives one ("said on Sunday"), else the document's
      LocalDate said = prediction.saidOn();
      entries.add(
          Ledger.entryOf(prediction, said != null ? said : published, citation, scale)
              .withMadeOnBasis(said != null ? DateBasis.STATEMENT : basis));
    }
    return new Result(
        filter(Ledger.mergeRewordings(Ledger.merge(entries)), who), predictions, undated);
  }

  private static List<LedgerEntry> filter(List<LedgerEntry> entries, @Nullable String who) {
    if (who == null) {
      return entries;
    }
    String wanted = LedgerKey.of(who, "-").who();
    return entries.stream().filter(x -> x.key().who().contains(wanted)).toList();
  }
}
