package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parley ledger} runs in process on a workspace ingested from two dated posts. */
class LedgerCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path post(String name, String date, String link, String body) throws Exception {
    String json =
        "{\"id\": 1, \"date\": \""
            + date
            + "T08:00:00\", \"link\": \""
            + link
            + "\", \"title\": {\"rendered\": \"Leaders meet in Washington\"},"
            + " \"content\": {\"rendered\": \"<p>"
            + body
            + "</p>\"}}";
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private Path workspace() throws Exception {
    String prediction =
        "French President Emmanuel Macron predicted that a trilateral summit will take place within"
            + " three weeks.";
    Path in = Files.createDirectories(dir.resolve("in"));
    post(
        "in/a.json",
        "2025-08-19",
        "https://news.example.org/a",
        "Donald Trump met Volodymyr Zelensky at the White House on Monday. " + prediction);
    post(
        "in/b.json",
        "2025-08-20",
        "https://other.example.org/b",
        prediction + " European leaders flew home on Tuesday after the talks.");
    Path ws = dir.resolve("ws");
    Run ingest = ParleyCommandTest.run("ingest", in.toString(), "--workspace", ws.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    return ws;
  }

  @Test
  void ledger_listsOnePredictionReportedTwice_withItsResolutionDate() throws Exception {
    Path ws = workspace();
    Run table = ParleyCommandTest.run("ledger", "--workspace", ws.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("2025-08-19 \u2192 2025-09-09 (within three weeks)")
        .contains("p 0.9 (will)")
        .contains("1 entry from 2 predictions");

    Run json = ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode entries = JSON.readTree(json.out()).get("entries");
    assertThat(entries).hasSize(1);
    JsonNode e = entries.get(0);
    for (String field :
        new String[] {"who", "made_on", "resolves_on", "probability", "kind", "citations"}) {
      assertThat(e.has(field)).as(field).isTrue();
    }
    assertThat(e.get("made_on").asString()).isEqualTo("2025-08-19");
    assertThat(e.get("resolves_on").asString()).isEqualTo("2025-09-09");
    assertThat(e.get("kind").asString()).isEqualTo("forecast");
    assertThat(e.get("citations")).hasSize(2);

    Run nobody = ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--who", "Merz");
    assertThat(nobody.exit()).isZero();
    assertThat(nobody.out()).startsWith("0 entries from 2 predictions");
  }

  @Test
  void ledger_undatedAs_takesUndatedDocumentsAsMadeOnThatDate_andSaysItIsAnAssumption()
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(
        in.resolve("note.txt"),
        "Harbour talks\n\nAnna Weber predicted that the dock strike will end within two weeks.\n",
        StandardCharsets.UTF_8);
    Path ws = dir.resolve("ws-plain");
    Run ingest = ParleyCommandTest.run("ingest", in.toString(), "--workspace", ws.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Run left = ParleyCommandTest.run("ledger", "--workspace", ws.toString());
    assertThat(left.out()).contains("0 entries from 1 prediction").contains("left out");
    Run taken =
        ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--undated-as", "2031-03-04");
    assertThat(taken.exit()).as(taken.err()).isZero();
    assertThat(taken.out())
        .contains("2031-03-04* \u2192 2031-03-18 (within two weeks)")
        .contains("taken as made on 2031-03-04 (--undated-as: an assumption, marked *)");
    Run json =
        ParleyCommandTest.run(
            "ledger",
            "--workspace",
            ws.toString(),
            "--undated-as",
            "2031-03-04",
            "--format",
            "json");
    assertThat(json.out()).contains("\"made_on_basis\" : \"assumed\"");
    Run bad = ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--undated-as", "soon");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("expected a date as YYYY-MM-DD");
  }

  @Test
  void ledger_withoutAWorkspace_isAnInputError() {
    Run r = ParleyCommandTest.run("ledger", "--workspace", dir.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[workspace-missing]");
  }

  @Test
  void resolve_recordsAnOutcome_thatTheLedgerThenShows() throws Exception {
    Path ws = workspace();
    JsonNode entry =
        JSON.readTree(
                ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--format", "json")
                    .out())
            .get("entries")
            .get(0);
    String id = entry.get("id").asString();
    String evidence = entry.get("citations").get(0).get("evidence").asString();

    Run resolve =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            id,
            "--workspace",
            ws.toString(),
            "--outcome",
            "FALSE",
            "--evidence",
            evidence,
            "--evidence",
            "https://example.org/no-summit",
            "--date",
            "2025-09-10",
            "--note",
            "no summit");
    assertThat(resolve.exit()).as(resolve.err()).isZero();
    assertThat(resolve.out()).contains(id).contains("resolved false on 2025-09-10");

    Run table = ParleyCommandTest.run("ledger", "--workspace", ws.toString());
    assertThat(table.out())
        .contains("false 2025-09-10")
        .contains("resolved by other.example.org, doc-")
        .contains("; https://example.org/no-summit")
        .contains("(no summit)");
    JsonNode resolution =
        JSON.readTree(
                ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--format", "json")
                    .out())
            .get("entries")
            .get(0)
            .get("resolution");
    assertThat(resolution.get("outcome").asString()).isEqualTo("false");
    assertThat(resolution.get("resolved_on").asString()).isEqualTo("2025-09-10");
    assertThat(resolution.get("evidence")).hasSize(2);

    Run again =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            id,
            "--workspace",
            ws.toString(),
            "--outcome",
            "true",
            "--evidence",
            "https://example.org/summit",
            "--date",
            "2025-09-08");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err())
        .contains(ws + ": error: [ledger-already-resolved]")
        .contains("see docs/errors/ledger-already-resolved.md");

    Run replaced =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            id,
            "--workspace",
            ws.toString(),
            "--outcome",
            "true",
            "--evidence",
            "https://example.org/summit",
            "--date",
            "2025-09-08",
            "--replace");
    assertThat(replaced.exit()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("(replacing false on 2025-09-10)");
  }

