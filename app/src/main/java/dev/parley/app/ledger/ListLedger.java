package dev.parley.app.ledger;

import dev.parley.app.WorkspaceReads;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.DateBasis;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Rewording;
import dev.parley.io.ledger.LedgerJson;
import dev.parley.store.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley ledger}: a workspace's ledger ({@link WorkspaceLedger}) as
 * entries a table shows, and as JSON (docs/schema/ledger.schema.json).
 */
public final class ListLedger {
  /** The workspace folder when none is given. */
  public static final String DEFAULT_FOLDER = Workspace.DEFAULT_FOLDER;

  private ListLedger() {}

  /**
   * What to list.
   *
   * @param who keep only entries whose speaker contains this text (case and accents ignored), or
   *     null for all
   * @param undatedAs take the predictions of undated documents as made on this date (an assumption
   *     the caller names), or null to leave them out
   */
  public record Request(Path workspace, @Nullable String who, @Nullable LocalDate undatedAs) {
    /** Validates the fields. */
    public Request {
      Objects.requireNonNull(workspace, "workspace");
    }
  }

  /**
   * Another wording of an entry's prediction, merged into it.
   *
   * @param where the evidence id, else the document, of each source that reports this wording
   */
  public record Wording(String what, List<String> where) {
    /** Copies the list. */
    public Wording {
      where = List.copyOf(where);
    }
  }

  /**
   * One ledger entry as a reader sees it.
   *
   * @param assumed whether {@code madeOn} is an assumption of the analyst's ({@code --undated-as})
   * @param horizon the deadline as written, or null
   * @param resolvesOn the date the horizon falls on, or null
   * @param probability in [0, 1]
   * @param reading where the probability comes from: the hedge words, else {@code unhedged} for a
   *     hedge reading without hedges, else the basis in lower case
   * @param kind the prediction's kind in lower case, words apart
   * @param outcome what became of it, in lower case
   * @param resolvedOn the date it was resolved on, or null
   * @param citations each source that reports it: its outlet and a comma when known, then its
   *     evidence id, else its document
   * @param wordings the other wordings merged into it
   * @param resolvedBy the sources that settled it, as {@code citations}; empty when none
   * @param note the note recorded with its resolution, or null
   */
  public record Entry(
      String id,
      String who,
      LocalDate madeOn,
      boolean assumed,
      @Nullable LocalDate resolvesOn,
      @Nullable String horizon,
      double probability,
      String reading,
      String kind,
      String outcome,
      @Nullable LocalDate resolvedOn,
      String what,
      List<String> citations,
      List<Wording> wordings,
      List<String> resolvedBy,
      @Nullable String note) {
    /** Copies the lists. */
    public Entry {
      citations = List.copyOf(citations);
      wordings = List.copyOf(wordings);
      resolvedBy = List.copyOf(resolvedBy);
    }
  }

  /**
   * The ledger.
   *
   * @param entries the entries, sorted by id
   * @param predictions how many predictions the workspace holds
   * @param undated how many of them are in undated documents
   * @param json the entries as JSON (docs/schema/ledger.schema.json)
   */
  public record Listing(List<Entry> entries, int predictions, int undated, String json) {
    /** Copies the list. */
    public Listing {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The result.
   *
   * @param listing the ledger, or null when the workspace could not be read
   * @param messages the workspace's warnings, then the error that stopped it, each formatted
   */
  public record Result(@Nullable Listing listing, List<String> messages) {
    /** Copies the list. */
    public Result {
      messages = List.copyOf(messages);
    }
  }

  /** Lists the ledger of a workspace. */
  public static Result list(Request request) {
    List<String> messages = new ArrayList<>();
    WorkspaceLedger.Result ledger =
        WorkspaceReads.read(
            request.workspace(),
            messages,
            ws -> WorkspaceLedger.build(ws, request.who(), request.undatedAs()));
    if (ledger == null) {
      return new Result(null, messages);
    }
    List<Entry> entries = new ArrayList<>();
    for (LedgerEntry e : ledger.entries()) {
      entries.add(entry(e, ledger.notes().get(e.id().value())));
    }
    return new Result(
        new Listing(
            entries, ledger.predictions(), ledger.undated(), LedgerJson.write(ledger.entries())),
        messages);
  }

  private static Entry entry(LedgerEntry e, @Nullable String note) {
    List<Wording> wordings = new ArrayList<>();
    for (Rewording r : e.rewordings()) {
      wordings.add(new Wording(r.what(), r.citations().stream().map(ListLedger::where).toList()));
    }
    return new Entry(
        e.id().value(),
        e.who(),
        e.madeOn(),
        e.madeOnBasis() == DateBasis.ASSUMED,
        e.resolvesOn(),
        e.horizon(),
        e.probability(),
        !e.hedges().isEmpty()
            ? String.join(", ", e.hedges())
            : e.basis() == ProbabilityBasis.HEDGE ? "unhedged" : lower(e.basis()),
        lower(e.kind()).replace('_', ' '),
        lower(e.resolution().outcome()),
        e.resolution().resolvedOn(),
        e.what(),
        e.citations().stream().map(ListLedger::cited).toList(),
        wordings,
        e.resolution().evidence().stream().map(ListLedger::cited).toList(),
        note);
  }

  private static String cited(Citation c) {
    return (c.outlet() == null ? "" : c.outlet() + ", ") + where(c);
  }

  private static String where(Citation c) {
    return c.evidence() == null ? c.document() : c.evidence();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
