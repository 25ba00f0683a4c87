package dev.parley.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.Ledger;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.Resolution;
import dev.parley.core.model.ActorId;
import dev.parley.io.forecastbench.ForecastBenchReader;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Validates the ledger's JSON against its published schema, docs/schema/ledger.schema.json. */
class LedgerJsonTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    String text =
        Files.readString(
            ProjectFiles.resolve("docs/schema/ledger.schema.json"), StandardCharsets.UTF_8);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text, InputFormat.JSON);
  }

  private static LedgerEntry fromText(String who, String what, String horizon, String document) {
    Provenance provenance =
        new Provenance(
            new DocumentId(document), new TextSpan(0, 10), new TextSpan(0, 60), "test", "1", 0.8);
    Prediction p = new Prediction(new ActorId(who), what, horizon, null, provenance);
    return Ledger.entryOf(
        p, LocalDate.of(2025, 8, 19), new Citation(document, "ev-1", null), StandardHedges.scale());
  }

  @Test
  void entriesFromTextAndFromForecastBench_areValid() {
    List<LedgerEntry> entries = new ArrayList<>();
    entries.add(
        fromText(
            "Emmanuel Macron",
            "a trilateral summit will take place",
            "within three weeks",
            "doc-a"));
    entries.add(
        fromText(
            "Emmanuel Macron", "A trilateral summit will take place.", "in three weeks", "doc-b"));
    entries.add(
        fromText("Nigel Gould-Davies", "Putin won't agree to meet Zelensky", "some day", "doc-c"));
    entries.add(
        fromText(
                "Sam Greene",
                "if sanctions bite, talks could resume",
                "by the end of the year",
                "doc-d")
            .withResolution(
                Resolution.of(
                    Outcome.VOID, LocalDate.of(2025, 12, 31), List.of(Citation.of("doc-e")))));
    List<LedgerEntry> merged = Ledger.merge(entries);
    assertThat(merged).hasSize(3);
    entries.addAll(
        ForecastBenchReader.read(
                SharedData.resolve("data/forecastbench/2024-07-21-human.json"),
                SharedData.resolve("data/forecastbench/2024-07-21_resolution_set.json"))
            .orElseThrow()
            .entries());
    String json = LedgerJson.write(Ledger.merge(entries));
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json)
        .contains("\"resolves_on\" : \"2025-09-09\"")
        .contains("\"resolves_on\" : null")
        .contains("\"kind\" : \"conditional\"")
        .contains("\"probability\" : 0.1")
        .contains("\"outcome\" : \"void\"");
  }

  @Test
  void schema_requiresTheFieldsIssue10Names() {
    List<LedgerEntry> entries =
        List.of(fromText("Merz", "a meeting will happen", "within two weeks", "d"));
    assertThat(schema.validate(LedgerJson.write(entries), InputFormat.JSON)).isEmpty();
    for (String field :
        List.of("who", "made_on", "resolves_on", "probability", "kind", "citations")) {
      ObjectNode tree = LedgerJson.tree(entries);
      ((ObjectNode) tree.get("entries").get(0)).remove(field);
      assertThat(schema.validate(tree.toString(), InputFormat.JSON))
          .as("without " + field)
          .isNotEmpty();
    }
    ObjectNode tree = LedgerJson.tree(entries);
    ((ObjectNode) tree.get("entries").get(0)).put("probability", 1.5);
    assertThat(schema.validate(tree.toString(), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void standardScale_matchesTheTableInTheDocs() throws IOException {
    String docs = Files.readString(ProjectFiles.resolve("docs/ledger.md"), StandardCharsets.UTF_8);
    StandardHedges.table()
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .forEach(
            f ->
                assertThat(docs)
                    .as("docs/ledger.md lists %s", f[0])
                    .contains("| " + f[0] + " | " + f[1] + " | " + f[2] + " | " + f[3] + " |"));
    assertThat(StandardHedges.scale().read("Putin will not meet him").probability()).isEqualTo(0.1);
  }
}