  @Test
  void resolve_badInput_isALocatedErrorWithExitCode2() throws Exception {
    Path ws = workspace();
    Run unknown =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            "l-0000000000000000",
            "--workspace",
            ws.toString(),
            "--outcome",
            "true",
            "--evidence",
            "https://example.org/a");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("[ledger-unknown-entry]");

    Run badOutcome =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            "l-0000000000000000",
            "--workspace",
            ws.toString(),
            "--outcome",
            "maybe",
            "--evidence",
            "https://example.org/a");
    assertThat(badOutcome.exit()).isEqualTo(2);
    assertThat(badOutcome.err()).contains("--outcome");

    Run noEvidence =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            "l-0000000000000000",
            "--workspace",
            ws.toString(),
            "--outcome",
            "true");
    assertThat(noEvidence.exit()).isEqualTo(2);
    assertThat(noEvidence.err()).contains("--evidence");
  }

  @Test
  void scores_printTheTableAndTheJson_afterAResolution() throws Exception {
    Path ws = workspace();
    String id =
        JSON.readTree(
                ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--format", "json")
                    .out())
            .get("entries")
            .get(0)
            .get("id")
            .asString();
    Run unscored = ParleyCommandTest.run("ledger", "scores", "--workspace", ws.toString());
    assertThat(unscored.exit()).as(unscored.err()).isZero();
    assertThat(unscored.out()).contains("calibration (1 entry unresolved or void left out)");
    Run resolve =
        ParleyCommandTest.run(
            "ledger",
            "resolve",
            id,
            "--workspace",
            ws.toString(),
            "--outcome",
            "false",
            "--evidence",
            "https://example.org/no-summit",
            "--date",
            "2025-09-10");
    assertThat(resolve.exit()).as(resolve.err()).isZero();

    Run table = ParleyCommandTest.run("ledger", "scores", "--workspace", ws.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    Path keep = Path.of("target", "ledger", "scores.txt");
    Files.createDirectories(keep.getParent());
    Files.writeString(keep, table.out(), StandardCharsets.UTF_8);
    // Macron said "will" (p 0.9) and the summit did not happen: Brier 0.81, log ln 0.1.
    assertThat(table.out())
        .containsPattern("person +macron +1 +0 +0 +0\\.8100 +-2\\.3026")
        .containsPattern("all +all +1 +0 +0 +0\\.8100")
        .containsPattern("\\[0\\.9, 1\\.0\\] +1 +0\\.900 +0\\.000");

    Run json =
        ParleyCommandTest.run(
            "ledger", "scores", "--workspace", ws.toString(), "--by", "outlet", "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode root = JSON.readTree(json.out());
    assertThat(root.get("overall").get("brier").asDouble())
        .isEqualTo(0.81, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(root.get("scores"))
        .allSatisfy(r -> assertThat(r.get("by").asString()).isEqualTo("outlet"));
  }

  @Test
  void record_addsParleysForecast_thatTheLedgerListsAndScores() throws Exception {
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String harbour =
        Files.readString(
                dev.parley.testkit.ProjectFiles.resolve(
                    "io/src/test/resources/scenarios/harbour.yaml"),
                StandardCharsets.UTF_8)
            .replace("as_of: 2026-03-01", "as_of: " + today);
    Path scenario = dir.resolve("harbour.yaml");
    Files.writeString(scenario, harbour, StandardCharsets.UTF_8);
    Path ws = dir.resolve("ws");

    Run record =
        ParleyCommandTest.run(
            "ledger",
            "record",
            scenario.toString(),
            "--workspace",
            ws.toString(),
            "--runs",
            "8",
            "--horizon-days",
            "90");
    assertThat(record.exit()).as(record.err()).isZero();
    String resolves = java.time.LocalDate.parse(today).plusDays(90).toString();
    assertThat(record.out())
        .contains("Parley:simulate-saop  " + today + " \u2192 " + resolves + "  recorded")
        .contains("8 runs from seed 1");

    JsonNode entry =
        JSON.readTree(
                ParleyCommandTest.run(
                        "ledger",
                        "--workspace",
                        ws.toString(),
                        "--who",
                        "parley",
                        "--format",
                        "json")
                    .out())
            .get("entries")
            .get(0);
    assertThat(entry.get("basis").asString()).isEqualTo("model");
    assertThat(entry.get("made_on").asString()).isEqualTo(today);
    assertThat(entry.get("resolves_on").asString()).isEqualTo(resolves);
    Run listed = ParleyCommandTest.run("ledger", "--workspace", ws.toString(), "--who", "parley");
    assertThat(listed.out())
        .contains("Parley:simulate-saop  " + today + " \u2192 " + resolves)
        .contains("(model)  forecast  unresolved")
        .contains("@sha256:");

    Run again =
        ParleyCommandTest.run(
            "ledger",
            "record",
            scenario.toString(),
            "--workspace",
            ws.toString(),
            "--runs",
            "8",
            "--horizon-days",
            "90");
    assertThat(again.out()).contains("already recorded on " + today);

    Run past =
        ParleyCommandTest.run(
            "ledger",
            "record",
            dev.parley.testkit.ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml")
                .toString(),
            "--workspace",
            ws.toString(),
            "--runs",
            "2",
            "--horizon-days",
            "0");
    assertThat(past.exit()).isEqualTo(2);
    assertThat(past.err()).contains("[ledger-horizon-past]");
  }

  @Test
  void subcommands_haveHelpThatFitsInOneHundredColumns() {
    for (String sub : new String[] {"resolve", "scores", "record"}) {
      Run help = ParleyCommandTest.run("ledger", sub, "--help");
      assertThat(help.exit()).as(sub).isZero();
      assertThat(help.out())
          .as(sub)
          .contains("Usage: parley ledger " + sub)
          .contains("--workspace");
      assertThat(help.out().lines())
          .as(sub)
          .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }
    assertThat(ParleyCommandTest.run("ledger", "--help").out())
        .contains("resolve")
        .contains("scores")
        .contains("record");
  }
}
