package dev.parley.cli;

import dev.parley.app.ledger.ForecastBenchExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ledger import}: a ForecastBench question and resolution set into the ledger. */
@Command(
    name = "import",
    header = "Import a ForecastBench question set and its resolution set into the ledger.",
    mixinStandardHelpOptions = true,
    description = {
      "Record each market question (Manifold, Metaculus, INFER, Polymarket) as a ledger entry,",
      "made on its freeze date with the freeze value as its probability, and each resolved one",
      "with its outcome, cited to the resolution set; dataset questions, which carry no",
      "probability, and combination rows are counted and left out. Entries and resolutions",
      "already in the workspace are kept, so importing twice changes nothing. See docs/ledger.md."
    })
final class LedgerImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUESTIONS", description = "The question set (JSON).")
  Path questions;

  @Parameters(index = "1", paramLabel = "RESOLUTIONS", description = "Its resolution set (JSON).")
  Path resolutions;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = ".parley",
      description = "The workspace folder, created when absent (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Mixin VerboseOption verbose;

  /** The clock that says what today is; the system's unless a test sets another. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ForecastBenchExchange.ImportResult result =
        new ForecastBenchExchange(clock).importSets(workspace, questions, resolutions);
    err.print(result.printedDiagnostics());
    err.flush();
    ForecastBenchExchange.Imported r = result.imported();
    if (r == null) {
      return ExitCodes.INPUT;
    }
    out.println(
        IngestCommand.plural(r.recorded(), "entry", "entries")
            + " recorded, "
            + count(r.alreadyRecorded())
            + " already in the ledger; "
            + IngestCommand.plural(r.resolved(), "resolution", "resolutions")
            + " recorded, "
            + count(r.resolutionsKept())
            + " kept as the workspace had them");
    out.println(
        "    of "
            + IngestCommand.plural(r.questions(), "question", "questions")
            + ": "
            + count(r.referenceValueQuestions())
            + " from dataset sources (a reference value, not a probability) and "
            + count(r.skippedQuestions())
            + " malformed left out; of "
            + IngestCommand.plural(r.resolutionRows(), "resolution row", "resolution rows")
            + ": "
            + count(r.combinationRows())
            + " combination rows and "
            + count(r.otherRows())
            + " of other questions left out");
    out.flush();
    return ExitCodes.OK;
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
