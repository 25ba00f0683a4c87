package dev.parley.cli;

import dev.parley.app.ForecastModels;
import dev.parley.app.ForecastScenario;
import dev.parley.app.ModelStanding;
import dev.parley.core.forecast.ensemble.EnsembleForecast;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.ensemble.PredictionInterval;
import dev.parley.core.forecast.smp.ProbableOutcome;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.model.IssueOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The readable table of {@code parley forecast}: first the ensemble with its 80 % interval, then
 * one row per dimension and one column per model, each model labelled with its DEU error.
 */
final class ForecastTable {
  private ForecastTable() {}

  static String render(ForecastScenario.Report report) {
    StringBuilder out = new StringBuilder();
    out.append("Forecast of ").append(report.source()).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%d actors, %d dimensions; positions on each dimension's scale%n%n",
            report.problem().actorCount(),
            report.problem().dimensionCount()));
    ensemble(out, report);
    models(out, report);
    return out.toString();
  }

  private static void ensemble(StringBuilder out, ForecastScenario.Report report) {
    EnsembleForecast ensemble = report.ensemble();
    ModelStanding standing = ForecastModels.standing(EnsembleForecaster.NAME).orElse(null);
    ModelStanding best =
        ForecastModels.names().stream()
            .map(n -> ForecastModels.standing(n).orElse(null))
            .filter(s -> s != null)
            .min(Comparator.comparingDouble(ModelStanding::deuMae))
            .orElse(null);
    out.append(
        "ENSEMBLE: the models' forecasts weighed by a fit to 353 EU legislative issues (DEU)\n");
    if (standing != null && best != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "On DEU issues it was not fitted on: mean error %.2f points of 100 (best single model,"
                  + " %s: %.2f);%nits 80%% interval held %.1f%% of the outcomes. On a problem unlike"
                  + " those issues, take the%ninterval as a guide, not a guarantee.%n%n",
              standing.deuMae(),
              best.model(),
              best.deuMae(),
              standing.deuCoverage80() * 100));
    }
    boolean options = !report.options().isEmpty();
    List<String> dimensions = report.problem().dimensions();
    int nameWidth = "Dimension".length();
    for (String d : dimensions) {
      nameWidth = Math.max(nameWidth, d.length());
    }
    String[] intervals = new String[dimensions.size()];
    int intervalWidth = "80% interval".length();
    for (int k = 0; k < dimensions.size(); k++) {
      PredictionInterval i = ensemble.interval(k, 0.8);
      intervals[k] = String.format(Locale.ROOT, "[%.1f, %.1f]", i.lower(), i.upper());
      intervalWidth = Math.max(intervalWidth, intervals[k].length());
    }
    String last = options ? "%-" + intervalWidth + "s" : "%s";
    out.append(
        String.format(
            Locale.ROOT,
            "%-" + nameWidth + "s  %8s  " + last,
            "Dimension",
            EnsembleForecaster.NAME,
            "80% interval"));
    out.append(options ? "  nearest option\n" : "\n");
    for (int k = 0; k < dimensions.size(); k++) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + nameWidth + "s  %8.1f  " + last,
              dimensions.get(k),
              ensemble.outcome(k),
              intervals[k]));
      if (options) {
        IssueOption o = report.nearestOption(k, ensemble.outcome(k));
        out.append("  ").append(o == null ? "-" : o.id());
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void models(StringBuilder out, ForecastScenario.Report report) {
    out.append(
        "EACH MODEL, with its DEU error (mean absolute error on 353 EU legislative issues, 0-100;"
            + " lower is better)\n");
    List<ForecastScenario.ModelForecast> forecasts = report.forecasts();
    int nameWidth = "Dimension".length();
    for (String d : report.problem().dimensions()) {
      nameWidth = Math.max(nameWidth, d.length());
    }
    if (!report.options().isEmpty()) {
      nameWidth = Math.max(nameWidth, "  nearest option".length());
    }
    int[] widths = new int[forecasts.size()];
    out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", "Dimension"));
    for (int m = 0; m < forecasts.size(); m++) {
      widths[m] = Math.max(8, forecasts.get(m).model().length());
      if (!report.options().isEmpty()) {
        for (int k = 0; k < report.problem().dimensionCount(); k++) {
          IssueOption o = report.nearestOption(k, forecasts.get(m).forecast().outcome(k));
          widths[m] = Math.max(widths[m], o == null ? 1 : o.id().length());
        }
      }
      out.append("  ")
          .append(String.format(Locale.ROOT, "%" + widths[m] + "s", forecasts.get(m).model()));
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", "DEU error"));
    List<String> caveats = new ArrayList<>();
    for (int m = 0; m < forecasts.size(); m++) {
      ModelStanding standing = ForecastModels.standing(forecasts.get(m).model()).orElse(null);
      String label = "-";
      if (standing != null) {
        label = String.format(Locale.ROOT, "%.2f", standing.deuMae());
        if (!standing.reproducesSource()) {
          label = label + " !";
        }
        if (!standing.caveat().isEmpty()) {
          caveats.add(
              (standing.reproducesSource() ? "  " : "! ")
                  + standing.model()
                  + ": "
                  + standing.caveat());
        }
      }
      out.append("  ").append(String.format(Locale.ROOT, "%" + widths[m] + "s", label));
    }
    out.append('\n');
    for (int k = 0; k < report.problem().dimensionCount(); k++) {
      out.append(
          String.format(Locale.ROOT, "%-" + nameWidth + "s", report.problem().dimensions().get(k)));
      for (int m = 0; m < forecasts.size(); m++) {
        double x = forecasts.get(m).forecast().outcome(k);
        out.append("  ").append(String.format(Locale.ROOT, "%" + widths[m] + ".1f", x));
      }
      out.append('\n');
      if (!report.options().isEmpty()) {
        out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", "  nearest option"));
        for (int m = 0; m < forecasts.size(); m++) {
          IssueOption o = report.nearestOption(k, forecasts.get(m).forecast().outcome(k));
          String id = o == null ? "-" : o.id();
          out.append("  ").append(String.format(Locale.ROOT, "%" + widths[m] + "s", id));
        }
        out.append('\n');
      }
    }
    if (!caveats.isEmpty()) {
      out.append('\n');
      for (String c : caveats) {
        out.append(c).append('\n');
      }
      out.append("See docs/forecast-evaluation.md and docs/forecast-models.md.\n");
    }
    for (ForecastScenario.ModelForecast f : forecasts) {
      SmpRun run = f.run();
      if (run == null) {
        continue;
      }
      ProbableOutcome top = run.outcomes().get(0);
      out.append('\n')
          .append(f.model())
          .append(
              String.format(
                  Locale.ROOT,
                  ": %d turns (%s); the SMP column is the expected final position over %d distinct"
                      + " final positions; the most probable (p = %.3f) is held by %d of %d actors",
                  run.turns(),
                  run.converged() ? "converged" : "turn limit reached",
                  run.outcomes().size(),
                  top.probability(),
                  top.actors().size(),
                  report.problem().actorCount()))
          .append('\n');
    }
  }
}
