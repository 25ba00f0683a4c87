package dev.parley.cli;

import dev.parley.app.ledger.WorkspaceLedger;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.DateBasis;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Rewording;
import dev.parley.io.ledger.LedgerJson;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import dev.parley.store.workspace.WorkspaceWarning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley ledger}: the workspace's predictions as ledger entries. */
@Command(
    name = "ledger",
    header = "List the predictions in the workspace as ledger entries.",
    mixinStandardHelpOptions = true,
    subcommands = {
      LedgerResolveCommand.class,
      LedgerScoresCommand.class,
      LedgerRecordCommand.class,
      LedgerImportCommand.class,
      LedgerExportCommand.class
    },
    description = {
      "List the predictions the workspace's documents report, one entry per prediction: who,",
      "what, the date it was made (its document's), the horizon and the date it resolves on,",
      "the hedge and the probability read from it, its kind, and every document that reports",
      "it. Predictions in undated documents are counted and left out. See docs/ledger.md."
    })
final class LedgerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = Workspace.DEFAULT_FOLDER,
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--who",
      paramLabel = "X",
      description = "Only the entries whose speaker contains X (case and accents ignored).")
  @Nullable String who;

  @Option(
      names = "--undated-as",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = {
        "Take the predictions of undated documents as made on DATE (YYYY-MM-DD), an assumption,",
        "instead of leaving them out; their horizons are counted from DATE."
      })
  @Nullable LocalDate undatedAs;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Workspace.exists(workspace)) {
      err.println(Workspace.missing(workspace).format());
      err.flush();
      return ExitCodes.INPUT;
    }
    WorkspaceLedger.Result ledger;
    try (Workspace ws = Workspace.open(workspace)) {
      for (WorkspaceWarning w : ws.warnings()) {
        err.println(w.format());
      }
      err.flush();
      ledger = WorkspaceLedger.build(ws, who, undatedAs);
    } catch (WorkspaceException e) {
      err.println(e.format());
      err.flush();
      return ExitCodes.INPUT;
    } catch (UncheckedWorkspaceException e) {
      err.println(e.getCause().format());
      err.flush();
      return ExitCodes.INPUT;
    }
    String undated =
        ledger.undated() == 0
            ? ""
            : IngestCommand.plural(ledger.undated(), "prediction", "predictions")
                + " in undated documents "
                + (undatedAs == null
                    ? "left out (--undated-as DATE takes them as made on DATE)"
                    : "taken as made on " + undatedAs + " (--undated-as: an assumption, marked *)");
    if (format == OutputFormat.JSON) {
      out.print(LedgerJson.write(ledger.entries()));
      if (!undated.isEmpty()) {
        err.println("parley ledger: note: " + undated);
      }
    } else {
      out.print(render(ledger, undated));
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /** Renders entries, three lines each: the entry, the statement, the citations; then a count. */
  static String render(WorkspaceLedger.Result ledger, String undated) {
    StringBuilder out = new StringBuilder();
    for (LedgerEntry e : ledger.entries()) {
      out.append(e.id())
          .append("  ")
          .append(e.who())
          .append("  ")
          .append(e.madeOn())
          .append(e.madeOnBasis() == DateBasis.ASSUMED ? "*" : "")
          .append(" \u2192 ")
          .append(e.resolvesOn() == null ? "no date" : e.resolvesOn().toString())
          .append(e.horizon() == null ? "" : " (" + e.horizon() + ")")
          .append("  p ")
          .append(e.probability())
          .append(
              !e.hedges().isEmpty()
                  ? " (" + String.join(", ", e.hedges()) + ")"
                  : e.basis() == ProbabilityBasis.HEDGE
                      ? " (unhedged)"
                      : " (" + e.basis().name().toLowerCase(Locale.ROOT) + ")")
          .append("  ")
          .append(e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append("  ")
          .append(e.resolution().outcome().name().toLowerCase(Locale.ROOT))
          .append(e.resolution().resolvedOn() == null ? "" : " " + e.resolution().resolvedOn())
          .append('\n');
      out.append("    \u201c").append(e.what()).append("\u201d\n");
      StringJoiner cited = new StringJoiner("; ");
      for (Citation c : e.citations()) {
        cited.add(
            (c.outlet() == null ? "" : c.outlet() + ", ")
                + (c.evidence() == null ? c.document() : c.evidence()));
      }
      out.append("    ").append(cited).append('\n');
      for (Rewording r : e.rewordings()) {
        StringJoiner where = new StringJoiner("; ");
        r.citations().forEach(c -> where.add(c.evidence() == null ? c.document() : c.evidence()));
        out.append("    also worded \u201c")
            .append(r.what())
            .append("\u201d (")
            .append(where)
            .append(")\n");
      }
      if (!e.resolution().evidence().isEmpty()) {
        StringJoiner settled = new StringJoiner("; ");
        for (Citation c : e.resolution().evidence()) {
          settled.add(
              (c.outlet() == null ? "" : c.outlet() + ", ")
                  + (c.evidence() == null ? c.document() : c.evidence()));
        }
        String note = ledger.notes().get(e.id().value());
        out.append("    resolved by ")
            .append(settled)
            .append(note == null ? "" : " (" + note + ")")
            .append('\n');
      }
    }
    out.append(IngestCommand.plural(ledger.entries().size(), "entry", "entries"))
        .append(" from ")
        .append(IngestCommand.plural(ledger.predictions(), "prediction", "predictions"))
        .append(undated.isEmpty() ? "" : "; " + undated)
        .append('\n');
    return out.toString();
  }
}
