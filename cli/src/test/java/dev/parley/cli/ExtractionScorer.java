package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the shared extraction scorer ({@code ../shared/tools/score-extraction}) on a gold export and
 * asserts its floors, as the accuracy tests of {@code parley extract} do.
 */
final class ExtractionScorer {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ExtractionScorer() {}

  /**
   * Scores {@code export} against the gold folder and asserts every floor ({@code
   * measure.field=min}, as the scorer's {@code --min} takes them); returns the scores and prints
   * them under {@code label}.
   */
  static JsonNode scoreAndAssert(Path gold, Path export, String label, String... floors)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "python3",
                SharedData.resolve("tools/score-extraction").toString(),
                gold.toString(),
                export.toString(),
                "--json",
                "--min"));
    command.addAll(List.of(floors));
    Process p = new ProcessBuilder(command).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    JsonNode scores = JSON.readTree(stdout.substring(0, stdout.lastIndexOf('}') + 1));
    System.err.println(label + ": " + scores);
    for (String floor : floors) {
      String[] kv = floor.split("=", -1);
      String[] path = kv[0].split("\\.", -1);
      assertThat(scores.get(path[0]).get(path[1]).asDouble())
          .as(kv[0] + " (" + stdout + stderr + ")")
          .isGreaterThanOrEqualTo(Double.parseDouble(kv[1]));
    }
    assertThat(p.exitValue()).as(stdout + stderr).isZero();
    return scores;
  }
}
