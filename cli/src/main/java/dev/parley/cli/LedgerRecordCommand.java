package dev.parley.cli;

import dev.parley.app.ledger.RecordForecast;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ledger record}: Parley's own forecast of a scenario enters the ledger. */
@Command(
    name = "record",
    header = "Record Parley's forecast of a scenario in the ledger, to be scored once resolved.",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate the scenario's negotiation (as parley simulate does: stacked alternating offers",
      "between the scenario's own agents, seeded runs) and record the share of runs that agree",
      "within the horizon of its as_of as a ledger entry: who Parley:simulate-saop, made today,",
      "resolving on as_of + the horizon, cited to the scenario file and its SHA-256. Resolve it",
      "with 'parley ledger resolve' and it is scored like everyone else. See docs/ledger.md."
    })
final class LedgerRecordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
  Path scenario;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = ".parley",
      description = "The workspace folder, created if absent (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "100",
      description = "Seeded runs of the simulated negotiation (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "The seed of the first run (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--horizon-days",
      paramLabel = "DAYS",
      defaultValue = "365",
      description = "The horizon, in days after the scenario's as_of (default: ${DEFAULT-VALUE}).")
  int horizonDays;

  @Mixin VerboseOption verbose;

  /** The clock that says what today is; the system's unless a test sets another. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (runs < 1 || horizonDays < 0) {
      throw new Limits.UsageException(
          spec.commandLine(),
          "expected --runs of at least 1 and --horizon-days of at least 0, but found "
              + runs
              + " and "
              + horizonDays,
          "see 'parley ledger record --help'");
    }
    RecordForecast.Result result =
        new RecordForecast(clock)
            .record(new RecordForecast.Request(workspace, scenario, runs, seed, horizonDays));
    err.print(result.printedDiagnostics());
    err.flush();
    RecordForecast.Recorded r = result.recorded();
    if (r == null) {
      return ExitCodes.INPUT;
    }
    print(out, r);
    for (RecordForecast.Recorded o : result.outcomes()) {
      print(out, o);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, RecordForecast.Recorded r) {
    out.println(
        r.entry()
            + "  "
            + r.who()
            + "  "
            + r.madeOn()
            + " \u2192 "
            + r.resolvesOn()
            + (r.alreadyRecordedOn() == null
                ? "  recorded"
                : "  already recorded on " + r.alreadyRecordedOn() + "; the first record is kept"));
    out.println("    " + r.probabilityOf());
    out.println("    " + r.method());
  }
}
