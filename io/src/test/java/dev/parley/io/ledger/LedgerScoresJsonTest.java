package dev.parley.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.ledger.CalibrationTable;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerScore;
import dev.parley.core.ledger.LedgerScores;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.PredictionKind;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Resolution;
import dev.parley.testkit.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The ledger's scores as JSON, validated against docs/schema/ledger-scores.schema.json. */
class LedgerScoresJsonTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    String text =
        Files.readString(
            ProjectFiles.resolve("docs/schema/ledger-scores.schema.json"), StandardCharsets.UTF_8);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text, InputFormat.JSON);
  }

  private static LedgerEntry entry(String who, String what, double p, Outcome o, String outlet) {
    LocalDate made = LocalDate.of(2025, 8, 19);
    LedgerEntry e =
        LedgerEntry.of(
            who,
            what,
            PredictionKind.FORECAST,
            made,
            "within three weeks",
            made.plusWeeks(3),
            List.of(),
            p,
            ProbabilityBasis.HEDGE,
            List.of(new Citation("doc-" + what.length(), null, outlet)));
    return o == Outcome.UNRESOLVED
        ? e
        : e.withResolution(
            Resolution.of(o, made.plusWeeks(4), List.of(Citation.of("https://example.org/" + o))));
  }

  private static String write(List<LedgerEntry> entries) {
    Map<String, List<LedgerScore>> groups = new LinkedHashMap<>();
    groups.put("person", LedgerScores.byGroup(entries, LedgerScores.BY_PERSON));
    groups.put("outlet", LedgerScores.byGroup(entries, LedgerScores.BY_OUTLET));
    return LedgerScoresJson.write(
        groups, LedgerScores.score("all", entries), CalibrationTable.of(entries, 10), 3);
  }

  @Test
  void scores_areValid_andNullWhereNothingIsScored() {
    List<LedgerEntry> entries =
        List.of(
            entry("Macron", "a summit", 0.9, Outcome.FALSE, "Wire"),
            entry("Macron", "a second summit", 0.675, Outcome.TRUE, null),
            entry("Merz", "a meeting", 0.4, Outcome.UNRESOLVED, "Wire"),
            entry("Merz", "a deal", 0.1, Outcome.VOID, "Post"));
    String json = write(entries);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    JsonNode root = JsonMapper.builder().build().readTree(json);
    JsonNode overall = root.get("overall");
    assertThat(overall.get("scored").asInt()).isEqualTo(2);
    assertThat(overall.get("entries").asInt()).isEqualTo(4);
    double brier = (0.9 * 0.9 + 0.325 * 0.325) / 2;
    assertThat(overall.get("brier").asDouble())
        .isCloseTo(brier, org.assertj.core.data.Offset.offset(1e-12));
    double log = (Math.log(0.1) + Math.log(0.675)) / 2;
    assertThat(overall.get("log").asDouble())
        .isCloseTo(log, org.assertj.core.data.Offset.offset(1e-12));
    JsonNode merz = root.get("scores").get(1);
    assertThat(merz.get("group").asString()).isEqualTo("Merz");
    assertThat(merz.get("brier").isNull()).isTrue();
    assertThat(merz.get("void").asInt()).isEqualTo(1);
    assertThat(root.get("calibration").get("bins")).hasSize(10);
    assertThat(root.get("calibration").get("excluded").asInt()).isEqualTo(2);
    assertThat(root.get("calibration").get("bins").get(0).get("mean_forecast").isNull()).isTrue();
    assertThat(root.get("calibration").get("bins").get(9).get("count").asInt()).isEqualTo(1);
  }

  @Test
  void schema_refusesAScoreRowWithoutItsCounts() {
    List<LedgerEntry> entries = List.of(entry("Macron", "a summit", 0.9, Outcome.FALSE, "Wire"));
    Map<String, List<LedgerScore>> groups =
        Map.of("person", LedgerScores.byGroup(entries, LedgerScores.BY_PERSON));
    for (String field : List.of("scored", "unresolved", "void", "brier", "log", "group")) {
      ObjectNode tree =
          LedgerScoresJson.tree(
              groups, LedgerScores.score("all", entries), CalibrationTable.of(entries, 10), 0);
      ((ObjectNode) tree.get("scores").get(0)).remove(field);
      assertThat(schema.validate(tree.toString(), InputFormat.JSON))
          .as("without " + field)
          .isNotEmpty();
    }
  }
}
