package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Scenario;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads each file in {@code src/test/resources/diagnostics/} and checks that the diagnostics are
 * exactly those its {@code # expect: code, code} comments announce, on those lines. Each file is
 * named after a code it must trigger.
 */
class DiagnosticExpectationsTest {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+)$");

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path dir = Path.of(DiagnosticExpectationsTest.class.getResource("/diagnostics").toURI());
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void badScenario_reportsExactlyTheExpectedDiagnostics(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i).strip());
      if (m.find()) {
        for (String code : m.group(1).split(",")) {
          expected.add((i + 1) + ": " + code.strip());
        }
      }
    }
    LoadResult<Scenario> result = ScenarioReader.read(file);
    List<String> actual = new ArrayList<>();
    for (LocatedDiagnostic d : result.diagnostics()) {
      actual.add(d.position().line() + ": " + d.code());
    }
    String printed = DiagnosticPrinter.format(result.diagnostics());
    assertThat(actual).as(printed).containsExactlyInAnyOrderElementsOf(expected);
    String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
    assertThat(actual)
        .as("the file is named after a code it triggers")
        .anyMatch(a -> a.endsWith(" " + name));
    assertThat(result.hasErrors())
        .isEqualTo(result.diagnostics().stream().anyMatch(LocatedDiagnostic::isError));
  }
}
