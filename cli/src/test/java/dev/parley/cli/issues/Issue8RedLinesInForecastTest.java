package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: forecasts named options that the scenario's own red lines forbid, and said nothing
 * (compromise forecast european-force on guarantees, which Russia rejects). Every model's forecast
 * must now honour the red lines or say where it does not: next to the raw position, the nearest
 * option no red line forbids, and a flag naming whose red line the raw forecast breaks.
 */
class Issue8RedLinesInForecastTest {
  private static final Path UKRAINE = ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml");

  private static String run(String... args) {
    ParleyCommandTest.Run r = ParleyCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  private static boolean forbids(Scenario s, String actor, String issue, String option) {
    for (ActorProfile p : s.profiles()) {
      if (p.actor().value().equals(actor)) {
        for (RedLine r : p.redLines()) {
          if (r.issue().value().equals(issue) && r.forbidden().contains(option)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void everyModelsOption_isOneNoRedLineForbids_andABrokenRedLineIsNamed() {
    Scenario scenario = Objects.requireNonNull(ScenarioReader.read(UKRAINE).value());
    JsonNode root =
        JsonMapper.builder()
            .build()
            .readTree(run("forecast", UKRAINE.toString(), "--trials", "0", "--format", "json"));
    int flagged = 0;
    List<String> actors = scenario.profiles().stream().map(p -> p.actor().value()).toList();
    for (JsonNode model : root.get("models")) {
      String name = model.get("model").asString();
      for (JsonNode placed : model.get("issues")) {
        String issue = placed.get("issue").asString();
        String option = placed.get("option").asString();
        for (String actor : actors) {
          assertThat(forbids(scenario, actor, issue, option))
              .as("%s on %s: %s is forbidden by %s", name, issue, option, actor)
              .isFalse();
        }
        String nearest = placed.get("nearest").asString();
        List<String> by = new ArrayList<>();
        placed.get("forbidden_by").forEach(a -> by.add(a.asString()));
        List<String> expected =
            actors.stream().filter(a -> forbids(scenario, a, issue, nearest)).toList();
        assertThat(by).as("%s on %s", name, issue).isEqualTo(expected);
        assertThat(placed.get("feasible").asBoolean()).isEqualTo(expected.isEmpty());
        if (!expected.isEmpty()) {
          flagged++;
          assertThat(option).isNotEqualTo(nearest);
        }
      }
    }
    // the compromise lands nearest the European-led force, which Russia's red line rejects
    JsonNode compromise = root.get("models").get(1);
    assertThat(compromise.get("model").asString()).isEqualTo("compromise");
    JsonNode guarantees = null;
    for (JsonNode placed : compromise.get("issues")) {
      if (placed.get("issue").asString().equals("guarantees")) {
        guarantees = placed;
      }
    }
    assertThat(guarantees).isNotNull();
    assertThat(guarantees.get("nearest").asString()).isEqualTo("european-force");
    assertThat(guarantees.get("feasible").asBoolean()).isFalse();
    assertThat(guarantees.get("forbidden_by").get(0).asString()).isEqualTo("russia");
    assertThat(guarantees.get("option").asString()).isEqualTo("dmz-peacekeepers");
    assertThat(flagged).isGreaterThan(0);
    assertThat(root.get("deadlock").isBoolean()).isTrue();
  }

  @Test
  void theTable_showsTheAllowedOption_andSaysWhoseRedLineTheRawForecastBreaks() {
    String table = run("forecast", UKRAINE.toString(), "--trials", "0");
    assertThat(table)
        .contains("RED LINES")
        .contains("guarantees: european-force is rejected by russia")
        .contains("dmz-peacekeepers*");
  }
}
