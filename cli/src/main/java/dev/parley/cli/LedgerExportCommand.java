package dev.parley.cli;

import dev.parley.app.ledger.ForecastBenchExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley ledger export}: the ledger as a ForecastBench question and resolution set. */
@Command(
    name = "export",
    header = "Write the ledger as a ForecastBench question set and resolution set.",
    mixinStandardHelpOptions = true,
    description = {
      "Write every entry as a question (its freeze date the day it was made, its freeze value",
      "the probability, its close date the resolution date) and every entry resolved true or",
      "false as a resolved row; an entry read from ForecastBench keeps its source and id, the",
      "others are source 'parley' with their ledger id. parley ledger import reads the files",
      "back. See docs/ledger.md."
    })
final class LedgerExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = ".parley",
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--questions",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the question set.")
  Path questions;

  @Option(
      names = "--resolutions",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the resolution set.")
  Path resolutions;

  @Option(
      names = "--question-set",
      paramLabel = "NAME",
      defaultValue = "parley-ledger",
      description = "The name both files give the set (default: ${DEFAULT-VALUE}).")
  String questionSet;

  @Option(
      names = "--who",
      paramLabel = "X",
      description = "Only entries whose speaker contains X (case and accents ignored).")
  @Nullable String who;

  @Option(
      names = "--undated-as",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Take the predictions of undated documents as made on DATE, an assumption.")
  @Nullable LocalDate undatedAs;

  @Mixin VerboseOption verbose;

  /** The clock that says what today is; the system's unless a test sets another. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ForecastBenchExchange.ExportResult r =
        new ForecastBenchExchange(clock)
            .exportSets(
                new ForecastBenchExchange.ExportRequest(
                    workspace, questions, resolutions, who, undatedAs, questionSet));
    err.print(r.printedDiagnostics());
    err.flush();
    if (r.entries() < 0) {
      return ExitCodes.INPUT;
    }
    out.println(
        IngestCommand.plural(r.entries(), "entry", "entries")
            + " written to "
            + questions
            + " and "
            + resolutions
            + (r.undated() == 0
                ? ""
                : "; "
                    + IngestCommand.plural(r.undated(), "prediction", "predictions")
                    + " in undated documents left out (--undated-as DATE takes them)"));
    out.flush();
    return ExitCodes.OK;
  }
}
