package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.io.result.BargainingJson;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every ANAC scenario of the shared validation set imports and reproduces its independently
 * computed reference (shared/data/anac/README.md) through the JSON that {@code parley analyze
 * --format json} prints: outcome count, rational share, frontier size and points, and the Nash,
 * Kalai–Smorodinsky (both variants), egalitarian and maximum-welfare packages, to 1e-9.
 */
class AnacReferenceTest {
  private static final double TOLERANCE = 2e-9;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static Stream<String> scenarios() throws IOException {
    Path anac = SharedData.resolve("data/anac");
    try (Stream<Path> dirs = Files.list(anac)) {
      return dirs
          .filter(d -> Files.exists(d.resolve("reference.json")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void analysis_reproducesTheReference(String name) throws IOException {
    JsonNode reference = AnacInputs.reference(name);
    List<Path> inputs = AnacInputs.of(name);
    AnalyzeScenario.Result result = new AnalyzeScenario().run(inputs);
    assertThat(result.report()).as("import diagnostics: %s", result.diagnostics()).isNotNull();
    ScenarioBargaining.Report report = result.report();
    JsonNode ours =
        JSON.readTree(
            BargainingJson.write(report, inputs.stream().map(Path::toString).toList(), "test"));

    assertThat(ours.get("outcomes").asLong()).isEqualTo(reference.get("outcomes").asLong());
    assertThat(ours.get("rational_exact").asBoolean()).isTrue();
    assertThat(ours.get("rational_count").asLong())
        .isEqualTo(reference.get("rational_count").asLong());
    assertThat(ours.get("rational_count_strict").asLong())
        .isEqualTo(reference.get("rational_count_strict").asLong());
    assertThat(ours.get("rational_fraction").asDouble())
        .isCloseTo(reference.get("rational_fraction").asDouble(), within(1e-12));
    assertThat(ours.get("n_pareto_vectors").asInt())
        .isEqualTo(reference.get("n_pareto_vectors").asInt());
    assertThat(ours.get("n_pareto_rational_vectors").asInt())
        .isEqualTo(reference.get("n_pareto_rational_vectors").asInt());
    boolean countsExact = ours.get("pareto_counts_exact").asBoolean();
    if (countsExact) {
      assertThat(ours.get("n_pareto_outcomes").asLong())
          .isEqualTo(reference.get("n_pareto_outcomes").asLong());
    }
    JsonNode pareto = ours.get("pareto");
    JsonNode expectedPareto = reference.get("pareto");
    for (int i = 0; i < expectedPareto.size(); i++) {
      assertVector(pareto.get(i).get("u"), expectedPareto.get(i).get("u"), "pareto[" + i + "]");
      if (countsExact) {
        assertThat(pareto.get(i).get("n_outcomes").asLong())
            .as("pareto[%d].n_outcomes", i)
            .isEqualTo(expectedPareto.get(i).get("n_outcomes").asLong());
        assertOutcome(
            pareto.get(i).get("outcomes").get(0),
            expectedPareto.get(i).get("outcomes").get(0),
            "pareto[" + i + "].outcomes[0]");
      }
    }
    if (reference.has("ideal_point_rational") && !reference.get("ideal_point_rational").isNull()) {
      assertVector(
          ours.get("ideal_point_rational"), reference.get("ideal_point_rational"), "ideal");
    }
    for (String concept : List.of("nash", "ks", "ks_gap", "kalai", "kalai_gap", "max_welfare")) {
      JsonNode expected = reference.get(concept);
      JsonNode actual = ours.get(concept);
      if (expected == null || expected.isNull() || expected.get("utilities").isNull()) {
        assertThat(actual == null || actual.isNull())
            .as("%s: expected none, found %s", concept, actual)
            .isTrue();
        continue;
      }
      assertThat(actual).as(concept).isNotNull();
      // the reference breaks exact ties towards the greatest vector with the parties in file
      // order; Parley takes them in the order of their names, so that the file's order does not
      // matter (ADR 0009): among tied vectors either may be chosen, and the count of ties agrees
      boolean same = sameVector(actual.get("utilities"), expected.get("utilities"));
      if (same) {
        assertOutcome(actual.get("outcome"), expected.get("outcome"), concept + ".outcome");
      } else {
        assertThat(expected.get("ties"))
            .as("%s: %s is neither the reference's vector nor one of its ties", concept, actual)
            .anyMatch(tie -> sameVector(actual.get("utilities"), tie));
      }
      assertThat(actual.get("n_ties").asInt())
          .as(concept + " ties")
          .isEqualTo(expected.get("ties").size());
      if (countsExact && same) {
        assertThat(actual.get("n_outcomes_with_these_utilities").asLong())
            .as(concept + " outcomes")
            .isEqualTo(expected.get("n_outcomes_with_these_utilities").asLong());
      }
    }
  }

  private static boolean sameVector(JsonNode actual, JsonNode expected) {
    if (actual.size() != expected.size()) {
      return false;
    }
    for (int j = 0; j < expected.size(); j++) {
      if (Math.abs(actual.get(j).asDouble() - expected.get(j).asDouble()) > TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  private static void assertVector(JsonNode actual, JsonNode expected, String what) {
    assertThat(actual.size()).as(what).isEqualTo(expected.size());
    for (int j = 0; j < expected.size(); j++) {
      assertThat(actual.get(j).asDouble())
          .as("%s[%d]", what, j)
          .isCloseTo(expected.get(j).asDouble(), within(TOLERANCE));
    }
  }

  private static void assertOutcome(JsonNode actual, JsonNode expected, String what) {
    assertThat(actual.size()).as(what).isEqualTo(expected.size());
    for (var entry : expected.properties()) {
      JsonNode a = actual.get(entry.getKey());
      JsonNode e = entry.getValue();
      assertThat(a).as("%s.%s", what, entry.getKey()).isNotNull();
      if (e.isNumber()) {
        assertThat(a.asDouble()).as("%s.%s", what, entry.getKey()).isEqualTo(e.asDouble());
      } else {
        assertThat(a.asString()).as("%s.%s", what, entry.getKey()).isEqualTo(e.asString());
      }
    }
  }
}
