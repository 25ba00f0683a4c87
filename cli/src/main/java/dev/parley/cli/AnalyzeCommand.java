package dev.parley.cli;

import dev.parley.app.AnalysisView;
import dev.parley.app.AnalyzeScenario;
import dev.parley.app.Messages;
import dev.parley.app.ValueEvidence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley analyze}: the bargaining analysis of a scenario. */
@Command(
    name = "analyze",
    header = "Zone of agreement, frontier, fair packages, logrolls, levers.",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a negotiation: the zone of possible agreement, the exact Pareto frontier, the Nash,",
      "Kalai-Smorodinsky, egalitarian and maximum-welfare packages, logrolls, what would open an",
      "empty zone, Rubinstein splits, and each lever's effect side by side.",
      "FILE is a scenario, or a GENIUS / GeniusWeb domain followed by its profiles."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "A scenario, or a domain and its profiles.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--evidence",
      description = {
        "After the tables, list every value of the parties' profiles with what it rests on:",
        "the sources and evidence ids it cites, or that it is an assumption."
      })
  boolean evidence;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AnalyzeScenario.Result result;
    try (Progress progress = Progress.start(err, "analysing")) {
      result = new AnalyzeScenario().run(inputs);
      progress.step();
    }
    List<ValueEvidence.Row> rows = evidence ? result.valueEvidence() : List.of();
    return ReportOutput.print(
        spec,
        format,
        Messages.diagnostics(result.diagnostics()),
        result.report(),
        r ->
            AnalyzeScenario.json(
                r, inputs.stream().map(Path::toString).toList(), VersionProvider.version()),
        r ->
            AnalysisTable.render(AnalysisView.of(r))
                + (rows.isEmpty() ? "" : ValueEvidenceTable.render(rows)));
  }
}
