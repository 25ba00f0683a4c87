package dev.parley.cli;

import dev.parley.app.ForecastScenario;
import dev.parley.core.forecast.smp.ProbableOutcome;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.model.IssueOption;
import java.util.List;
import java.util.Locale;

/** The readable table of {@code parley forecast}: one row per dimension, one column per model. */
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
    return out.toString();
  }
}
