package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley diff} and {@code parley check} through the command line: what changed between two
 * versions of a scenario, and which newer evidence bears on its values (docs/scenario-format.md,
 * Versions).
 */
class VersionsCommandsTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  @TempDir Path dir;

  @Test
  void diff_listsTheChangedValue_inTableAndJson_andABrokenFileIsAnInputError() throws Exception {
    String text = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    assertThat(text).contains("    capability: 0.6\n");
    Path newer = dir.resolve("newer.yaml");
    Files.writeString(
        newer,
        text.replace("    capability: 0.6\n", "    capability: 0.7\n"),
        StandardCharsets.UTF_8);

    Run table = ParleyCommandTest.run("diff", HARBOUR.toString(), newer.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains("changed", "capability", "0.6", "0.7");

    Run json =
        ParleyCommandTest.run("diff", HARBOUR.toString(), newer.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"before\" : \"0.6\"", "\"after\" : \"0.7\"");

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "scenario: [unclosed\n", StandardCharsets.UTF_8);
    Run bad = ParleyCommandTest.run("diff", HARBOUR.toString(), broken.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.yaml:", "error: [");
  }

  @Test
  void check_findsANewerPositionAgainstTheProfile_andWritesJson() throws Exception {
    Path page = dir.resolve("in/union.html");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        "<!doctype html><html><head><title>Cranes</title><meta"
            + " property=\"article:published_time\" content=\"2026-03-20T09:00:00Z\"><meta"
            + " property=\"og:site_name\" content=\"Quay Courier\"></head><body><article>"
            + "<h1>Cranes</h1><p>The Dockworkers' Union accepted full automation now after a"
            + " night of talks, its chair told members on Friday.</p><p>Talks go on next week,"
            + " both sides said.</p></article></body></html>",
        StandardCharsets.UTF_8);
    Path ws = dir.resolve("ws");
    Run ingest =
        ParleyCommandTest.run("ingest", page.getParent().toString(), "--workspace", ws.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    Run table = ParleyCommandTest.run("check", HARBOUR.toString(), "--workspace", ws.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("1 document after 2026-03-01 read")
        .contains("crosses-red-line profiles/union/red_lines/0")
        .contains("Quay Courier, 2026-03-20");

    Run json =
        ParleyCommandTest.run(
            "check", HARBOUR.toString(), "--workspace", ws.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out())
        .contains("\"kind\" : \"crosses-red-line\"", "\"outlet\" : \"Quay Courier\"");

    Run missing =
        ParleyCommandTest.run(
            "check", HARBOUR.toString(), "--workspace", dir.resolve("none").toString());
    assertThat(missing.exit()).isEqualTo(2);
  }
}
