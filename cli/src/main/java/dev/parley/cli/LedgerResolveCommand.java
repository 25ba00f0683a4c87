package dev.parley.cli;

import dev.parley.app.ledger.ResolvePrediction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ledger resolve}: record what became of a ledger entry's event. */
@Command(
    name = "resolve",
    header = "Record what became of a prediction in the ledger, with its source.",
    mixinStandardHelpOptions = true,
    description = {
      "Record the outcome of the ledger entry ID: true (the event happened by its date), false",
      "(it did not) or void (it cannot be decided; never scored), with the evidence that says so:",
      "a workspace evidence id (doc-...#n), a document id (doc-...) or an http(s) URL. The",
      "resolution is kept in the workspace; 'parley ledger' shows it and 'parley ledger scores'",
      "scores it. See docs/ledger.md."
    })
final class LedgerResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The entry's id, as parley ledger lists it.")
  String id;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = ".parley",
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--outcome",
      required = true,
      paramLabel = "OUTCOME",
      description = "true, false or void.")
  ResolvePrediction.Verdict outcome;

  @Option(
      names = "--evidence",
      required = true,
      paramLabel = "SOURCE",
      description = "An evidence id, a document id or an http(s) URL; repeat for several.")
  List<String> evidence;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDate.class,
      description = "The date the outcome was settled (default: today, UTC).")
  @Nullable LocalDate date;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the resolution.")
  @Nullable String note;

  @Option(names = "--replace", description = "Replace the entry's earlier resolution, if any.")
  boolean replace;

  @Mixin VerboseOption verbose;

  /** The clock that says what today is; the system's unless a test sets another. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResolvePrediction.Result result =
        new ResolvePrediction(clock)
            .resolve(
                new ResolvePrediction.Request(
                    workspace, id, outcome, evidence, date, note, replace));
    ResolvePrediction.Resolved r = result.resolved();
    err.print(result.printedDiagnostics());
    err.flush();
    if (r == null) {
      return ExitCodes.INPUT;
    }
    out.println(
        r.entry()
            + "  "
            + r.who()
            + "  resolved "
            + r.outcome()
            + " on "
            + r.resolvedOn()
            + (r.replaced() == null ? "" : " (replacing " + r.replaced() + ")"));
    out.println("    " + r.probabilityOf());
    out.println("    " + String.join("; ", r.sources()));
    out.flush();
    return ExitCodes.OK;
  }
}
