package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.scenario.NumericIssues;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.io.scenario.ScenarioWriter;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports every scenario of the shared ANAC validation set and checks it against the independently
 * computed {@code reference.json}: issues and values, outcome counts, reservation values, and the
 * utilities of every listed Pareto outcome, Nash point and maximum-welfare point.
 */
class AnacImportTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** The reference rounds utilities to 1e-9, so a correct utility is within 5e-10 of it. */
  private static final double TOLERANCE = 1e-9;

  static Stream<String> scenarios() throws IOException {
    Path root = SharedData.resolve("data/anac");
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(d -> Files.exists(d.resolve("reference.json")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void validationSet_hasAll56Scenarios() throws IOException {
    assertThat(scenarios().count()).isEqualTo(56);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void anacScenario_importsAndMatchesReference(String name) throws IOException {
    Path dir = SharedData.resolve("data/anac/" + name);
    JsonNode ref = JSON.readTree(dir.resolve("reference.json").toFile());
    Scenario scenario = importScenario(dir, ref);

    // issues and their values
    JsonNode issues = ref.get("issues");
    assertThat(scenario.issues()).hasSize(issues.size());
    long outcomes = 1;
    for (int i = 0; i < issues.size(); i++) {
      JsonNode refIssue = issues.get(i);
      Issue issue = scenario.issues().get(i);
      assertThat(issue.id().value()).isEqualTo(refIssue.get("name").asString());
      assertThat(issue.options()).hasSize(refIssue.get("n_values").asInt());
      switch (refIssue.get("type").asString()) {
        case "discrete" -> {
          List<String> values = new ArrayList<>();
          refIssue.get("values").forEach(v -> values.add(v.asString()));
          assertThat(issue.options()).extracting(IssueOption::id).containsExactlyElementsOf(values);
          assertThat(issue.numeric()).isNull();
        }
        case "integer" -> {
          assertThat(issue.numeric()).isNotNull();
          assertThat(issue.numeric().valueAt(0)).isEqualTo(refIssue.get("lower").asDouble());
          int last = issue.options().size() - 1;
          assertThat(issue.numeric().valueAt(last)).isEqualTo(refIssue.get("upper").asDouble());
          for (int k = 0; k <= last; k++) {
            assertThat(issue.options().get(k).id())
                .isEqualTo(Long.toString(refIssue.get("lower").asLong() + k));
          }
        }
        case "real" -> {
          JsonNode values = refIssue.get("discretised_values");
          for (int k = 0; k < values.size(); k++) {
            assertThat(issue.numeric().valueAt(k)).isEqualTo(values.get(k).asDouble());
            assertThat(issue.options().get(k).id())
                .isEqualTo(NumericIssues.canonicalId(values.get(k).asDouble()));
          }
        }
        default -> throw new AssertionError("unexpected type " + refIssue.get("type"));
      }
      outcomes *= issue.options().size();
    }
    assertThat(outcomes).isEqualTo(ref.get("outcomes").asLong());

    // parties, reservations and discount factors
    JsonNode details = ref.get("party_details");
    assertThat(scenario.profiles()).hasSize(details.size());
    for (int j = 0; j < details.size(); j++) {
      ActorProfile p = scenario.profiles().get(j);
      assertThat(p.reservation().nominal())
          .isCloseTo(details.get(j).get("reservation_value").asDouble(), within());
      // GENIUS's factor discounts a whole session: the import's per-round factor, over the
      // session's rounds, gives it back
      double perSession =
          StrictMath.pow(p.patience().nominal(), dev.parley.io.genius.GeniusReader.SESSION_ROUNDS);
      double discount = details.get(j).get("discount_factor").asDouble();
      assertThat(perSession).isCloseTo(discount > 0 && discount < 1 ? discount : 1, within());
    }

    // utilities of the reference's outcomes
    int checked = 0;
    for (JsonNode entry : ref.get("pareto")) {
      for (JsonNode outcome : entry.get("outcomes")) {
        assertUtilities(scenario, outcome, entry.get("u"));
        checked++;
      }
    }
    for (String concept : List.of("nash", "max_welfare", "ks", "kalai")) {
      JsonNode point = ref.get(concept);
      if (point != null && !point.isNull() && !point.get("utilities").isNull()) {
        assertUtilities(scenario, point.get("outcome"), point.get("utilities"));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(0);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void anacScenario_roundTripsThroughYamlAndJson(String name) throws IOException {
    Path dir = SharedData.resolve("data/anac/" + name);
    Scenario scenario = importScenario(dir, JSON.readTree(dir.resolve("reference.json").toFile()));
    LoadResult<Scenario> yaml =
        ScenarioReader.read(name + ".yaml", ScenarioWriter.toYaml(scenario));
    assertThat(yaml.errors()).as(() -> DiagnosticPrinter.format(yaml.diagnostics())).isEmpty();
    assertThat(yaml.value()).isEqualTo(scenario);
    LoadResult<Scenario> json =
        ScenarioReader.read(name + ".json", ScenarioWriter.toJson(scenario));
    assertThat(json.errors()).as(() -> DiagnosticPrinter.format(json.diagnostics())).isEmpty();
    assertThat(json.value()).isEqualTo(scenario);
  }

  private static Scenario importScenario(Path dir, JsonNode ref) {
    Path domain = dir.resolve(ref.get("domain_file").asString());
    List<Path> parties = new ArrayList<>();
    ref.get("parties").forEach(p -> parties.add(dir.resolve(p.asString())));
    LoadResult<Scenario> result = ScenarioImport.read(domain, parties);
    assertThat(result.errors()).as(() -> DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    assertThat(result.diagnostics())
        .as(() -> DiagnosticPrinter.format(result.diagnostics()))
        .isEmpty();
    return result.value();
  }

  /** Checks each party's utility of the outcome, computed with the engine's semantics. */
  private static void assertUtilities(Scenario scenario, JsonNode outcome, JsonNode expected) {
    for (int j = 0; j < scenario.profiles().size(); j++) {
      double u = utility(scenario, scenario.profiles().get(j), outcome);
      assertThat(u)
          .as("party %d at %s", j, outcome)
          .isCloseTo(expected.get(j).asDouble(), within());
    }
  }

  /**
   * The engine's utility: per issue in scenario order, c = w · v with v the stance's explicit
   * utility and w the salience (normalised if the model says so), accumulated left to right, then
   * capped.
   */
  static double utility(Scenario scenario, ActorProfile profile, JsonNode outcome) {
    double sumSalience = 0;
    for (IssueStance s : profile.stances().values()) {
      sumSalience += s.salience().nominal();
    }
    double u = 0;
    for (Issue issue : scenario.issues()) {
      IssueStance s = profile.stances().get(issue.id());
      if (s == null) {
        continue;
      }
      String option = optionOf(issue, outcome.get(issue.id().value()));
      double w = s.salience().nominal();
      if (scenario.utility().normalizeSaliences()) {
        w = w / sumSalience;
      }
      u = u + w * s.utilities().get(option).nominal();
    }
    return Math.min(scenario.utility().cap(), u);
  }

  private static String optionOf(Issue issue, JsonNode value) {
    if (!value.isNumber()) {
      return value.asString();
    }
    for (int k = 0; k < issue.options().size(); k++) {
      if (Math.abs(issue.numeric().valueAt(k) - value.asDouble()) < 1e-12) {
        return issue.options().get(k).id();
      }
    }
    throw new AssertionError("no option of " + issue.id() + " has the value " + value);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(TOLERANCE);
  }
}
