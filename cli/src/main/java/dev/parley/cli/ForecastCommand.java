package dev.parley.cli;

import dev.parley.app.AnalyzeUncertainty;
import dev.parley.app.ForecastJson;
import dev.parley.app.ForecastModels;
import dev.parley.app.ForecastScenario;
import dev.parley.app.Messages;
import dev.parley.app.RunStoppedException;
import dev.parley.app.UncertaintyView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley forecast}: where each issue will land, by the ensemble fitted on DEU with its
 * interval, then by every forecasting model labelled with its DEU error.
 */
@Command(
    name = "forecast",
    header = "Forecast where each issue lands, by every model, with intervals.",
    mixinStandardHelpOptions = true,
    description = {
      "Forecast where each issue (dimension) will land. First the ensemble, which weighs the",
      "models' forecasts as fitted on 353 EU legislative issues (DEU), with its 80%% interval;",
      "then every registered model side by side, or the ones named, each labelled with its error",
      "on DEU (models that do not reproduce their source are marked): the compromise, the",
      "weighted median, KTAB's spatial model of politics (smp-ktab as KTAB runs it, smp",
      "corrected), Nash bargaining, the expected-utility model and the exchange model. FILE is a",
      "KTAB CSV or XML scenario or a Parley scenario. With --history ktab the SMP's position and",
      "probability histories are printed in KTAB's own layout, to compare with a KTAB log line",
      "by line. See docs/forecast-evaluation.md."
    })
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  /** The clock and interrupts; tests set their own. */
  Surroundings surroundings = Surroundings.system();

  @Parameters(paramLabel = "FILE", description = "A KTAB scenario (CSV or XML) or a scenario.")
  Path input;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "Run only this model (repeatable); default: every model.")
  List<String> models = List.of();

  @Option(
      names = "--history",
      paramLabel = "LAYOUT",
      description = "Print the SMP's history; the only layout is ktab.")
  @Nullable String history;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of stochastic runs (default: a KTAB file's seed, else 0).")
  @Nullable Long seed;

  @Option(
      names = "--trials",
      paramLabel = "N",
      defaultValue = "1000",
      description = {
        "For a Parley scenario: Monte Carlo trials over its ranges, giving intervals per issue and",
        "model, the probability that a zone of agreement exists, each lever side by side and who",
        "concedes first, 0 to 1,000,000 (default: ${DEFAULT-VALUE}; 0 for the point forecasts",
        "only)."
      })
  int trials;

  @Option(
      names = "--simulate",
      description = {
        "With --trials: also run the agent-based bargaining in every trial (see parley simulate);",
        "costly, an exact Pareto frontier per trial."
      })
  boolean simulate;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads for the trials, 1 to 1024 (default: the number of cores); results do"
              + " not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (history != null && !history.equals("ktab")) {
      throw new Limits.UsageException(
          spec.commandLine(),
          "expected --history ktab, but found '" + history + "'",
          "ktab is the only layout: the positions by turn, then the probabilities");
    }
    Limits.check(
        spec,
        "--trials",
        trials,
        0,
        Limits.MAX_TRIALS,
        "--trials 0 gives the point forecasts alone; standard errors shrink only as"
            + " 1/sqrt(trials)");
    Limits.check(
        spec,
        "--threads",
        threads,
        1,
        Limits.MAX_THREADS,
        "results do not depend on the threads; more than the processors gain nothing");
    for (String name : models) {
      if (ForecastModels.named(name).isEmpty()) {
        throw new Limits.UsageException(
            spec.commandLine(),
            "expected a model among "
                + String.join(", ", ForecastModels.names())
                + ", but found '"
                + name
                + "'",
            Messages.nearest(name, ForecastModels.names())
                .map(n -> "did you mean '" + n + "'?")
                .orElse("leave --model out to run every model"));
      }
    }
    boolean withHistory = history != null;
    AnalyzeUncertainty.Options options =
        !withHistory && trials > 0
            ? AnalyzeUncertainty.Options.forForecast(trials, seed, threads, models, simulate)
            : null;
    ForecastScenario.Result result;
    try (LongRun run = LongRun.start("parley forecast", err, surroundings)) {
      try {
        result = new ForecastScenario().run(input, models, seed, options, run.progress());
      } catch (RunStoppedException e) {
        return run.stopped(e);
      }
    }
    err.print(Messages.diagnostics(result.diagnostics()));
    err.flush();
    ForecastScenario.Report report = result.report();
    if (report == null) {
      return ExitCodes.INPUT;
    }
    if (format == OutputFormat.JSON) {
      out.print(ForecastJson.write(report, withHistory, VersionProvider.version()));
    } else if (withHistory) {
      boolean any = false;
      for (ForecastScenario.ModelForecast f : report.forecasts()) {
        String history = report.history(f);
        if (history == null) {
          continue;
        }
        if (report.forecasts().size() > 1) {
          out.print("# " + f.model() + "\n");
        }
        out.print(history);
        any = true;
      }
      if (!any) {
        err.println(
            "parley forecast: error: --history needs a spatial model of politics"
                + " (--model smp-ktab or smp)");
        err.flush();
        return ExitCodes.INPUT;
      }
    } else {
      out.print(ForecastTable.render(report));
      AnalyzeUncertainty.Report uncertainty = report.uncertainty();
      if (uncertainty != null) {
        out.print(
            "\nUNDER UNCERTAINTY (Monte Carlo over the scenario's ranges; parley uncertainty has more options)\n");
        out.print(UncertaintyTable.render(UncertaintyView.of(uncertainty)));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
