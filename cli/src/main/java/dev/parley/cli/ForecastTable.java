package dev.parley.cli;

import dev.parley.app.Deadlocked;
import dev.parley.app.ForecastModels;
import dev.parley.app.ForecastScenario;
import dev.parley.app.ModelStanding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
            "%d actors, %d dimensions; positions on each dimension's scale%n",
            report.actorCount(),
            report.dimensions().size()));
    for (String dimension : report.dimensions()) {
      ForecastScenario.NumericRange range = report.numericRange(dimension);
      if (range != null) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %s is numeric: positions 0 to 100 stand for %s to %s%n",
                dimension,
                range.min(),
                range.max()));
      }
    }
    out.append('\n');
    deadlock(out, report);
    RedLineNotes notes = new RedLineNotes();
    ensemble(out, report, notes);
    models(out, report, notes);
    notes.render(out);
    return out.toString();
  }

  /** Says, before any forecast, that no deal can settle the issues the red lines leave empty. */
  private static void deadlock(StringBuilder out, ForecastScenario.Report report) {
    Deadlocked d = report.deadlocked();
    if (d == null) {
      return;
    }
    out.append("DEADLOCK: no package gives every party what walking away is worth");
    if (d.byRedLines()) {
      out.append("; the red lines leave no option on ").append(String.join(", ", d.conflicts()));
    }
    out.append(
        ".\nThe models below still say where each issue would land; no deal settles an issue"
            + " whose\noptions are all rejected. parley analyze shows the smallest relaxations that"
            + " would open the talks\nand the best partial deal.\n\n");
  }

  /** Returns the option a placed outcome lands on: the nearest allowed, starred if moved. */
  private static String optionCell(
      ForecastScenario.Report report, int dimension, ForecastScenario.@Nullable Placed p) {
    if (p == null || p.nearest() == null) {
      return "-";
    }
    String option = p.option();
    if (option == null) {
      return "(none allowed)";
    }
    String shown = report.display(dimension, option);
    return p.feasible() ? shown : shown + "*";
  }

  /**
   * The forecasts whose nearest option a red line forbids, grouped by issue and option, for the
   * note under the tables.
   */
  private static final class RedLineNotes {
    private final Map<String, List<String>> models = new TreeMap<>();
    private final Map<String, ForecastScenario.Placed> placed = new TreeMap<>();

    void add(String model, int dimension, ForecastScenario.@Nullable Placed p) {
      if (p == null || p.feasible() || p.nearest() == null) {
        return;
      }
      String key = String.format(Locale.ROOT, "%06d %s", dimension, p.nearest());
      models.computeIfAbsent(key, x -> new ArrayList<>()).add(model);
      placed.putIfAbsent(key, p);
    }

    void render(StringBuilder out) {
      if (models.isEmpty()) {
        return;
      }
      out.append(
          "\n* RED LINES: these forecasts lie nearest an option a party has ruled out; the option"
              + " shown is the\n  nearest one no red line forbids\n");
      for (Map.Entry<String, List<String>> e : models.entrySet()) {
        ForecastScenario.Placed p = Objects.requireNonNull(placed.get(e.getKey()));
        out.append("  ")
            .append(p.issue())
            .append(": ")
            .append(Objects.requireNonNull(p.nearestShown()))
            .append(" is rejected by ")
            .append(String.join(", ", p.forbiddenBy()))
            .append(" (nearest for ")
            .append(String.join(", ", e.getValue()))
            .append(")")
            .append(
                p.option() == null
                    ? "; the red lines allow no option"
                    : "; nearest allowed: " + p.optionShown())
            .append('\n');
      }
    }
  }

  private static void ensemble(
      StringBuilder out, ForecastScenario.Report report, RedLineNotes notes) {
    ModelStanding standing = ForecastModels.standing(ForecastModels.ENSEMBLE_NAME).orElse(null);
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
    List<String> dimensions = report.dimensions();
    int nameWidth = "Dimension".length();
    for (String d : dimensions) {
      nameWidth = Math.max(nameWidth, d.length());
    }
    String[] intervals = new String[dimensions.size()];
    int intervalWidth = "80% interval".length();
    for (int k = 0; k < dimensions.size(); k++) {
      ForecastScenario.Interval i = report.ensembleInterval(k, 0.8);
      intervals[k] = String.format(Locale.ROOT, "[%.1f, %.1f]", i.lower(), i.upper());
      intervalWidth = Math.max(intervalWidth, intervals[k].length());
    }
    String last = options ? "%-" + intervalWidth + "s" : "%s";
    out.append(
        String.format(
            Locale.ROOT,
            "%-" + nameWidth + "s  %8s  " + last,
            "Dimension",
            ForecastModels.ENSEMBLE_NAME,
            "80% interval"));
    out.append(options ? "  option\n" : "\n");
    for (int k = 0; k < dimensions.size(); k++) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + nameWidth + "s  %8.1f  " + last,
              dimensions.get(k),
              report.ensembleOutcome(k),
              intervals[k]));
      if (options) {
        ForecastScenario.Placed p = report.placed(k, report.ensembleOutcome(k));
        notes.add(ForecastModels.ENSEMBLE_NAME, k, p);
        out.append("  ").append(optionCell(report, k, p));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void models(
      StringBuilder out, ForecastScenario.Report report, RedLineNotes notes) {
    out.append(
        "EACH MODEL, with its DEU error (mean absolute error on 353 EU legislative issues, 0-100;"
            + " lower is better)\n");
    List<ForecastScenario.ModelForecast> forecasts = report.forecasts();
    int nameWidth = "Dimension".length();
    for (String d : report.dimensions()) {
      nameWidth = Math.max(nameWidth, d.length());
    }
    if (!report.options().isEmpty()) {
      nameWidth = Math.max(nameWidth, "  option".length());
    }
    int[] widths = new int[forecasts.size()];
    out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", "Dimension"));
    for (int m = 0; m < forecasts.size(); m++) {
      widths[m] = Math.max(8, forecasts.get(m).model().length());
      if (!report.options().isEmpty()) {
        for (int k = 0; k < report.dimensions().size(); k++) {
          String cell = optionCell(report, k, report.placed(k, forecasts.get(m).outcome(k)));
          widths[m] = Math.max(widths[m], cell.length());
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
    for (int k = 0; k < report.dimensions().size(); k++) {
      out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", report.dimensions().get(k)));
      for (int m = 0; m < forecasts.size(); m++) {
        double x = forecasts.get(m).outcome(k);
        out.append("  ").append(String.format(Locale.ROOT, "%" + widths[m] + ".1f", x));
      }
      out.append('\n');
      if (!report.options().isEmpty()) {
        out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", "  option"));
        for (int m = 0; m < forecasts.size(); m++) {
          ForecastScenario.Placed p = report.placed(k, forecasts.get(m).outcome(k));
          notes.add(forecasts.get(m).model(), k, p);
          out.append("  ")
              .append(String.format(Locale.ROOT, "%" + widths[m] + "s", optionCell(report, k, p)));
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
      ForecastScenario.RunEnd run = f.runEnd();
      if (run == null) {
        continue;
      }
      out.append('\n')
          .append(f.model())
          .append(
              String.format(
                  Locale.ROOT,
                  ": %d turns (%s); the SMP column is the expected final position over %d distinct"
                      + " final positions; the most probable (p = %.3f) is held by %d of %d actors",
                  run.turns(),
                  run.converged() ? "converged" : "turn limit reached",
                  run.outcomes(),
                  run.topProbability(),
                  run.topActors(),
                  report.actorCount()))
          .append('\n');
    }
  }
}
