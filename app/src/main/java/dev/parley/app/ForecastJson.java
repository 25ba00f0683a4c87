package dev.parley.app;

import dev.parley.core.bargain.Deadlock;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.OptionPlacement;
import dev.parley.core.forecast.ensemble.EnsembleForecast;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.ensemble.PredictionInterval;
import dev.parley.core.forecast.smp.ProbableOutcome;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.NumericScale;
import dev.parley.io.result.BargainingJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON of {@code parley forecast}, in the layout of docs/schema/forecast.schema.json.
 */
public final class ForecastJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ForecastJson() {}

  /**
   * Returns the report as JSON: for a scenario, whether it is deadlocked and what would open it;
   * first the ensemble's outcome and 80 % interval per dimension, then each model's outcome per
   * dimension; every entry with its DEU error ({@code deu_mae}) and each model with whether it
   * reproduces its source; for a scenario, each outcome placed on the issue's options with the red
   * lines in force ({@code issues}: {@code position}, {@code nearest}, {@code option}, {@code
   * feasible}, {@code forbidden_by}); for the spatial models of politics the turns, the outcome
   * distribution and, when asked, the histories; then, when the report holds them, the analyses
   * under uncertainty under {@code uncertainty}, in the layout of
   * docs/schema/uncertainty.schema.json.
   */
  public static String write(ForecastScenario.Report report, boolean withHistory, String version) {
    return MAPPER.writeValueAsString(tree(report, withHistory, version)) + "\n";
  }

  /** Returns the report as a JSON tree, as {@link #write} lays it out. */
  public static ObjectNode tree(
      ForecastScenario.Report report, boolean withHistory, String version) {
    ObjectNode root = NODES.objectNode();
    root.put("parley_version", version);
    root.put("source", report.source());
    root.put("seed", report.seed().value());
    root.set("actors", strings(report.actorNames()));
    root.set("dimensions", strings(report.dimensionNames()));
    Deadlock deadlock = report.deadlock();
    if (deadlock != null) {
      BargainingJson.deadlock(root, deadlock);
    }
    ArrayNode models = root.putArray("models");
    EnsembleForecast ensemble = report.ensemble();
    ObjectNode e = models.addObject();
    e.put("model", EnsembleForecaster.NAME);
    e.set("outcome", numbers(ensemble.outcome()));
    placed(e, report, ensemble.outcome());
    ArrayNode intervals = e.putArray("interval_80");
    for (int k = 0; k < ensemble.outcome().size(); k++) {
      PredictionInterval i = ensemble.interval(k, 0.8);
      ArrayNode pair = intervals.addArray();
      pair.add(number(i.lower()));
      pair.add(number(i.upper()));
    }
    ModelStanding ensembleStanding = ForecastModels.standing(EnsembleForecaster.NAME).orElse(null);
    if (ensembleStanding != null) {
      e.set("deu_mae", number(ensembleStanding.deuMae()));
      e.set("deu_coverage_80", number(ensembleStanding.deuCoverage80()));
    }
    e.set("members", strings(ForecastModels.ensemble().parameters().members()));
    for (ForecastScenario.ModelForecast f : report.forecasts()) {
      Forecast forecast = f.forecast();
      ObjectNode m = models.addObject();
      m.put("model", f.model());
      m.set("outcome", numbers(forecast.outcome()));
      placed(m, report, forecast.outcome());
      ModelStanding standing = ForecastModels.standing(f.model()).orElse(null);
      if (standing != null) {
        m.set("deu_mae", number(standing.deuMae()));
        m.put("reproduces_source", standing.reproducesSource());
      }
      SmpRun run = f.run();
      if (run != null) {
        m.put("turns", run.turns());
        m.put("converged", run.converged());
        ArrayNode distribution = m.putArray("distribution");
        for (ProbableOutcome o : run.outcomes()) {
          ObjectNode node = distribution.addObject();
          node.set("position", numbers(o.position()));
          node.set("probability", number(o.probability()));
          node.set("actors", strings(o.actors().stream().map(report.actorNames()::get).toList()));
        }
        if (withHistory) {
          ArrayNode history = m.putArray("history");
          for (int t = 0; t < run.stateCount(); t++) {
            ArrayNode state = history.addArray();
            for (int i = 0; i < report.problem().actorCount(); i++) {
              ArrayNode actor = state.addArray();
              for (int k = 0; k < report.problem().dimensionCount(); k++) {
                actor.add(number(run.position(t, i, k)));
              }
            }
          }
          ArrayNode probabilities = m.putArray("probabilities");
          for (int t = 0; t < run.stateCount(); t++) {
            ArrayNode state = probabilities.addArray();
            for (int i = 0; i < report.problem().actorCount(); i++) {
              state.add(number(run.probability(t, i)));
            }
          }
        }
      }
    }
    AnalyzeUncertainty.Report uncertainty = report.uncertainty();
    if (uncertainty != null) {
      root.set("uncertainty", UncertaintyJson.tree(uncertainty, List.of(report.source()), version));
    }
    return root;
  }

  /**
   * Adds {@code nearest_options} and {@code issues}, each outcome placed on its issue's options
   * with the red lines in force; nothing for a KTAB scenario, which has neither options nor red
   * lines.
   */
  private static void placed(ObjectNode entry, ForecastScenario.Report report, List<Double> xs) {
    if (report.options().isEmpty()) {
      return;
    }
    ArrayNode nearest = entry.putArray("nearest_options");
    ArrayNode issues = entry.putArray("issues");
    for (int k = 0; k < xs.size(); k++) {
      OptionPlacement.PlacedOutcome p = report.place(k, xs.get(k));
      if (p == null) {
        nearest.addNull();
        issues.addNull();
        continue;
      }
      nearest.add(p.nearest());
      ObjectNode node = issues.addObject();
      node.put("issue", p.issue().value());
      node.set("position", number(p.position()));
      NumericScale scale =
          report.placement() == null ? null : report.placement().numeric(p.issue());
      if (scale != null) {
        node.set("value", number(scale.valueOf(p.position())));
        node.put("unit", scale.unit());
      }
      node.put("nearest", p.nearest());
      node.put("option", p.option());
      node.put("feasible", p.feasible());
      ArrayNode by = node.putArray("forbidden_by");
      for (ActorId a : p.forbiddenBy()) {
        by.add(a.value());
      }
    }
  }

  private static ArrayNode numbers(List<Double> xs) {
    ArrayNode array = NODES.arrayNode();
    xs.forEach(x -> array.add(number(x)));
    return array;
  }

  private static JsonNode number(double x) {
    return Double.isFinite(x) ? NODES.numberNode(x) : NODES.nullNode();
  }

  private static ArrayNode strings(List<String> xs) {
    ArrayNode array = NODES.arrayNode();
    xs.forEach(array::add);
    return array;
  }
}
