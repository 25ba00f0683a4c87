package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ScenarioWriter#toYaml(Scenario, String, Map)}: comments by model path, same scenario. */
class CommentedYamlTest {
  private static Scenario harbour() throws IOException {
    try (InputStream in = CommentedYamlTest.class.getResourceAsStream("/scenarios/harbour.yaml")) {
      return ScenarioReader.read("harbour.yaml", in.readAllBytes()).orElseThrow();
    }
  }

  @Test
  void commentsStandBeforeTheirValues_andTheScenarioReadsBackEqual() throws IOException {
    Scenario s = harbour();
    Map<String, String> comments = new LinkedHashMap<>();
    comments.put("sources", "the documents");
    comments.put("actors/port", "rank 2");
    comments.put("issues/automation", "suggested by ev-1, ev-2");
    comments.put("profiles/union/reservation", "ASSUMPTION. To settle: the strike fund's size");
    comments.put(
        "profiles/port/stances/wage/salience", "ASSUMPTION. To settle: the board's minutes");
    comments.put("profiles/union/red_lines/0", "check the statement");
    comments.put("profiles/union", "the first key of a list item: before its dash");
    String yaml = ScenarioWriter.toYaml(s, "A header\nover two lines", comments);

    assertThat(yaml).startsWith("# A header\n# over two lines\nparley: 2\n");
    assertThat(yaml).contains("# the documents\nsources:\n");
    assertThat(yaml).contains("  # rank 2\n  - id: port\n");
    assertThat(yaml).contains("  # suggested by ev-1, ev-2\n  - id: automation\n");
    assertThat(yaml)
        .contains("    # ASSUMPTION. To settle: the strike fund's size\n    reservation:");
    assertThat(yaml)
        .contains("        # ASSUMPTION. To settle: the board's minutes\n        salience:");
    assertThat(yaml).contains("      # check the statement\n      - issue: automation");
    assertThat(yaml)
        .contains("  # the first key of a list item: before its dash\n  - actor: union");
    assertThat(ScenarioReader.read("again.yaml", yaml).orElseThrow()).isEqualTo(s);
    // without comments, the writer writes what it always wrote
    assertThat(ScenarioWriter.toYaml(s, "", Map.of())).isEqualTo(ScenarioWriter.toYaml(s));
  }

  @Test
  void aLongCommentIsWrappedAtSpaces() throws IOException {
    String word = "evidence ";
    String yaml = ScenarioWriter.toYaml(harbour(), word.repeat(30).strip(), Map.of());
    assertThat(yaml.lines().takeWhile(l -> l.startsWith("#")).toList())
        .hasSizeGreaterThan(2)
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(96));
  }

  @Test
  void aPathToNoValue_isRefused() throws IOException {
    Scenario s = harbour();
    assertThatThrownBy(() -> ScenarioWriter.toYaml(s, "", Map.of("actors/nobody", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actors/nobody");
    assertThatThrownBy(() -> ScenarioWriter.toYaml(s, "", Map.of("profiles/union/luck", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
