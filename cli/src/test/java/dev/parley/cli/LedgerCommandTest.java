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
  void ledger_withoutAWorkspace_isAnInputError() {
    Run r = ParleyCommandTest.run("ledger", "--workspace", dir.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[workspace-missing]");
  }
}
