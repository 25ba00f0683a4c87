package dev.parley.cli;

import static dev.parley.cli.ParleyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.BitDigest;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UncertaintyCommandTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  /** The Ukraine example's softened reading: no deadlock, so a zone of agreement to estimate. */
  private static final Path UKRAINE =
      ProjectFiles.resolve("examples/ukraine-2025/scenario-softened.yaml");

  /**
   * The SHA-256 of {@code parley uncertainty} on the Ukraine example through eum-scholz and smp
   * (300 trials, seed 7, 2 threads, JSON), with the input path and the version replaced by
   * placeholders and without the time analysis ({@code time}, which reads the scenario's drifts,
   * not the models). Taken before these models were optimised for Monte Carlo (as the digest of the
   * whole output), and re-taken without {@code time} when the example gained drifts: the same on
   * the example with and without them. Re-taken when the probabilities were named ({@code
   * p_zone_exists}, {@code p_agreement_within}, {@code horizon_days}) and trials began to draw by
   * actor id (ADR 0003).
   */
  private static final String UKRAINE_JSON_SHA256 =
      "0c98d2b6d56f8a5e3453cfb7d48ac62ff84c85228fd2cbe48ac37dda7c98e882";

  @Test
  void help_namesEveryOption() {
    ParleyCommandTest.Run r = run("uncertainty", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: parley uncertainty")
        .contains("--trials")
        .contains("--seed")
        .contains("--threads")
        .contains("--sensitivity")
        .contains("--format")
        .contains("--models")
        .contains("--horizon-days")
        .doesNotContain("--round-days");
    assertThat(run("--help").out()).contains("uncertainty");
  }

  @Test
  void table_showsDistributionsDealLeversSensitivityAndTime() {
    ParleyCommandTest.Run r =
        run("uncertainty", HARBOUR.toString(), "--trials", "500", "--sensitivity", "tornado");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Monte Carlo: 500 trials per variant, seed 1")
        .contains("FORECASTS")
        .contains("  compromise")
        .contains("PROBABILITIES (each names its event and horizon)")
        .contains("P(a zone of agreement exists at 2026-03-01) = 100.00%")
        .contains("(p_zone_exists: 500 of 500 trials")
        .contains("P(agreement within 365 days of 2026-03-01): not estimated")
        .contains("Nash package, most frequent first")
        .contains("LEVERS")
        .contains("subsidy")
        .contains("strike-fund")
        .contains("SENSITIVITY: TORNADO")
        .contains("profiles/union/capability")
        .contains("WHO CONCEDES FIRST")
        .contains("2026-06-30 (4)");
    assertThat(r.out()).doesNotContain("P(deal)");
  }

  @Test
  void sobol_listsIndicesWithIntervals() {
    ParleyCommandTest.Run r =
        run("uncertainty", HARBOUR.toString(), "--trials", "600", "--sensitivity", "sobol");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("SENSITIVITY: SOBOL INDICES (100 base samples").contains(" ST ");
  }

  @Test
  void json_isTheSameForOneAndThreeThreadsAndRecordsItsSeed() throws Exception {
    ParleyCommandTest.Run one =
        run(
            "uncertainty",
            HARBOUR.toString(),
            "--trials",
            "300",
            "--seed",
            "77",
            "--threads",
            "1",
            "--format",
            "json");
    ParleyCommandTest.Run three =
        run(
            "uncertainty",
            HARBOUR.toString(),
            "--trials",
            "300",
            "--seed",
            "77",
            "--threads",
            "3",
            "--format",
            "json");
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(three.out()).isEqualTo(one.out());
    JsonNode json = JsonMapper.builder().build().readTree(one.out());
    assertThat(json.get("seed").asLong()).isEqualTo(77);
    assertThat(json.get("trials").asInt()).isEqualTo(300);
    assertThat(json.get("p_zone_exists").asDouble()).isEqualTo(1.0);
    assertThat(json.get("horizon_days").asDouble()).isEqualTo(365);
    assertThat(json.get("p_agreement_within").isNull()).isTrue();
    assertThat(json.get("forecasts").get(0).get("model").asString()).isEqualTo("compromise");
  }

  @Test
  @Tag("pinned")
  void json_ofTheUkraineExampleThroughEumAndSmp_matchesTheDigestPinnedBeforeOptimisation()
      throws Exception {
    ParleyCommandTest.Run r =
        run(
            "uncertainty",
            UKRAINE.toString(),
            "--trials",
            "300",
            "--seed",
            "7",
            "--models",
            "eum-scholz,smp",
            "--no-bargaining",
            "--no-levers",
            "--threads",
            "2",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    // the digest covers every number the models' trials produce (the forecasts), by its exact
    // bits, and nothing of the layout: fields added to the JSON beside them change nothing here
    JsonNode forecasts = JsonMapper.builder().build().readTree(r.out()).get("forecasts");
    assertThat(forecasts).hasSize(2);
    BitDigest digest = new BitDigest();
    addNumbers(digest, forecasts);
    String sha256 = digest.hex();
    assertThat(sha256).isEqualTo(UKRAINE_JSON_SHA256);
  }

  /** Adds every number under a JSON node, in document order, and every text as a marker. */
  private static void addNumbers(BitDigest digest, JsonNode node) {
    if (node.isNumber()) {
      digest.add(node.asDouble());
    } else if (node.isString()) {
      digest.add(node.asString());
    } else if (node.isNull()) {
      digest.add(Double.NaN);
    }
    for (JsonNode child : node) {
      addNumbers(digest, child);
    }
  }

  @Test
  void simulate_addsTheAgentBasedBargainingAsAForecast() {
    ParleyCommandTest.Run r =
        run(
            "uncertainty",
            HARBOUR.toString(),
            "--trials",
            "40",
            "--models",
            "compromise",
            "--no-bargaining",
            "--no-levers",
            "--simulate");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("(?m)^  simulate$").contains("  compromise");
    assertThat(run("uncertainty", "--help").out()).contains("--simulate");
  }

  @Test
  void models_chooseTheForecasts() {
    ParleyCommandTest.Run r =
        run("uncertainty", HARBOUR.toString(), "--trials", "100", "--models", "median");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  median").doesNotContain("  compromise");
  }

  @Test
  void forecastsAlone_skipTheBargainingAndTheLevers() {
    ParleyCommandTest.Run r =
        run(
            "uncertainty",
            HARBOUR.toString(),
            "--trials",
            "200",
            "--models",
            "compromise",
            "--no-bargaining",
            "--no-levers");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("FORECASTS")
        .doesNotContain("PROBABILITY OF A DEAL")
        .doesNotContain("LEVERS")
        .contains("WHO CONCEDES FIRST");
  }

  @Test
  void badOptions_areUsageErrors() {
    ParleyCommandTest.Run trials = run("uncertainty", HARBOUR.toString(), "--trials", "0");
    assertThat(trials.exit()).isEqualTo(2);
    assertThat(trials.err()).contains("expected --trials from 1 to 1,000,000, but found 0");
    ParleyCommandTest.Run model = run("uncertainty", HARBOUR.toString(), "--models", "oracle");
    assertThat(model.exit()).isEqualTo(2);
    assertThat(model.err()).contains("expected --models among").contains("'oracle'");
    ParleyCommandTest.Run sensitivity =
        run("uncertainty", HARBOUR.toString(), "--sensitivity", "morris");
    assertThat(sensitivity.exit()).isEqualTo(2);
    assertThat(sensitivity.err()).contains("--sensitivity");
  }

  @Test
  void badScenario_printsDiagnosticsAndExits2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(HARBOUR, StandardCharsets.UTF_8)
            .replace(
                "        cite: [gazette-0212]\n  - actor: port",
                "        cite: [gazette-0212]\n    drift:\n"
                    + "      - {parameter: capability, from_round: 1.5, add: -0.1}\n"
                    + "  - actor: port"),
        StandardCharsets.UTF_8);
    ParleyCommandTest.Run r = run("uncertainty", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .containsPattern("bad\\.yaml:\\d+:\\d+: error: \\[drift-round\\]")
        .contains("hint:")
        .doesNotContain("Exception");
  }

  @Test
  void drift_showsWhoConcedesFirst(@TempDir Path dir) throws Exception {
    Path drifting = dir.resolve("drifting.yaml");
    Files.writeString(
        drifting,
        Files.readString(HARBOUR, StandardCharsets.UTF_8)
            .replace(
                "        cite: [gazette-0212]\n  - actor: port",
                "        cite: [gazette-0212]\n    drift:\n"
                    + "      - {parameter: reservation, per_round: 0.05}\n"
                    + "  - actor: port"),
        StandardCharsets.UTF_8);
    ParleyCommandTest.Run r = run("uncertainty", drifting.toString(), "--trials", "100");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("drift: union reservation +0.050 per round from round 0")
        .contains("Order of concession:");
  }
}
