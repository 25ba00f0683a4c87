package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12: {@code uncertainty} ran its default 10,000 trials (8-14 hours on a large scenario)
 * although nothing in the scenario was uncertain. With no distribution in the scenario or in any
 * lever's, and no analysis that draws from its seed, it runs one trial and says so.
 */
class Issue12NothingUncertainTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  @TempDir Path dir;

  /** The harbour scenario with every range and distribution replaced by its nominal value. */
  private Path certain() throws Exception {
    String text = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    String[][] points = {
      {"capability: {range: [0.4, 0.6], note:", "capability: {value: 0.5, note:"},
      {"      value: 0.35\n      range: [0.25, 0.45]\n", "      value: 0.35\n"},
      {
        "patience: {triangular: [0.85, 0.9, 0.95], per: round}",
        "patience: {value: 0.9, per: round}"
      },
      {
        "reservation: {normal: {mean: 0.4, sd: 0.05, min: 0.2, max: 0.6}, cite:",
        "reservation: {value: 0.4, cite:"
      }
    };
    for (String[] p : points) {
      assertThat(text).contains(p[0]);
      text = text.replace(p[0], p[1]);
    }
    Path file = dir.resolve("certain.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void nothingUncertain_runsOneTrial_andSaysSoInTheTable() throws Exception {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run("uncertainty", certain().toString(), "--trials", "5000");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("nothing in the scenario is uncertain: 1 trial instead of 5,000")
        .doesNotContain("5,000 trials per variant")
        .doesNotContain("NaN")
        .doesNotContain("Infinity");
  }

  @Test
  void nothingUncertain_runsOneTrial_andSaysSoInTheJson() throws Exception {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "uncertainty", certain().toString(), "--trials", "5000", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("trials").asInt()).isEqualTo(1);
    assertThat(json.get("trials_requested").asInt()).isEqualTo(5000);
    assertThat(json.get("note").asString())
        .isEqualTo(
            "nothing in the scenario is uncertain: 1 trial instead of 5000 (every trial would"
                + " give the same numbers)");
    assertThat(json.get("uncertain_parameters").asInt()).isZero();
  }

  @Test
  void oneTrial_givesWhatEveryTrialWould() throws Exception {
    // the numbers of the single trial are those of any trial: two seeds agree
    String one =
        ParleyCommandTest.run(
                "uncertainty", certain().toString(), "--seed", "1", "--format", "json")
            .out();
    String other =
        ParleyCommandTest.run(
                "uncertainty", certain().toString(), "--seed", "99", "--format", "json")
            .out();
    JsonMapper mapper = JsonMapper.builder().build();
    assertThat(mapper.readTree(one).get("forecasts"))
        .isEqualTo(mapper.readTree(other).get("forecasts"));
  }

  @Test
  void anUncertainScenario_orASimulation_runsEveryTrial() throws Exception {
    ParleyCommandTest.Run uncertain =
        ParleyCommandTest.run("uncertainty", HARBOUR.toString(), "--trials", "300");
    assertThat(uncertain.out())
        .contains("300 trials per variant")
        .doesNotContain("nothing in the scenario is uncertain");
    // the simulated bargaining draws who moves first from each trial's seed
    ParleyCommandTest.Run simulated =
        ParleyCommandTest.run(
            "uncertainty", certain().toString(), "--trials", "30", "--simulate", "--no-levers");
    assertThat(simulated.exit()).as(simulated.err()).isZero();
    assertThat(simulated.out())
        .contains("30 trials per variant")
        .doesNotContain("nothing in the scenario is uncertain");
  }
}
