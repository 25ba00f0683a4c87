package dev.parley.io.forecastbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.ledger.BrierScore;
import dev.parley.core.ledger.CalibrationTable;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerScore;
import dev.parley.core.ledger.LedgerScores;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ForecastBenchReaderTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Set<String> MARKETS = Set.of("manifold", "metaculus", "infer", "polymarket");

  @TempDir Path dir;

  private static Path questions() {
    return SharedData.resolve("data/forecastbench/2024-07-21-human.json");
  }

  private static Path resolutions() {
    return SharedData.resolve("data/forecastbench/2024-07-21_resolution_set.json");
  }

  @Test
  void sharedSet_joinsTheMarketQuestionsToTheirResolutions_asCountedFromTheRawJson()
      throws IOException {
    LoadResult<ForecastBenchSet> result = ForecastBenchReader.read(questions(), resolutions());
    assertThat(result.diagnostics()).isEmpty();
    ForecastBenchSet set = result.orElseThrow();

    // Counted independently from the raw JSON.
    JsonNode rawQuestions = JSON.readTree(Files.readString(questions(), StandardCharsets.UTF_8));
    JsonNode rawRows = JSON.readTree(Files.readString(resolutions(), StandardCharsets.UTF_8));
    Map<String, Double> market = new HashMap<>();
    int reference = 0;
    for (JsonNode q : rawQuestions.get("questions")) {
      String source = q.get("source").asString();
      if (MARKETS.contains(source)) {
        market.put(
            source + "/" + q.get("id").asString(),
            Double.valueOf(q.get("freeze_datetime_value").asString()));
      } else {
        reference++;
      }
    }
    int combination = 0;
    Map<String, Double> outcome = new HashMap<>();
    Set<String> withRow = new HashSet<>();
    for (JsonNode row : rawRows.get("resolutions")) {
      if (row.get("id").isArray()) {
        combination++;
        continue;
      }
      String key = row.get("source").asString() + "/" + row.get("id").asString();
      if (!market.containsKey(key)) {
        continue;
      }
      withRow.add(key);
      double to = row.get("resolved_to").asDouble();
      if (row.get("resolved").asBoolean() && (to == 0 || to == 1)) {
        outcome.put(key, to);
      }
    }
    double sum = 0;
    for (Map.Entry<String, Double> e : outcome.entrySet()) {
      double d = market.get(e.getKey()) - e.getValue();
      sum += d * d;
    }
    double rawBrier = sum / outcome.size();

    assertThat(set.questions()).isEqualTo(rawQuestions.get("questions").size()).isEqualTo(200);
    assertThat(set.entries()).hasSize(market.size());
    assertThat(set.referenceValueQuestions()).isEqualTo(reference);
    assertThat(set.combinationRows()).isEqualTo(combination);
    assertThat(set.resolutionRows()).isEqualTo(rawRows.get("resolutions").size());
    List<LedgerEntry> scored =
        set.entries().stream().filter(e -> e.resolution().outcome().isScored()).toList();
    assertThat(scored).hasSize(outcome.size());
    assertThat(set.entries().stream().filter(e -> e.resolution().outcome() == Outcome.UNRESOLVED))
        .hasSize(market.size() - outcome.size());
    assertThat(withRow.size()).isLessThanOrEqualTo(market.size());
    assertThat(set.entries())
        .allSatisfy(e -> assertThat(e.basis()).isEqualTo(ProbabilityBasis.MARKET));
    assertThat(set.entries())
        .as("ids repeat across sources: metaculus 1348 and infer 1348 are two entries")
        .filteredOn(e -> e.citations().get(0).evidence().endsWith("/1348"))
        .hasSize(2);

    LedgerScore score = LedgerScores.score("markets", set.entries());
    assertThat(score.scored()).isEqualTo(outcome.size());
    assertThat(score.brier()).isBetween(0.0, 1.0).isCloseTo(rawBrier, within(1e-12));
    // The figures docs/ledger.md quotes, written where the command there prints them.
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "ForecastBench 2024-07-21 human set, market forecasts at the freeze date%n"
                + "entries %d, scored %d, unresolved %d, void %d%nBrier %.4f, log %.4f nats%n"
                + "bin, count, mean forecast, observed frequency%n",
            set.entries().size(),
            score.scored(),
            score.unresolved(),
            score.voided(),
            score.brier(),
            score.log()));
    for (CalibrationTable.Bin bin : CalibrationTable.of(set.entries(), 5).bins()) {
      report.append(
          String.format(
              Locale.ROOT,
              "[%.1f, %.1f%s, %d, %.3f, %.3f%n",
              bin.lower(),
              bin.upper(),
              bin.upper() == 1 ? "]" : ")",
              bin.count(),
              bin.meanForecast(),
              bin.observedFrequency()));
    }
    Path out = Path.of("target", "ledger", "forecastbench-2024-07-21.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  @Test
  void sharedSet_scoresTheSameWhateverTheOrderOfTheFiles() throws IOException {
    ForecastBenchSet original = ForecastBenchReader.read(questions(), resolutions()).orElseThrow();
    LedgerScore expected = LedgerScores.score("markets", original.entries());
    Random random = new Random(20251207L);
    for (int trial = 0; trial < 3; trial++) {
      Path q = shuffled(questions(), "questions", random, "q" + trial);
      Path r = shuffled(resolutions(), "resolutions", random, "r" + trial);
      ForecastBenchSet set = ForecastBenchReader.read(q, r).orElseThrow();
      assertThat(set.entries()).isEqualTo(reCited(original.entries(), r));
      assertThat(LedgerScores.score("markets", set.entries())).isEqualTo(expected);
      List<LedgerEntry> reversed = new ArrayList<>(set.entries());
      Collections.reverse(reversed);
      assertThat(LedgerScores.byGroup(reversed, LedgerScores.BY_PERSON))
          .isEqualTo(LedgerScores.byGroup(original.entries(), LedgerScores.BY_PERSON));
    }
  }

  /** The entries as read from a resolution file of another name: only that citation differs. */
  private static List<LedgerEntry> reCited(List<LedgerEntry> entries, Path resolutionFile) {
    String name = "forecastbench:" + resolutionFile.getFileName();
    return entries.stream()
        .map(
            e ->
                e.resolution().evidence().isEmpty()
                    ? e
                    : e.withResolution(
                        new dev.parley.core.ledger.Resolution(
                            e.resolution().outcome(),
                            e.resolution().resolvedOn(),
                            e.resolution().evidence().stream()
                                .map(
                                    c ->
                                        new dev.parley.core.ledger.Citation(
                                            name, c.evidence(), c.outlet()))
                                .toList())))
        .toList();
  }

  private Path shuffled(Path file, String key, Random random, String name) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    List<JsonNode> items = new ArrayList<>();
    root.get(key).forEach(items::add);
    Collections.shuffle(items, random);
    ArrayNode list = root.putArray(key);
    items.forEach(list::add);
    Path out = dir.resolve(name + ".json");
    Files.writeString(out, JSON.writeValueAsString(root), StandardCharsets.UTF_8);
    return out;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String ROWS =
      """
      {"resolutions": [
        {"id": "a1", "source": "metaculus", "direction": null, "resolution_date": "2024-12-31",
         "resolved_to": 1.0, "resolved": true},
        {"id": ["a1", "b2"], "source": "metaculus", "resolution_date": "2024-12-31",
         "resolved_to": 0.0, "resolved": true},
        {"id": "b2", "source": "polymarket", "resolution_date": "2024-11-05",
         "resolved_to": 0.4, "resolved": "yes"}
      ]}
      """;

  @Test
  void badItems_areSkippedWithLocatedWarnings_andTheRestIsRead() throws IOException {
    Path q =
        write(
            "q.json",
            """
            {"questions": [
              {"id": "a1", "source": "metaculus", "question": "Will A?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "0.25"},
              {"id": "b2", "source": "polymarket", "question": "Will B?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "high"},
              {"id": "c3", "source": "fred", "question": "Will C rise?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "5.23"},
              {"id": "d4", "source": "manifold", "question": "Will D?",
               "freeze_datetime": "July 2024", "freeze_datetime_value": 0.5},
              "not an object"
            ]}
            """);
    LoadResult<ForecastBenchSet> result = ForecastBenchReader.read(q, write("r.json", ROWS));
    ForecastBenchSet set = result.orElseThrow();
    assertThat(set.entries()).hasSize(1);
    LedgerEntry a = set.entries().get(0);
    assertThat(a.who()).isEqualTo("metaculus");
    assertThat(a.probability()).isEqualTo(0.25);
    assertThat(a.madeOn()).isEqualTo(LocalDate.of(2024, 7, 12));
    assertThat(a.resolvesOn()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(a.resolution().outcome()).isEqualTo(Outcome.TRUE);
    assertThat(set.referenceValueQuestions()).isEqualTo(1);
    assertThat(set.skippedQuestions()).isEqualTo(3);
    assertThat(set.combinationRows()).isEqualTo(1);
    assertThat(set.otherRows()).as("b2 was skipped, so its row joins nothing").isEqualTo(1);
    assertThat(result.diagnostics())
        .extracting(LocatedDiagnostic::code, LocatedDiagnostic::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("forecastbench-format", 5),
            org.assertj.core.groups.Tuple.tuple("forecastbench-format", 9),
            org.assertj.core.groups.Tuple.tuple("forecastbench-format", 10));
    assertThat(result.diagnostics().get(0).diagnostic().message())
        .contains("expected a market probability in [0, 1]")
        .contains("\"high\"");
  }

  @Test
  void malformedResolutionRow_isSkippedWithAWarning() throws IOException {
    Path q =
        write(
            "q.json",
            """
            {"questions": [
              {"id": "b2", "source": "polymarket", "question": "Will B?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "0.4"}
            ]}
            """);
    LoadResult<ForecastBenchSet> result = ForecastBenchReader.read(q, write("r.json", ROWS));
    assertThat(result.orElseThrow().entries().get(0).resolution().outcome())
        .isEqualTo(Outcome.UNRESOLVED);
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).code()).isEqualTo("forecastbench-format");
    assertThat(result.diagnostics().get(0).line()).isEqualTo(7);
    assertThat(result.diagnostics().get(0).diagnostic().message()).contains("\"resolved\"");
  }

  @Test
  void brokenJson_isAnErrorAtItsPlace() throws IOException {
    Path q = write("q.json", "{\"questions\": [\n  {\"id\": \"a1\",,}\n]}\n");
    LoadResult<ForecastBenchSet> result = ForecastBenchReader.read(q, write("r.json", ROWS));
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).code()).isEqualTo("json-syntax");
    assertThat(result.errors().get(0).line()).isEqualTo(2);
  }

  @Test
  void wrongShape_orMissingFile_isAnError() throws IOException {
    LoadResult<ForecastBenchSet> shape =
        ForecastBenchReader.read(write("q.json", "[1, 2]\n"), write("r.json", ROWS));
    assertThat(shape.errors())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("forecastbench-format");
    assertThat(shape.errors().get(0).diagnostic().message()).contains("a list \"questions\"");
    LoadResult<ForecastBenchSet> missing =
        ForecastBenchReader.read(dir.resolve("absent.json"), write("r.json", ROWS));
    assertThat(missing.errors())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("file-unreadable");
  }

  @Test
  void brierOfTheMarket_onATinySet_isComputedByHand() throws IOException {
    Path q =
        write(
            "q.json",
            """
            {"questions": [
              {"id": "1", "source": "infer", "question": "Will A?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "0.8"},
              {"id": "2", "source": "infer", "question": "Will B?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "0.3"},
              {"id": "3", "source": "infer", "question": "Will C?",
               "freeze_datetime": "2024-07-12T00:00:00+00:00", "freeze_datetime_value": "0.5"}
            ]}
            """);
    Path r =
        write(
            "r.json",
            """
            {"resolutions": [
              {"id": "1", "source": "infer", "resolution_date": "2024-09-01", "resolved_to": 1.0, "resolved": true},
              {"id": "2", "source": "infer", "resolution_date": "2024-09-01", "resolved_to": 1.0, "resolved": true},
              {"id": "3", "source": "infer", "resolution_date": "2024-09-01", "resolved_to": 0.5, "resolved": true}
            ]}
            """);
    ForecastBenchSet set = ForecastBenchReader.read(q, r).orElseThrow();
    LedgerScore score = LedgerScores.score("infer", set.entries());
    assertThat(score.scored()).isEqualTo(2);
    assertThat(score.voided()).as("resolved to 0.5").isEqualTo(1);
    assertThat(score.brier()).isCloseTo((0.04 + 0.49) / 2, within(1e-12));
    assertThat(score.brier())
        .isEqualTo(BrierScore.mean(new double[] {0.8, 0.3}, new boolean[] {true, true}));
  }
}
