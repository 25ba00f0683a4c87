package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.random.Seed;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code parley uncertainty}'s use case, and its JSON against the published schema. */
class AnalyzeUncertaintyTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  private static Schema schema() throws Exception {
    JsonNode schema =
        JSON.readTree(
            Files.readString(ProjectFiles.resolve("docs/schema/uncertainty.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static AnalyzeUncertainty.Options options(
      int threads, AnalyzeUncertainty.Sensitivity sensitivity) {
    return new AnalyzeUncertainty.Options(
        400,
        Seed.of(3),
        threads,
        sensitivity,
        ForecastModels.names(),
        6,
        365,
        5,
        true,
        true,
        false);
  }

  private static String json(Path input, AnalyzeUncertainty.Options options) {
    AnalyzeUncertainty.Result result = new AnalyzeUncertainty().run(List.of(input), options);
    assertThat(result.report()).as("diagnostics %s", result.diagnostics()).isNotNull();
    return UncertaintyJson.write(result.report(), List.of(input.toString()), "test");
  }

  @Test
  void report_conformsToTheSchemaWithEachSensitivityAnalysis() throws Exception {
    for (AnalyzeUncertainty.Sensitivity s :
        new AnalyzeUncertainty.Sensitivity[] {
          null, AnalyzeUncertainty.Sensitivity.TORNADO, AnalyzeUncertainty.Sensitivity.SOBOL
        }) {
      String json = json(HARBOUR, options(2, s));
      assertThat(schema().validate(JSON.readTree(json))).as("%s", s).isEmpty();
    }
  }

  @Test
  void schema_rejectsAReportWithoutItsProbabilities() throws Exception {
    AnalyzeUncertainty.Result result =
        new AnalyzeUncertainty().run(List.of(HARBOUR), options(1, null));
    var tree = UncertaintyJson.tree(result.report(), List.of("harbour.yaml"), "test");
    tree.remove("p_zone_exists");
    assertThat(schema().validate(tree)).isNotEmpty();
    tree = UncertaintyJson.tree(result.report(), List.of("harbour.yaml"), "test");
    ((tools.jackson.databind.node.ObjectNode) tree.get("probabilities"))
        .remove("p_agreement_within");
    assertThat(schema().validate(tree)).isNotEmpty();
  }

  @Test
  void probabilities_nameTheirEventAndHorizon_andTheSimulationGivesPAgreementWithin()
      throws Exception {
    // before, the report had one "P(deal)": the share of trials with a zone of agreement, read as
    // the chance the talks succeed, with no horizon
    AnalyzeUncertainty.Options withSimulation = options(1, null).withSimulation(true);
    JsonNode json = JSON.readTree(json(HARBOUR, withSimulation));
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.get("horizon_days").asDouble()).isEqualTo(365);
    JsonNode zone = json.get("probabilities").get("p_zone_exists");
    assertThat(zone.get("event").asString()).contains("walking away").contains("2026-03-01");
    assertThat(zone.get("horizon_days").isNull()).isTrue();
    assertThat(json.get("p_zone_exists").asDouble()).isEqualTo(zone.get("probability").asDouble());
    JsonNode within = json.get("probabilities").get("p_agreement_within");
    assertThat(within.get("computed").asBoolean()).isTrue();
    assertThat(within.get("horizon_days").asDouble()).isEqualTo(365);
    assertThat(within.get("event").asString()).contains("within horizon_days of 2026-03-01");
    assertThat(json.get("p_agreement_within").asDouble())
        .isEqualTo(within.get("probability").asDouble())
        .isLessThanOrEqualTo(within.get("agreement").get("probability").asDouble());
    // without --simulate the probability is not estimated, and says so
    JsonNode plain = JSON.readTree(json(HARBOUR, options(1, null)));
    assertThat(plain.get("p_agreement_within").isNull()).isTrue();
    assertThat(plain.get("probabilities").get("p_agreement_within").get("computed").asBoolean())
        .isFalse();
  }

  @Test
  void report_isTheSameBitForBitForAnyNumberOfThreads() {
    String one = json(HARBOUR, options(1, AnalyzeUncertainty.Sensitivity.SOBOL));
    String four = json(HARBOUR, options(4, AnalyzeUncertainty.Sensitivity.SOBOL));
    assertThat(four).isEqualTo(one);
  }

  @Test
  void drift_feedsTheConcessionAnalysis(@TempDir Path dir) throws Exception {
    String anchor =
        "        statement: no automation without retraining\n        cite: [gazette-0212]\n";
    String text = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    assertThat(text).contains(anchor);
    Path drifting = dir.resolve("drifting.yaml");
    Files.writeString(
        drifting,
        text.replace(
            anchor,
            anchor + "    drift:\n      - {parameter: capability, from_round: 2, multiply: 0.5}\n"),
        StandardCharsets.UTF_8);
    AnalyzeUncertainty.Report report =
        new AnalyzeUncertainty().run(List.of(drifting), options(1, null)).report();
    assertThat(report.timeline().drifts()).hasSize(1);
    // halving the union's capability from round 2 moves the compromise toward the port
    double before = report.timeline().states().get(1).forecasts().get(0).outcome().get(0);
    double after = report.timeline().states().get(2).forecasts().get(0).outcome().get(0);
    assertThat(after).isLessThan(before);
    assertThat(schema().validate(JSON.readTree(json(drifting, options(1, null))))).isEmpty();
  }

  @Test
  void forecastsAlone_conformToTheSchema() throws Exception {
    AnalyzeUncertainty.Options only =
        new AnalyzeUncertainty.Options(
            300,
            Seed.of(3),
            2,
            AnalyzeUncertainty.Sensitivity.TORNADO,
            List.of("compromise"),
            2,
            365,
            5,
            false,
            false,
            false);
    JsonNode json = JSON.readTree(json(HARBOUR, only));
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.get("bargaining").isNull()).isTrue();
    assertThat(json.get("levers").isEmpty()).isTrue();
    assertThat(json.get("forecasts").size()).isEqualTo(1);
  }

