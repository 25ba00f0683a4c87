package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON that {@code parley forecast --format json} prints conforms to its published schema. */
class ForecastSchemaTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static Schema schema() throws Exception {
    JsonNode schema =
        JSON.readTree(Files.readString(ProjectFiles.resolve("docs/schema/forecast.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static JsonNode forecast(Path input, boolean history) {
    ForecastScenario.Result result = new ForecastScenario().run(input, List.of(), null);
    assertThat(result.report()).as("diagnostics %s", result.diagnostics()).isNotNull();
    return JSON.readTree(ForecastJson.write(result.report(), history, "test"));
  }

  @Test
  void ktabForecastWithHistory_conformsToTheSchema() throws Exception {
    JsonNode json = forecast(SharedData.resolve("data/ktab/SOE-Pol-Comp.csv"), true);
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.get("models")).hasSize(ForecastModels.names().size() + 1);
    JsonNode smp = json.get("models").get(3);
    assertThat(smp.get("model").asString()).isEqualTo("smp-ktab");
    assertThat(smp.get("turns").asInt()).isEqualTo(27);
    assertThat(smp.get("history")).hasSize(28);
  }

  @Test
  void scenarioForecast_conformsToTheSchemaAndNamesOptions() throws Exception {
    JsonNode json =
        forecast(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"), false);
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.get("models").get(0).has("nearest_options")).isTrue();
    assertThat(json.get("models").get(1).has("nearest_options")).isTrue();
  }

  @Test
  void forecast_leadsWithTheEnsembleAndItsIntervalThenLabelsEachModel() throws Exception {
    // The Ukraine example has no reference point and nothing DEU-specific: the ensemble fitted on
    // DEU runs on it from the shipped parameters alone.
    JsonNode json = forecast(ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml"), false);
    assertThat(schema().validate(json)).isEmpty();
    JsonNode ensemble = json.get("models").get(0);
    assertThat(ensemble.get("model").asString()).isEqualTo("ensemble");
    int dimensions = json.get("dimensions").size();
    assertThat(ensemble.get("interval_80")).hasSize(dimensions);
    for (int k = 0; k < dimensions; k++) {
      JsonNode interval = ensemble.get("interval_80").get(k);
      double outcome = ensemble.get("outcome").get(k).asDouble();
      assertThat(interval.get(0).asDouble()).isBetween(0.0, outcome);
      assertThat(interval.get(1).asDouble()).isBetween(outcome, 100.0);
    }
    assertThat(ensemble.get("deu_mae").asDouble())
        .isLessThan(ForecastModels.standing("compromise").orElseThrow().deuMae());
    assertThat(ensemble.get("members")).hasSize(8);
    for (int m = 1; m < json.get("models").size(); m++) {
      JsonNode model = json.get("models").get(m);
      String name = model.get("model").asString();
      assertThat(model.get("deu_mae").asDouble())
          .as(name)
          .isEqualTo(ForecastModels.standing(name).orElseThrow().deuMae());
      assertThat(model.get("reproduces_source").asBoolean())
          .as(name)
          .isEqualTo(!name.equals("eum-paper"));
      assertThat(model.has("outcome") && model.has("nearest_options")).as(name).isTrue();
    }
  }

  @Test
  void schema_rejectsAnEnsembleIntervalWithoutBothEnds() throws Exception {
    JsonNode json =
        forecast(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"), false);
    ((ArrayNode) json.get("models").get(0).get("interval_80").get(0)).remove(1);
    assertThat(schema().validate(json)).isNotEmpty();
  }

  @Test
  void scenarioForecastUnderUncertainty_conformsToBothSchemas() throws Exception {
    Path input = ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");
    ForecastScenario.Result result = new ForecastScenario().run(input, List.of(), null);
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    AnalyzeUncertainty.Report uncertainty =
        new AnalyzeUncertainty()
            .run(
                List.of(input),
                new AnalyzeUncertainty.Options(
                    30,
                    d.seed(),
                    1,
                    null,
                    List.of("compromise"),
                    d.rounds(),
                    d.horizonDays(),
                    3,
                    true,
                    true,
                    true))
            .report();
    assertThat(uncertainty).isNotNull();
    JsonNode json =
        JSON.readTree(
            ForecastJson.write(result.report().withUncertainty(uncertainty), false, "test"));
    assertThat(schema().validate(json)).isEmpty();
    JsonNode uncertaintySchema =
        JSON.readTree(
            Files.readString(ProjectFiles.resolve("docs/schema/uncertainty.schema.json")));
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(uncertaintySchema)
                .validate(json.get("uncertainty")))
        .isEmpty();
    // every probability names its event and horizon; P(deal) is gone
    JsonNode block = json.get("uncertainty");
    assertThat(block.get("p_zone_exists").isNumber()).isTrue();
    assertThat(block.get("p_agreement_within").isNumber()).isTrue();
    assertThat(block.get("horizon_days").asDouble()).isEqualTo(365);
    assertThat(block.get("probabilities").get("p_agreement_within").get("horizon_days").asDouble())
        .isEqualTo(365);
    assertThat(block.get("probabilities").get("p_zone_exists").get("horizon_days").isNull())
        .isTrue();
    assertThat(block.get("bargaining").has("deal")).isFalse();
  }

  @Test
  void schema_rejectsAModelWithoutOutcome() throws Exception {
    JsonNode json = forecast(SharedData.resolve("data/ktab/dummyData_3Dim.csv"), false);
    ((ObjectNode) json.get("models").get(0)).remove("outcome");
    assertThat(schema().validate(json)).isNotEmpty();
  }
}
