package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON that {@code parley simulate --format json} prints conforms to its published schema. */
class SimulationSchemaTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  private static Schema schema() throws Exception {
    JsonNode schema =
        JSON.readTree(Files.readString(ProjectFiles.resolve("docs/schema/simulate.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  static SimulateScenario.Settings settings(String protocol, String agents, int runs) {
    SimulateScenario.Settings d = SimulateScenario.Settings.defaults();
    return new SimulateScenario.Settings(
        protocol,
        List.of(agents.split(",")),
        60,
        d.seed(),
        runs,
        2,
        d.horizonDays(),
        d.target(),
        d.firstDraft(),
        List.of(),
        true);
  }

  private static List<String> errors(List<Path> inputs, SimulateScenario.Settings settings)
      throws Exception {
    SimulateScenario.Result result = SimulateScenario.run(inputs, settings);
    assertThat(result.report()).as("%s %s", result.diagnostics(), result.errors()).isNotNull();
    String json = SimulationJson.write(result.report(), "test");
    return schema().validate(JSON.readTree(json)).stream().map(Object::toString).toList();
  }

  @Test
  void aDeadlockedScenario_isSimulatedOverPartialDeals_andConformsToTheSchema() throws Exception {
    Path border = ProjectFiles.resolve("io/src/test/resources/scenarios/border-deadlock.yaml");
    // before issue 8 this was an error: "the scenario's exact Pareto frontier ... is empty"
    assertThat(errors(List.of(border), settings("saop", "scenario", 5))).isEmpty();
    SimulateScenario.Report report =
        SimulateScenario.run(List.of(border), settings("saop", "scenario", 5)).report();
    assertThat(report).isNotNull();
    assertThat(report.deadlock().deadlocked()).isTrue();
    JsonNode json = JSON.readTree(SimulationJson.write(report, "test"));
    assertThat(json.get("bargains_over").asString()).isEqualTo("partial-deals");
    assertThat(json.get("deadlock").asBoolean()).isTrue();
    assertThat(json.get("relaxations").size()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"saop", "mediator", "sessions"})
  void everyProtocol_conformsToTheSchema(String protocol) throws Exception {
    assertThat(errors(List.of(HARBOUR), settings(protocol, "boulware,nice-tft", 5))).isEmpty();
  }

  @Test
  void impassesAndDeadlines_conformToTheSchema() throws Exception {
    assertThat(errors(List.of(HARBOUR), settings("saop", "hardliner", 2))).isEmpty();
    assertThat(errors(List.of(HARBOUR), settings("saop", "scenario", 2))).isEmpty();
  }

  @Test
  void geniusDomainWithAnEmptyZone_conformsToTheSchema() throws Exception {
    assertThat(errors(AnacInputs.of("anac2013-Lunch"), settings("saop", "conceder", 3))).isEmpty();
  }

  @Test
  void schema_rejectsOutputMissingTheSummary() throws Exception {
    SimulateScenario.Result result =
        SimulateScenario.run(List.of(HARBOUR), settings("saop", "linear", 1));
    var tree = SimulationJson.tree(result.report(), "test");
    tree.remove("summary");
    assertThat(schema().validate(tree)).isNotEmpty();
  }
}