  private static AnalyzeUncertainty.Options simulating(int threads) {
    return new AnalyzeUncertainty.Options(
        60,
        Seed.of(3),
        threads,
        AnalyzeUncertainty.Sensitivity.TORNADO,
        List.of("compromise"),
        2,
        365,
        5,
        false,
        true,
        true);
  }

  @Test
  void simulation_isOneMoreForecast_withTheLeversAndTheTornado() throws Exception {
    AnalyzeUncertainty.Options options = simulating(2);
    AnalyzeUncertainty.Report report =
        new AnalyzeUncertainty().run(List.of(HARBOUR), options).report();
    var forecasts = report.levers().baseline().result().forecasts();
    assertThat(forecasts).extracting(f -> f.model()).containsExactly("compromise", "simulate");
    assertThat(report.levers().outputs()).contains("simulate/wage", "simulate/agreement");
    assertThat(report.levers().levers()).hasSize(2);
    assertThat(report.tornado()).isNotNull();
    assertThat(AnalyzeUncertainty.isSensitivityTarget("simulate/agreement", report)).isTrue();
    JsonNode json = JSON.readTree(json(HARBOUR, options));
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.get("forecasts").get(1).get("model").asString()).isEqualTo("simulate");
    assertThat(json(HARBOUR, simulating(1))).isEqualTo(json(HARBOUR, options));
    assertThat(simulating(1).withSimulation(false).simulate()).isFalse();
  }

  @Test
  void badInput_yieldsDiagnosticsNotAReport(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "parley: 2\nscenario: {id: x}\n", StandardCharsets.UTF_8);
    AnalyzeUncertainty.Result result =
        new AnalyzeUncertainty().run(List.of(bad), AnalyzeUncertainty.Options.defaults());
    assertThat(result.report()).isNull();
    assertThat(result.diagnostics()).isNotEmpty();
  }

  @Test
  void scenarioWithoutProfiles_isAnInputError(@TempDir Path dir) throws Exception {
    Path bare = dir.resolve("bare.yaml");
    Files.writeString(
        bare,
        "parley: 2\nscenario: {id: t, title: T}\nactors:\n  - {id: a, name: A, kind: state}\n"
            + "issues:\n  - id: x\n    name: X\n    options:\n      - {id: lo, position: 0}\n"
            + "      - {id: hi, position: 100}\n",
        StandardCharsets.UTF_8);
    AnalyzeUncertainty.Result result =
        new AnalyzeUncertainty().run(List.of(bare), AnalyzeUncertainty.Options.defaults());
    assertThat(result.report()).isNull();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("missing-key"))
        .satisfies(d -> assertThat(d.diagnostic().message()).contains("profiles"));
  }

  @Test
  void unknownModel_isRejected() {
    assertThatThrownBy(
            () ->
                new AnalyzeUncertainty.Options(
                    10, Seed.of(1), 1, null, List.of("no-such-model"), 1, 30, 5, true, true, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-model");
  }
}
