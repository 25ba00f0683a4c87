package dev.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.random.Seed;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The KTAB-compatible SMP reproduces every deterministic KTAB reference run in the shared data: the
 * regenerated histories of 2026 and the 2017 reference logs, line for line (positions with one
 * decimal, probabilities with four, the stopping rule's ratios with four) and in the same number of
 * states.
 */
class KtabReferenceTest {
  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("data/ktab/regen-2026/SOE-Policy.history.txt", "data/ktab/SOE-Policy.csv"),
        Arguments.of(
            "data/ktab/regen-2026/SOE-Competitive.history.txt", "data/ktab/SOE-Competitive.csv"),
        Arguments.of("data/ktab/regen-2026/SOE-Pol-Comp.history.txt", "data/ktab/SOE-Pol-Comp.csv"),
        Arguments.of(
            "data/ktab/regen-2026/dummyData_3Dim.history.txt", "data/ktab/dummyData_3Dim.csv"),
        Arguments.of(
            "data/ktab/regen-2026/dummyData_6Dim.history.txt", "data/ktab/dummyData_6Dim.csv"),
        Arguments.of(
            "data/ktab/regen-2026/dummyData-a040.history.txt", "data/ktab/dummyData-a040.csv"),
        Arguments.of(
            "data/ktab/regen-2026/dummyData-a080.history.txt", "data/ktab/dummyData-a080.csv"),
        Arguments.of(
            "data/ktab/regen-2026/eu10.history.txt",
            "data/bdm/bdm1994_emission_standards.ktab.csv"),
        Arguments.of(
            "data/ktab/20170530_ref-SOE-Pol-Comp.extract.txt", "data/ktab/SOE-Pol-Comp.csv"),
        Arguments.of("data/ktab/20170530_ref-dummyData_3Dim.txt", "data/ktab/dummyData_3Dim.csv"),
        Arguments.of("data/ktab/20170530_ref-dummyData_3Dim.txt", "data/ktab/dummyData_3Dim.xml"));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("references")
  void ktabVariant_reproducesReferenceHistory(String reference, String input) throws IOException {
    KtabLog log = KtabLog.parse(SharedData.resolve(reference));
    KtabScenario scenario = KtabReader.read(SharedData.resolve(input)).orElseThrow();
    SmpParameters parameters =
        scenario.parameters() == null ? SmpParameters.ktabDefaults() : scenario.parameters();
    SmpRun run =
        SpatialModelOfPolitics.ktab()
            .withParameters(parameters)
            .run(scenario.problem(), scenario.accommodationMatrix(), Seed.of(0));

    int n = scenario.problem().actorCount();
    int d = scenario.problem().dimensionCount();
    assertThat(log.positions()).as("reference position lines").hasSize(1 + n * d);
    assertThat(log.probabilities()).as("reference probability lines").hasSize(1 + n);
    assertThat(log.movement()).as("reference stopping-rule lines").hasSize(log.states() - 1);
    assertThat(run.stateCount()).as("states").isEqualTo(log.states());
    assertThat(lines(KtabHistory.positions(scenario.actorNames(), scenario.dimensionNames(), run)))
        .containsExactlyElementsOf(log.positions());
    assertThat(lines(KtabHistory.probabilities(scenario.actorNames(), run)))
        .containsExactlyElementsOf(log.probabilities());
    assertThat(lines(KtabHistory.movement(run))).containsExactlyElementsOf(log.movement());
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("references")
  void correctedVariant_givesTheSameHistory_onDeterministicReferences(
      String reference, String input) throws IOException {
    KtabLog log = KtabLog.parse(SharedData.resolve(reference));
    KtabScenario scenario = KtabReader.read(SharedData.resolve(input)).orElseThrow();
    SmpRun run = SpatialModelOfPolitics.corrected().run(scenario.problem(), null, Seed.of(0));
    assertThat(run.stateCount()).isEqualTo(log.states());
    assertThat(lines(KtabHistory.positions(scenario.actorNames(), scenario.dimensionNames(), run)))
        .containsExactlyElementsOf(log.positions());
  }

  static List<String> lines(String block) {
    List<String> out = new ArrayList<>();
    for (String line : block.split("\n")) {
      out.add(line.stripTrailing());
    }
    return out;
  }

  /** The parts of a KTAB log that a run must reproduce. */
  record KtabLog(
      int states, List<String> positions, List<String> probabilities, List<String> movement) {
    static KtabLog parse(Path file) throws IOException {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      int states = -1;
      List<String> positions = new ArrayList<>();
      List<String> probabilities = new ArrayList<>();
      List<String> movement = new ArrayList<>();
      List<String> current = null;
      for (String raw : all) {
        String line = raw.stripTrailing();
        if (line.startsWith("Fractional change compared to first step:")) {
          movement.add(line);
        } else if (line.startsWith("There were ")) {
          states = Integer.parseInt(line.split(" ")[2]);
        } else if (line.equals("History of actor positions over time:")) {
          current = positions;
          current.add(line);
        } else if (line.equals("History of actors' winning probabilities:")) {
          current = probabilities;
          current.add(line);
        } else if (current == positions && line.contains(":")) {
          positions.add(line);
        } else if (current == probabilities && line.contains(", prob :")) {
          probabilities.add(line);
        } else {
          current = null;
        }
      }
      return new KtabLog(states, positions, probabilities, movement);
    }
  }
}
