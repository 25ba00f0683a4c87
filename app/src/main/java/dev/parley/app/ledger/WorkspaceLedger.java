package dev.parley.app.ledger;

import dev.parley.core.evidence.Prediction;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.HedgeScale;
import dev.parley.core.ledger.Ledger;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerKey;
import dev.parley.io.ledger.StandardHedges;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ledger of a workspace: one entry per prediction its documents report, reports of the same
 * prediction merged into one entry with their citations (docs/ledger.md).
 *
 * <p>An entry's {@code made_on} is its document's publication date. A prediction in an undated
 * document has no date to count its horizon from and is left out, counted in {@link
 * Result#undated()}.
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
   */
  public record Result(List<LedgerEntry> entries, int predictions, int undated) {
    /** Copies the list. */
    public Result {
      entries = List.copyOf(entries);
    }
  }

  /**
   * Returns the ledger of every prediction in a workspace, with the standard hedge scale.
   *
   * @param who keep only entries whose speaker contains this text (case and accents ignored), or
   *     null for all
   */
  public static Result build(Workspace workspace, @Nullable String who) {
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
    return fromEvidence(found, StandardHedges.scale(), who);
  }

  /** Returns the ledger of the predictions among stored evidence items. */
  public static Result fromEvidence(
      List<StoredEvidence> evidence, HedgeScale scale, @Nullable String who) {
    List<LedgerEntry> entries = new ArrayList<>();
    int predictions = 0;
    int undated = 0;
    for (StoredEvidence e : evidence) {
      if (!(e.item() instanceof Prediction prediction)) {
        continue;
      }
      predictions++;
      LocalDate published = e.citation().published();
      if (published == null) {
        undated++;
        continue;
      }
      Citation citation =
          new Citation(e.citation().document().value(), e.id(), e.citation().outlet());
      entries.add(Ledger.entryOf(prediction, published, citation, scale));
    }
    List<LedgerEntry> merged = Ledger.merge(entries);
    if (who != null) {
      String wanted = LedgerKey.of(who, "-").who();
      merged = merged.stream().filter(x -> x.key().who().contains(wanted)).toList();
    }
    return new Result(merged, predictions, undated);
  }
}
