package dev.parley.cli.issues;

import static dev.parley.cli.ParleyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: a deadlock could not be said. Red lines that together leave an issue no option were an
 * input error ({@code red-lines-conflict}, exit 2), so an analyst had to soften them into
 * preferences. The deadlock is the answer: validate warns, analyze reports it with the issues that
 * cause it, the smallest relaxations that would open it and the best partial deal.
 */
class Issue8DeadlockTest {
  private static final Path BORDER =
      ProjectFiles.resolve("io/src/test/resources/scenarios/border-deadlock.yaml");

  @Test
  void validate_warnsOfTheDeadlock_andAcceptsTheScenario() {
    ParleyCommandTest.Run r = run("validate", BORDER.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).contains("warning: [red-lines-conflict]").contains("'border'");
  }

  @Test
  void analyze_saysTheTalksAreDeadlocked_andWhatWouldOpenThem() {
    ParleyCommandTest.Run table = run("analyze", BORDER.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("DEADLOCK")
        .contains("north accepts shared on border")
        .contains("Best partial deal")
        .contains("leaves open: border");

    ParleyCommandTest.Run json = run("analyze", BORDER.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(json.out());
    assertThat(root.get("deadlock").asBoolean()).isTrue();
    assertThat(root.get("deadlock_cause").asString()).isEqualTo("red-lines");
    assertThat(root.get("conflicts").get(0).get("issue").asString()).isEqualTo("border");
    List<String> relaxations = new ArrayList<>();
    for (JsonNode r : root.get("relaxations")) {
      relaxations.add(
          r.get("actor").asString()
              + " "
              + r.get("issue").asString()
              + " "
              + r.get("option").asString());
    }
    assertThat(relaxations)
        .contains("north border shared", "south border north-takes", "north border south-keeps");
    JsonNode partial = root.get("partial_deal");
    assertThat(partial.get("outcome").get(0).isNull()).isTrue();
    assertThat(partial.get("outcome").get(1).asString()).isEqualTo("all-for-all");
    assertThat(partial.get("outcome").get(2).isNull()).as("trade cannot be deferred").isFalse();
    assertThat(root.get("veto_players").get(0).asString()).isEqualTo("south");
  }
}
