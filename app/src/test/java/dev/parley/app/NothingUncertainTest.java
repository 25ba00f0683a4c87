package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.model.Lever;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** When nothing in a run is uncertain, one trial stands for all ({@link AnalyzeUncertainty}). */
class NothingUncertainTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  private static Scenario certain() throws Exception {
    String text =
        Files.readString(HARBOUR, StandardCharsets.UTF_8)
            .replace("capability: {range: [0.4, 0.6], note:", "capability: {value: 0.5, note:")
            .replace("      value: 0.35\n      range: [0.25, 0.45]\n", "      value: 0.35\n")
            .replace(
                "patience: {triangular: [0.85, 0.9, 0.95], per: round}",
                "patience: {value: 0.9, per: round}")
            .replace(
                "reservation: {normal: {mean: 0.4, sd: 0.05, min: 0.2, max: 0.6}, cite:",
                "reservation: {value: 0.4, cite:");
    return ScenarioReader.read("certain.yaml", text).orElseThrow();
  }

  private static AnalyzeUncertainty.Options options(int trials, boolean simulate) {
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    return new AnalyzeUncertainty.Options(
        trials,
        Seed.of(7),
        1,
        null,
        d.models(),
        d.rounds(),
        d.horizonDays(),
        d.top(),
        true,
        true,
        simulate);
  }

  @Test
  void everyRegisteredModel_isDeterministic_asTheRuleAssumes() throws Exception {
    SpatialProblem problem = SpatialProblems.from(certain());
    for (Forecaster model : ForecastModels.all()) {
      assertThat(ForecastModels.isStochastic(model.name())).as(model.name()).isFalse();
      assertThat(model.forecast(problem, Seed.of(1)).outcome())
          .as(model.name())
          .isEqualTo(model.forecast(problem, Seed.of(2)).outcome());
    }
    assertThat(ForecastModels.isStochastic("no-such-model")).isTrue();
  }

  @Test
  void aScenarioOfPoints_isCertain_unlessASimulationDrawsFromTheSeed() throws Exception {
    Scenario s = certain();
    List<dev.parley.core.model.LeverId> levers = s.levers().stream().map(Lever::id).toList();
    assertThat(AnalyzeUncertainty.isUncertain(s, levers, options(100, false))).isFalse();
    assertThat(AnalyzeUncertainty.isUncertain(s, levers, options(100, true))).isTrue();
    Scenario harbour = ScenarioReader.read(HARBOUR).orElseThrow();
    assertThat(AnalyzeUncertainty.isUncertain(harbour, List.of(), options(100, false))).isTrue();
  }

  @Test
  void theOneTrial_givesTheNumbersOfEveryTrial() throws Exception {
    Scenario s = certain();
    AnalyzeUncertainty.Report report =
        new AnalyzeUncertainty()
            .analyze(new DriftingScenario(s, List.of()), options(10_000, false));
    assertThat(report.certain()).isTrue();
    MonteCarloResult one = report.levers().baseline().result();
    assertThat(one.trials()).isEqualTo(1);
    // the same models over many trials: every trial gives the one trial's numbers
    MonteCarloResult many =
        new MonteCarloRunner()
            .run(
                s,
                50,
                Seed.of(11),
                ForecastModels.all().stream().map(ForecastTrials::new).toList());
    for (int m = 0; m < many.forecasts().size(); m++) {
      var oneModel = one.forecasts().get(m);
      var manyModel = many.forecasts().get(m);
      assertThat(manyModel.model()).isEqualTo(oneModel.model());
      for (int i = 0; i < manyModel.issues().size(); i++) {
        var a = oneModel.issues().get(i).outcome();
        var b = manyModel.issues().get(i).outcome();
        assertThat(b.min()).as(manyModel.model()).isEqualTo(b.max()).isEqualTo(a.mean());
      }
    }
  }

  @Test
  void theJsonOfACertainRun_saysSo_andMatchesTheSchema() throws Exception {
    AnalyzeUncertainty.Report report =
        new AnalyzeUncertainty()
            .analyze(new DriftingScenario(certain(), List.of()), options(2000, false));
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(UncertaintyJson.write(report, List.of("certain.yaml"), "test"));
    assertThat(json.get("trials").asInt()).isEqualTo(1);
    assertThat(json.get("trials_requested").asInt()).isEqualTo(2000);
    assertThat(json.get("note").asString()).startsWith("nothing in the scenario is uncertain");
    JsonNode schema =
        JsonMapper.builder()
            .build()
            .readTree(
                Files.readString(ProjectFiles.resolve("docs/schema/uncertainty.schema.json")));
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema)
                .validate(json))
        .isEmpty();
  }
}
