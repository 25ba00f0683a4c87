package dev.parley.cli;

import dev.parley.app.ForecastJson;
import dev.parley.app.ForecastModels;
import dev.parley.app.ForecastScenario;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.ktab.KtabHistory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley forecast}: where each issue will land, by every forecasting model. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Forecast where each issue (dimension) will land, with every registered model side by side",
      "or the one named: the compromise, the weighted median and KTAB's spatial model of politics",
      "(smp-ktab as KTAB runs it, smp corrected). FILE is a KTAB CSV or XML scenario or a Parley",
      "scenario. With --history ktab the SMP's position and probability histories are printed in",
      "KTAB's own layout, to compare with a KTAB log line by line."
    })
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (history != null && !history.equals("ktab")) {
      err.println("parley forecast: error: expected --history ktab, but found '" + history + "'");
      err.flush();
      return ExitCodes.INPUT;
    }
    for (String name : models) {
      if (ForecastModels.named(name).isEmpty()) {
        err.println(
            "parley forecast: error: expected a model among "
                + String.join(", ", ForecastModels.names())
                + ", but found '"
                + name
                + "'");
        err.flush();
        return ExitCodes.INPUT;
      }
    }
    ForecastScenario.Result result = new ForecastScenario().run(input, models, seed);
    err.print(DiagnosticPrinter.format(result.diagnostics()));
    err.flush();
    ForecastScenario.Report report = result.report();
    if (report == null) {
      return ExitCodes.INPUT;
    }
    boolean withHistory = history != null;
    if (format == OutputFormat.JSON) {
      out.print(ForecastJson.write(report, withHistory, VersionProvider.version()));
    } else if (withHistory) {
      boolean any = false;
      for (ForecastScenario.ModelForecast f : report.forecasts()) {
        SmpRun run = f.run();
        if (run == null) {
          continue;
        }
        if (report.forecasts().size() > 1) {
          out.print("# " + f.model() + "\n");
        }
        out.print(KtabHistory.positions(report.actorNames(), report.dimensionNames(), run));
        out.print(KtabHistory.probabilities(report.actorNames(), run));
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
    }
    out.flush();
    return ExitCodes.OK;
  }
}
