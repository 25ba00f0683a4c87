package dev.parley.app.ledger;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerEntryId;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.Resolution;
import dev.parley.core.validate.Spelling;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.workspace.LedgerStore;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley ledger resolve}: record what became of a ledger entry's event,
 * with its sources, in the workspace (docs/ledger.md).
 *
 * <p>The entry is looked up in the workspace's ledger by id. Each source is a workspace evidence id
 * ({@code doc-…#n}), a document id ({@code doc-…}) or an http(s) URL. A resolution is dated on or
 * after the entry's {@code made_on} and no later than today (by the clock given). An entry already
 * resolved keeps its resolution unless the request says to replace it. Bad input is returned as
 * diagnostics, never thrown; nothing is written when there is one.
 */
public final class ResolvePrediction {
  private final Clock clock;

  /** Creates the use case, today being the date of {@code clock} in UTC. */
  public ResolvePrediction(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What became of the event, as the command line names it. */
  public enum Verdict {
    /** The event happened by the resolution date. */
    TRUE,
    /** It did not. */
    FALSE,
    /** The question cannot be decided; never scored. */
    VOID;

    Outcome outcome() {
      return switch (this) {
        case TRUE -> Outcome.TRUE;
        case FALSE -> Outcome.FALSE;
        case VOID -> Outcome.VOID;
      };
    }
  }

  /**
   * What to record.
   *
   * @param workspace the workspace folder
   * @param entry the ledger entry's id, {@code l-} and 16 hex digits
   * @param verdict the outcome
   * @param evidence the sources, at least one: evidence ids, document ids or http(s) URLs
   * @param date the date the outcome was settled, or null for today
   * @param note the analyst's note, or null
   * @param replace whether an earlier resolution of the entry may be replaced
   */
  public record Request(
      Path workspace,
      String entry,
      Verdict verdict,
      List<String> evidence,
      @Nullable LocalDate date,
      @Nullable String note,
      boolean replace) {
    /** Validates and copies the fields. */
    public Request {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(verdict, "verdict");
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The resolution recorded.
   *
   * @param entry the entry's id
   * @param probabilityOf the entry's probability with its event and horizon in words
   * @param outcome {@code true}, {@code false} or {@code void}
   * @param resolvedOn the date the outcome was settled
   * @param sources the sources as cited: the document or URL, the evidence item, the outlet
   * @param replaced the outcome and date it replaced, or null when there was none
   */
  public record Resolved(
      String entry,
      String who,
      String probabilityOf,
      String outcome,
      LocalDate resolvedOn,
      List<String> sources,
      @Nullable String replaced) {
    /** Copies the list. */
    public Resolved {
      sources = List.copyOf(sources);
    }
  }

  /**
   * The result: the resolution recorded, or the diagnostics that stopped it.
   *
   * @param resolved null exactly when {@code diagnostics} has an error
   */
  public record Result(@Nullable Resolved resolved, List<LocatedDiagnostic> diagnostics) {
    /** Copies the list. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the diagnostics as printed, three lines each; empty when there are none. */
    public String printedDiagnostics() {
      return LedgerDiagnostics.printed(diagnostics);
    }
  }

  /** Records the resolution, or returns why it cannot be. */
  public Result resolve(Request request) {
    if (!Workspace.exists(request.workspace())) {
      return failed(LedgerDiagnostics.missing(request.workspace()));
    }
    try (Workspace ws = Workspace.open(request.workspace())) {
      return resolve(ws, request);
    } catch (WorkspaceException e) {
      return failed(LedgerDiagnostics.of(e));
    } catch (UncheckedWorkspaceException e) {
      return failed(LedgerDiagnostics.of(e.getCause()));
    }
  }

  private Result resolve(Workspace ws, Request request) {
    String where = request.workspace().toString();
    WorkspaceLedger.Result ledger = WorkspaceLedger.build(ws, null);
    Optional<LedgerEntry> found = ledger.entry(request.entry().strip());
    if (found.isEmpty()) {
      List<String> ids = ledger.entries().stream().map(e -> e.id().value()).toList();
      String near =
          Spelling.nearest(request.entry().strip(), ids)
              .map(id -> "did you mean " + id + "? ")
              .orElse("");
      return failed(
          LedgerDiagnostics.error(
              where,
              "ledger-unknown-entry",
              "expected the id of one of the "
                  + ids.size()
                  + " entries of this workspace's ledger, but found '"
                  + request.entry()
                  + "'",
              near
                  + "list the entries and their ids with 'parley ledger --workspace "
                  + where
                  + "'"));
    }
    LedgerEntry entry = found.get();
    List<LocatedDiagnostic> problems = new ArrayList<>();
    List<Citation> sources = new ArrayList<>();
    if (request.evidence().isEmpty()) {
      problems.add(unknownEvidence("no source"));
    }
    for (String ref : request.evidence()) {
      Optional<Citation> cited = cite(ws, ref.strip());
      if (cited.isPresent()) {
        sources.add(cited.get());
      } else {
        problems.add(unknownEvidence("'" + ref + "'"));
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    LocalDate on = request.date() == null ? today : request.date();
    if (on.isBefore(entry.madeOn()) || on.isAfter(today)) {
      problems.add(
          LedgerDiagnostics.error(
              "--date",
              "ledger-resolution-date",
              "expected a resolution date from the day the prediction was made, "
                  + entry.madeOn()
                  + ", to today, "
                  + today
                  + ", but found "
                  + on,
              "give the date the outcome was settled with --date YYYY-MM-DD; an outcome cannot be"
                  + " known before the prediction or after today"));
    }
    // a resolution recorded under another wording of this prediction is this entry's resolution
    LedgerEntryId key = entry.id();
    Optional<LedgerStore.StoredResolution> before = Optional.empty();
    for (LedgerEntryId id : entry.ids()) {
      before = ws.ledger().resolution(id);
      if (before.isPresent()) {
        key = id;
        break;
      }
    }
    if (before.isPresent() && !request.replace()) {
      Resolution r = before.get().resolution();
      problems.add(
          LedgerDiagnostics.error(
              where,
              "ledger-already-resolved",
              "expected an unresolved entry, but "
                  + entry.id()
                  + " was resolved "
                  + r.outcome().name().toLowerCase(Locale.ROOT)
                  + " on "
                  + r.resolvedOn(),
              "add --replace to record the new resolution in its place"));
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    Resolution resolution = Resolution.of(request.verdict().outcome(), on, sources);
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    ws.ledger().resolve(key, resolution, note);
    String replaced =
        before
            .map(
                b ->
                    b.resolution().outcome().name().toLowerCase(Locale.ROOT)
                        + " on "
                        + b.resolution().resolvedOn())
            .orElse(null);
    List<String> cited = new ArrayList<>();
    for (Citation c : resolution.evidence()) {
      cited.add(
          (c.outlet() == null ? "" : c.outlet() + ", ")
              + (c.evidence() == null ? c.document() : c.evidence()));
    }
    return new Result(
        new Resolved(
            entry.id().value(),
            entry.who(),
            entry.probabilityStatement(),
            request.verdict().name().toLowerCase(Locale.ROOT),
            on,
            cited,
            replaced),
        List.of());
  }

  /** Returns the citation of a workspace document or item, or of an http(s) URL. */
  private static Optional<Citation> cite(Workspace ws, String ref) {
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String lower = ref.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        URI uri = new URI(ref);
        return uri.getHost() == null ? Optional.empty() : Optional.of(Citation.of(ref));
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }
    return ws.ledger().cite(ref);
  }

  private static LocatedDiagnostic unknownEvidence(String found) {
    return LedgerDiagnostics.error(
        "--evidence",
        "ledger-unknown-evidence",
        "expected a source for the outcome: an evidence id of this workspace (doc-…#n), a document"
            + " id (doc-…) or an http(s) URL, but found "
            + found,
        "list the workspace's evidence ids with 'parley evidence', or give the address of the"
            + " report that settles the outcome");
  }

  private static Result failed(LocatedDiagnostic d) {
    return new Result(null, List.of(d));
  }
}
