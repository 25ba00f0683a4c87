package dev.parley.cli;

import dev.parley.app.EvaluateDeu;
import dev.parley.app.EvaluationView;
import dev.parley.app.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley evaluate}: forecasting models scored against known outcomes. */
@Command(
    name = "evaluate",
    header = "Score the forecasting models against a validation dataset.",
    mixinStandardHelpOptions = true,
    description = {
      "Score every forecasting model and the ensemble against the outcomes of a validation",
      "dataset: mean and median absolute error, hits within 5 and 10 points, a paired bootstrap",
      "interval of each model's MAE minus the compromise model's, and how often each model's",
      "held-out prediction intervals held the outcome (at 50, 80, 90 and 95%%). The ensemble is",
      "fitted and scored by cross-validation with whole proposals held out (10 folds from",
      "--seed). DATASET is deu: FILE is the DEU III table (deu3.csv). Conventions:",
      "docs/forecast-evaluation.md."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** The validation datasets the command knows. */
  enum Dataset {
    /** The DEU table of contested EU legislative issues. */
    DEU
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset's kind: deu.")
  Dataset dataset;

  @Parameters(index = "1", paramLabel = "FILE", description = "The dataset's file.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description =
          "Seed of the bootstrap, the folds and stochastic models (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--bootstrap",
      defaultValue = "2000",
      paramLabel = "N",
      description = "Number of bootstrap replicates, 1 to 100,000 (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    Limits.check(
        spec,
        "--bootstrap",
        replicates,
        1,
        Limits.MAX_BOOTSTRAP,
        "the bootstrap's intervals settle within a few thousand replicates");
    PrintWriter err = spec.commandLine().getErr();
    EvaluateDeu.Result result;
    try (Progress progress = Progress.start(err, "evaluating")) {
      result = new EvaluateDeu().run(file, seed, replicates);
      progress.step();
    }
    return ReportOutput.print(
        spec,
        format,
        Messages.diagnostics(result.diagnostics()),
        result.evaluation(),
        e -> EvaluateDeu.json(e, VersionProvider.version()),
        e -> EvaluationTable.render(EvaluationView.of(e)));
  }
}
