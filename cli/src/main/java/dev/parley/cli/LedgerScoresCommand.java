package dev.parley.cli;

import dev.parley.app.ledger.ScoreLedger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley ledger scores}: the ledger's scores per person and outlet, and calibration. */
@Command(
    name = "scores",
    header = "Score the resolved predictions per person and per outlet, with a calibration table.",
    mixinStandardHelpOptions = true,
    description = {
      "Give the Brier score (0 is perfect, lower is better) and the logarithmic score (in nats,",
      "0 is perfect, higher is better) of the ledger entries resolved true or false, per person",
      "and per outlet, with how many are scored, unresolved and void; then the calibration",
      "table: for each tenth of forecast probability, how many entries, their mean forecast and",
      "the share that came true. See docs/ledger.md."
    })
final class LedgerScoresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = ".parley",
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--by",
      paramLabel = "GROUPING",
      description = "person or outlet (default: both).")
  ScoreLedger.@Nullable By by;

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
    ScoreLedger.Result result = ScoreLedger.score(new ScoreLedger.Request(workspace, by));
    err.print(result.printedDiagnostics());
    err.flush();
    ScoreLedger.Scores scores = result.scores();
    if (scores == null) {
      return ExitCodes.INPUT;
    }
    out.print(format == OutputFormat.JSON ? scores.json() : render(scores));
    out.flush();
    return ExitCodes.OK;
  }

  /** Renders the scores as two aligned tables and a count. */
  static String render(ScoreLedger.Scores scores) {
    StringBuilder out = new StringBuilder();
    int width = "all".length();
    for (ScoreLedger.Row r : scores.rows()) {
      width = Math.max(width, r.group().length());
    }
    width = Math.min(width, 40);
    String head = "%-7s  %-" + width + "s  %6s  %10s  %4s  %7s  %9s%n";
    out.append(
        String.format(
            Locale.ROOT,
            head,
            "by",
            "group",
            "scored",
            "unresolved",
            "void",
            "Brier",
            "log (nats)"));
    for (ScoreLedger.Row r : scores.rows()) {
      row(out, head, r, width);
    }
    row(out, head, scores.overall(), width);
    out.append('\n')
        .append("calibration (")
        .append(IngestCommand.plural(scores.excluded(), "entry", "entries"))
        .append(" unresolved or void left out)\n");
    String bin = "%-11s  %5s  %13s  %18s%n";
    out.append(
        String.format(Locale.ROOT, bin, "bin", "count", "mean forecast", "observed frequency"));
    for (int i = 0; i < scores.bins().size(); i++) {
      ScoreLedger.Bin b = scores.bins().get(i);
      boolean last = i == scores.bins().size() - 1;
      String range =
          String.format(Locale.ROOT, "[%.1f, %.1f%s", b.lower(), b.upper(), last ? "]" : ")");
      out.append(
          String.format(
              Locale.ROOT,
              bin,
              range,
              b.count(),
              number(b.meanForecast(), 3),
              number(b.observedFrequency(), 3)));
    }
    if (scores.undated() > 0) {
      out.append(IngestCommand.plural(scores.undated(), "prediction", "predictions"))
          .append(" in undated documents left out\n");
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String head, ScoreLedger.Row r, int width) {
    String group =
        r.group().length() > width ? r.group().substring(0, width - 1) + "\u2026" : r.group();
    out.append(
        String.format(
            Locale.ROOT,
            head,
            r.by(),
            group,
            r.scored(),
            r.unresolved(),
            r.voided(),
            number(r.brier(), 4),
            number(r.log(), 4)));
  }

  private static String number(double value, int digits) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", value);
  }
}
