package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley ledger import} and {@code parley ledger export} through the command line. */
class LedgerExchangeCommandTest {
  @TempDir Path dir;

  @Test
  void importThenScoreThenExport_theSharedForecastBenchSet() throws Exception {
    Path questions = SharedData.resolve("data/forecastbench/2024-07-21-human.json");
    Path resolutions = SharedData.resolve("data/forecastbench/2024-07-21_resolution_set.json");
    String ws = dir.resolve("ws").toString();

    Run imported =
        ParleyCommandTest.run(
            "ledger", "import", questions.toString(), resolutions.toString(), "--workspace", ws);
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).containsPattern("\\d+ entries recorded, 0 already in the ledger");

    Run scores = ParleyCommandTest.run("ledger", "scores", "--workspace", ws, "--by", "person");
    assertThat(scores.exit()).as(scores.err()).isZero();
    assertThat(scores.out()).contains("metaculus", "polymarket");

    Path q = dir.resolve("out/q.json");
    Path r = dir.resolve("out/r.json");
    Run exported =
        ParleyCommandTest.run(
            "ledger",
            "export",
            "--workspace",
            ws,
            "--questions",
            q.toString(),
            "--resolutions",
            r.toString(),
            "--question-set",
            "mine");
    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(Files.readString(q, StandardCharsets.UTF_8)).contains("\"question_set\" : \"mine\"");
    assertThat(Files.readString(r, StandardCharsets.UTF_8)).contains("\"resolutions\"");

    // the exported pair imports into another workspace as the same ledger
    String other = dir.resolve("ws2").toString();
    Run again =
        ParleyCommandTest.run("ledger", "import", q.toString(), r.toString(), "--workspace", other);
    assertThat(again.exit()).as(again.err()).isZero();
    Run a = ParleyCommandTest.run("ledger", "--workspace", ws, "--format", "json");
    Run b = ParleyCommandTest.run("ledger", "--workspace", other, "--format", "json");
    assertThat(countEntries(a.out())).isPositive();
    assertThat(ids(b.out())).isEqualTo(ids(a.out()));
  }

  @Test
  void aMissingFile_isAnInputError_withItsCode() {
    Run missing =
        ParleyCommandTest.run(
            "ledger",
            "import",
            dir.resolve("none.json").toString(),
            dir.resolve("none2.json").toString(),
            "--workspace",
            dir.resolve("ws").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json", "error: [");
  }

  @Test
  void anExportToAPlaceThatCannotBeWritten_isAnInputError_withItsCode() throws Exception {
    String ws = dir.resolve("ws").toString();
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "a file, not a folder\n", StandardCharsets.UTF_8);
    Path article = dir.resolve("in/note.txt");
    Files.createDirectories(article.getParent());
    Files.writeString(
        article,
        "Harbour talks\n\nAnna Weber predicted that the dock strike will end within two weeks.\n",
        StandardCharsets.UTF_8);
    Run created =
        ParleyCommandTest.run("ingest", article.getParent().toString(), "--workspace", ws);
    assertThat(created.exit()).as(created.err()).isZero();
    Run r =
        ParleyCommandTest.run(
            "ledger",
            "export",
            "--workspace",
            ws,
            "--questions",
            plain.resolve("q.json").toString(),
            "--resolutions",
            dir.resolve("r.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error: [" + "ledger-export-unwritable" + "]", "hint:");
  }

  private static java.util.List<String> ids(String json) {
    return json.lines().filter(l -> l.contains("\"id\" : \"l-")).map(String::strip).toList();
  }

  private static long countEntries(String json) {
    return json.lines().filter(l -> l.contains("\"made_on_basis\"")).count();
  }
}
