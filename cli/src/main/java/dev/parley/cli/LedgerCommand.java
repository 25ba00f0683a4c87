package dev.parley.cli;

import dev.parley.app.ledger.ListLedger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
      defaultValue = ListLedger.DEFAULT_FOLDER,
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
    ListLedger.Result result = ListLedger.list(new ListLedger.Request(workspace, who, undatedAs));
    result.messages().forEach(err::println);
    err.flush();
    ListLedger.Listing ledger = result.listing();
    if (ledger == null) {
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
      out.print(ledger.json());
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
  static String render(ListLedger.Listing ledger, String undated) {
    StringBuilder out = new StringBuilder();
    for (ListLedger.Entry e : ledger.entries()) {
      out.append(e.id())
          .append("  ")
          .append(e.who())
          .append("  ")
          .append(e.madeOn())
          .append(e.assumed() ? "*" : "")
          .append(" \u2192 ")
          .append(e.resolvesOn() == null ? "no date" : e.resolvesOn().toString())
          .append(e.horizon() == null ? "" : " (" + e.horizon() + ")")
          .append("  p ")
          .append(e.probability())
          .append(" (")
          .append(e.reading())
          .append(")  ")
          .append(e.kind())
          .append("  ")
          .append(e.outcome())
          .append(e.resolvedOn() == null ? "" : " " + e.resolvedOn())
          .append('\n');
      out.append("    \u201c").append(e.what()).append("\u201d\n");
      out.append("    ").append(String.join("; ", e.citations())).append('\n');
      for (ListLedger.Wording w : e.wordings()) {
        out.append("    also worded \u201c")
            .append(w.what())
            .append("\u201d (")
            .append(String.join("; ", w.where()))
            .append(")\n");
      }
      if (!e.resolvedBy().isEmpty()) {
        out.append("    resolved by ")
            .append(String.join("; ", e.resolvedBy()))
            .append(e.note() == null ? "" : " (" + e.note() + ")")
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
