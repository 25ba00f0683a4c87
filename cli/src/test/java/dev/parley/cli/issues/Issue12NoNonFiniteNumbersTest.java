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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, the guard: a lever that validation accepts, taken to the ends of its ranges, never
 * makes a table print "NaN" or "Infinity", nor a JSON report hold a non-number, in any command that
 * pulls levers. Before the range checks, such levers printed "+Infinity" in the uncertainty table.
 */
class Issue12NoNonFiniteNumbersTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  /** Levers at the edges of what validation accepts, in place of the subsidy lever's effects. */
  private static final String EXTREMES =
      """
            - {actor: port, parameter: capability, set: 100000000}
            - {actor: union, parameter: capability, set: 0}
            - {actor: union, parameter: reservation, set: 1}
            - {actor: port, parameter: reservation, set: 0}
            - {actor: union, parameter: patience, multiply: 0.0001}
            - {actor: port, parameter: salience, issue: wage, set: 0}
            - {actor: port, parameter: salience, issue: shifts, set: 0}
      """;

  @TempDir Path dir;

  private Path extremes() throws Exception {
    String text = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    String subsidy =
        "      - {actor: union, parameter: utility, issue: automation, option: phased, set: 0.7}\n"
            + "      - {actor: port, parameter: reservation, add: -0.05}\n";
    assertThat(text).contains(subsidy);
    Path file = dir.resolve("extremes.yaml");
    Files.writeString(file, text.replace(subsidy, EXTREMES), StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{actor: port, parameter: capability, add: -100}",
        "{actor: port, parameter: capability, multiply: 1e308}",
        "{actor: union, parameter: patience, multiply: 0}",
        "{actor: port, parameter: reservation, multiply: -1}"
      })
  void theIssuesLevers_neverReachATable(String effect) throws Exception {
    String text = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    String anchor = "      - {actor: port, parameter: reservation, add: -0.05}";
    assertThat(text).contains(anchor);
    Path file = dir.resolve("lever.yaml");
    Files.writeString(file, text.replace(anchor, "      - " + effect), StandardCharsets.UTF_8);
    ParleyCommandTest.Run r =
        ParleyCommandTest.run("uncertainty", file.toString(), "--trials", "20");
    assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json"})
  void leversAtTheEndsOfTheirRanges_printOnlyFiniteNumbers(String format) throws Exception {
    Path file = extremes();
    assertThat(ParleyCommandTest.run("validate", file.toString()).exit()).isZero();
    for (List<String> command :
        List.of(
            List.of("analyze"),
            List.of("forecast", "--trials", "20"),
            List.of("simulate", "--runs", "4"),
            List.of("uncertainty", "--trials", "20", "--simulate", "--sensitivity", "tornado"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  command.stream(), java.util.stream.Stream.of(file.toString(), "--format", format))
              .toArray(String[]::new);
      ParleyCommandTest.Run r = ParleyCommandTest.run(args);
      assertThat(r.exit()).as("%s: %s", command, r.err()).isZero();
      assertThat(r.out())
          .as("%s --format %s", command, format)
          .isNotBlank()
          .doesNotContain("NaN")
          .doesNotContain("Infinity");
    }
  }
}
