package dev.parley.app;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.ensemble.EnsembleForecast;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.ensemble.PredictionInterval;
import dev.parley.core.forecast.smp.ProbableOutcome;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.model.IssueOption;
import java.util.List;

/**
 * Writes the JSON of {@code parley forecast}, in the layout of docs/schema/forecast.schema.json.
 */
public final class ForecastJson {
  private ForecastJson() {}

  /**
   * Returns the report as JSON: first the ensemble's outcome and 80 % interval per dimension, then
   * each model's outcome per dimension; every entry with its DEU error ({@code deu_mae}) and each
   * model with whether it reproduces its source; for the spatial models of politics the turns, the
   * outcome distribution and, when asked, the histories.
   */
  public static String write(ForecastScenario.Report report, boolean withHistory, String version) {
    StringBuilder j = new StringBuilder("{\n");
    j.append("  \"parley_version\": ").append(string(version)).append(",\n");
    j.append("  \"source\": ").append(string(report.source())).append(",\n");
    j.append("  \"seed\": ").append(report.seed().value()).append(",\n");
    j.append("  \"actors\": ").append(strings(report.actorNames())).append(",\n");
    j.append("  \"dimensions\": ").append(strings(report.dimensionNames())).append(",\n");
    j.append("  \"models\": [");
    EnsembleForecast ensemble = report.ensemble();
    j.append("\n    {\n");
    j.append("      \"model\": ").append(string(EnsembleForecaster.NAME)).append(",\n");
    j.append("      \"outcome\": ").append(numbers(ensemble.outcome()));
    nearestOptions(j, report, ensemble.outcome());
    j.append(",\n      \"interval_80\": [");
    for (int k = 0; k < ensemble.outcome().size(); k++) {
      PredictionInterval i = ensemble.interval(k, 0.8);
      j.append(k == 0 ? "[" : ", [")
          .append(number(i.lower()))
          .append(", ")
          .append(number(i.upper()))
          .append(']');
    }
    j.append(']');
    ModelStanding ensembleStanding = ForecastModels.standing(EnsembleForecaster.NAME).orElse(null);
    if (ensembleStanding != null) {
      j.append(",\n      \"deu_mae\": ").append(number(ensembleStanding.deuMae()));
      j.append(",\n      \"deu_coverage_80\": ").append(number(ensembleStanding.deuCoverage80()));
    }
    j.append(",\n      \"members\": ")
        .append(strings(ForecastModels.ensemble().parameters().members()));
    j.append("\n    }");
    List<ForecastScenario.ModelForecast> forecasts = report.forecasts();
    for (int m = 0; m < forecasts.size(); m++) {
      ForecastScenario.ModelForecast f = forecasts.get(m);
      Forecast forecast = f.forecast();
      j.append(",\n").append("    {\n");
      j.append("      \"model\": ").append(string(f.model())).append(",\n");
      j.append("      \"outcome\": ").append(numbers(forecast.outcome()));
      nearestOptions(j, report, forecast.outcome());
      ModelStanding standing = ForecastModels.standing(f.model()).orElse(null);
      if (standing != null) {
        j.append(",\n      \"deu_mae\": ").append(number(standing.deuMae()));
        j.append(",\n      \"reproduces_source\": ").append(standing.reproducesSource());
      }
      SmpRun run = f.run();
      if (run != null) {
        j.append(",\n      \"turns\": ").append(run.turns());
        j.append(",\n      \"converged\": ").append(run.converged());
        j.append(",\n      \"distribution\": [");
        List<ProbableOutcome> outcomes = run.outcomes();
        for (int r = 0; r < outcomes.size(); r++) {
          ProbableOutcome o = outcomes.get(r);
          j.append(r == 0 ? "\n" : ",\n")
              .append("        {\"position\": ")
              .append(numbers(o.position()))
              .append(", \"probability\": ")
              .append(number(o.probability()))
              .append(", \"actors\": ")
              .append(strings(o.actors().stream().map(report.actorNames()::get).toList()))
              .append('}');
        }
        j.append("\n      ]");
        if (withHistory) {
          j.append(",\n      \"history\": [");
          for (int t = 0; t < run.stateCount(); t++) {
            j.append(t == 0 ? "\n        [" : ",\n        [");
            for (int i = 0; i < report.problem().actorCount(); i++) {
              j.append(i == 0 ? "[" : ", [");
              for (int k = 0; k < report.problem().dimensionCount(); k++) {
                j.append(k == 0 ? "" : ", ").append(number(run.position(t, i, k)));
              }
              j.append(']');
            }
            j.append(']');
          }
          j.append("\n      ],\n      \"probabilities\": [");
          for (int t = 0; t < run.stateCount(); t++) {
            j.append(t == 0 ? "\n        [" : ",\n        [");
            for (int i = 0; i < report.problem().actorCount(); i++) {
              j.append(i == 0 ? "" : ", ").append(number(run.probability(t, i)));
            }
            j.append(']');
          }
          j.append("\n      ]");
        }
      }
      j.append("\n    }");
    }
    j.append("\n  ]\n}\n");
    return j.toString();
  }

  private static void nearestOptions(
      StringBuilder j, ForecastScenario.Report report, List<Double> outcome) {
    if (report.options().isEmpty()) {
      return;
    }
    j.append(",\n      \"nearest_options\": [");
    for (int k = 0; k < outcome.size(); k++) {
      IssueOption o = report.nearestOption(k, outcome.get(k));
      j.append(k == 0 ? "" : ", ").append(o == null ? "null" : string(o.id()));
    }
    j.append(']');
  }

  private static String numbers(List<Double> xs) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(number(xs.get(i)));
    }
    return b.append(']').toString();
  }

  private static String number(double x) {
    return Double.isFinite(x) ? Double.toString(x) : "null";
  }

  private static String strings(List<String> xs) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(string(xs.get(i)));
    }
    return b.append(']').toString();
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Returns the forecast JSON with the Monte Carlo report added under {@code uncertainty}, in the
   * layout of docs/schema/uncertainty.schema.json.
   */
  public static String withUncertainty(
      String forecastJson, tools.jackson.databind.JsonNode uncertainty) {
    tools.jackson.databind.ObjectMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build();
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode) mapper.readTree(forecastJson);
    root.set("uncertainty", uncertainty);
    return mapper.writeValueAsString(root) + "\n";
  }
}
