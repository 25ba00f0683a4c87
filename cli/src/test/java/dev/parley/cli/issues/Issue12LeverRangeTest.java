package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: levers and drifts were never range-checked. {@code add: -100} to a capability, {@code
 * multiply: 1e308}, {@code multiply: 0} to a patience and {@code multiply: -1} to a walk-away value
 * all validated, then gave NaN, "+Infinity" in the table (null in JSON) or an internal error. Each
 * is now an input error at the line of the lever's or drift's amount, in {@code validate} and in
 * every command that pulls levers or runs drifts.
 */
class Issue12LeverRangeTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  /** The port's reservation effect of the subsidy lever, replaced by each case's effect. */
  private static final String PORT_EFFECT =
      "      - {actor: port, parameter: reservation, add: -0.05}";

  /** The union's patience effect of the strike-fund lever. */
  private static final String UNION_EFFECT =
      "      - {actor: union, parameter: patience, multiply: 1.05}";

  /** The union's red line, after which a drift list is added. */
  private static final String UNION_END = "        cite: [gazette-0212]\n  - actor: port";

  @TempDir Path dir;

  private Path write(String anchor, String replacement) throws Exception {
    String text = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    assertThat(text).contains(anchor);
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, text.replace(anchor, replacement), StandardCharsets.UTF_8);
    return file;
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "port   | capability  | add: -100     | add",
        "port   | capability  | multiply: 1e308 | multiply",
        "union  | patience    | multiply: 0   | multiply",
        "port   | reservation | multiply: -1  | multiply"
      })
  void leverOutOfRange_isAnInputErrorAtTheLeversLine(
      String actor, String parameter, String change, String key) throws Exception {
    String effect = "      - {actor: " + actor + ", parameter: " + parameter + ", " + change + "}";
    Path bad = actor.equals("union") ? write(UNION_EFFECT, effect) : write(PORT_EFFECT, effect);
    int line = lineOf(bad, effect.strip());
    for (List<String> command :
        List.of(
            List.of("validate"),
            List.of("analyze"),
            List.of("simulate"),
            List.of("uncertainty", "--trials", "10"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  command.stream(), java.util.stream.Stream.of(bad.toString()))
              .toArray(String[]::new);
      ParleyCommandTest.Run r = ParleyCommandTest.run(args);
      assertThat(r.exit()).as("%s: %s", command, r.err()).isEqualTo(2);
      assertThat(r.err())
          .as("%s", command)
          .containsPattern("bad\\.yaml:" + line + ":\\d+: error: \\[lever-range\\]")
          .contains("hint:")
          .contains("see docs/errors/lever-range.md")
          .doesNotContain("internal error")
          .doesNotContain("Exception");
      assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "capability  | from_round: 2, add: -100",
        "capability  | from_round: 2, multiply: 1e308",
        "reservation | multiply: -1",
        "reservation | from_round: 3, set: 1.5"
      })
  void driftOutOfRange_isAnInputErrorAtTheDriftsLine(String parameter, String change)
      throws Exception {
    String drift = "      - {parameter: " + parameter + ", " + change + "}";
    Path bad =
        write(
            UNION_END, "        cite: [gazette-0212]\n    drift:\n" + drift + "\n  - actor: port");
    int line = lineOf(bad, drift.strip());
    for (List<String> command :
        List.of(
            List.of("validate"),
            List.of("simulate", "--no-levers"),
            List.of("forecast", "--trials", "10"),
            List.of("uncertainty", "--trials", "10"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  command.stream(), java.util.stream.Stream.of(bad.toString()))
              .toArray(String[]::new);
      ParleyCommandTest.Run r = ParleyCommandTest.run(args);
      assertThat(r.exit()).as("%s: %s", command, r.err()).isEqualTo(2);
      assertThat(r.err())
          .as("%s", command)
          .containsPattern("bad\\.yaml:" + line + ":\\d+: error: \\[drift-range\\]")
          .contains("at round")
          .contains("see docs/errors/drift-range.md")
          .doesNotContain("Exception");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"validate", "uncertainty"})
  void driftsThatStayInRange_andTrendsThatStopAtAnEnd_areAccepted(String command) throws Exception {
    Path ok =
        write(
            UNION_END,
            "        cite: [gazette-0212]\n    drift:\n"
                + "      - {parameter: reservation, per_round: 0.05}\n"
                + "      - {parameter: capability, from_round: 3, multiply: 0.8}\n"
                + "  - actor: port");
    ParleyCommandTest.Run r =
        command.equals("validate")
            ? ParleyCommandTest.run("validate", ok.toString())
            : ParleyCommandTest.run("uncertainty", ok.toString(), "--trials", "10");
    assertThat(r.exit()).as(r.err()).isZero();
  }
}
