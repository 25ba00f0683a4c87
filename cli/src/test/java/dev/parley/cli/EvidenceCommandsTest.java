package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley ingest}, {@code extract} and {@code evidence} run in process through the real
 * readers, extraction stages and workspace.
 */
class EvidenceCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The floors, checked by the shared scorer on the CLI's gold export. */
  static final String[] FLOORS = {
    "quotes.f1=0.95",
    "speaker_strict.f1=0.90",
    "events_lenient.f1=0.60",
    "events_source_action.f1=0.70",
    "predictions.f1=0.80",
    "actors.f1=0.85"
  };

  @TempDir Path dir;

  private static Run run(String... args) {
    return ParleyCommandTest.run(args);
  }

  private static JsonNode score(Path export) throws Exception {
    return ExtractionScorer.scoreAndAssert(
        SharedData.resolve("gold"), export, "CLI seed extraction scores", FLOORS);
  }

  @Test
  void extractGold_onTheSeeds_meetsTheFloorsAndFindsEveryBody() throws Exception {
    Path seeds = SharedData.resolve("corpus/seeds");
    Run r = run("extract", seeds.toString(), "--format", "gold");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(5);
    Path export = Files.writeString(dir.resolve("seeds.jsonl"), r.out(), StandardCharsets.UTF_8);
    JsonNode scores = score(export);
    JsonNode docs = scores.get("documents");
    assertThat(docs.get("count").asInt()).isEqualTo(5);
    assertThat(docs.get("missing")).isEmpty();
    assertThat(docs.get("body_start_ok").asDouble()).isEqualTo(1.0);
    assertThat(docs.get("body_end_ok").asDouble()).isEqualTo(1.0);
    for (String line : r.out().lines().toList()) {
      assertThat(JSON.readTree(line).get("doc").asString()).matches("\\d{3}_[0-9a-f]+\\.txt");
    }
  }

  @Test
  void extractGold_withOut_writesOneFilePerDocumentThatScoresTheSame() throws Exception {
    Path out = dir.resolve("gold-out");
    Run r =
        run(
            "extract",
            SharedData.resolve("corpus/seeds").toString(),
            "--format",
            "gold",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .hasSize(5)
          .allMatch(n -> n.matches("\\d{3}_[0-9a-f]+\\.txt\\.json"));
    }
    score(out);
  }

  @Test
  void extract_isDeterministic_sameInputSameBytesAndIds() throws Exception {
    String seeds = SharedData.resolve("corpus/seeds").toString();
    String examples = ProjectFiles.resolve("examples/ukraine-2025/documents").toString();
    for (String format : List.of("gold", "plover", "json")) {
      Run first = run("extract", seeds, examples, "--format", format);
      Run second = run("extract", seeds, examples, "--format", format);
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.out()).as(format).isNotEmpty().isEqualTo(second.out());
    }
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run("ingest", examples, "--workspace", a.toString()).exit()).isZero();
    assertThat(run("ingest", examples, "--workspace", b.toString()).exit()).isZero();
    Run listA =
        run(
            "evidence",
            "--workspace",
            a.toString(),
            "--format",
            "json",
            "--type",
            "quote,event,position,prediction,number,mention",
            "--limit",
            "100000");
    Run listB =
        run(
            "evidence",
            "--workspace",
            b.toString(),
            "--format",
            "json",
            "--type",
            "quote,event,position,prediction,number,mention",
            "--limit",
            "100000");
    assertThat(listA.out()).isNotEmpty().isEqualTo(listB.out());
  }

  @Test
  void extractJson_carriesProvenanceForEveryItem() throws Exception {
    Path html = ProjectFiles.resolve("examples/ukraine-2025/documents/html-page-guarantees.html");
    Run r = run("extract", html.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(doc.get("format").asString()).isEqualTo("parley-evidence");
    assertThat(doc.get("document").get("doc").asString()).isEqualTo("html-page-guarantees.html");
    assertThat(doc.get("items").size()).isPositive();
    for (JsonNode item : doc.get("items")) {
      JsonNode p = item.get("provenance");
      assertThat(item.get("id").asString()).startsWith(doc.get("document").get("id").asString());
      assertThat(p.get("span").get("end").asInt())
          .isGreaterThanOrEqualTo(p.get("span").get("start").asInt());
      assertThat(p.get("sentence").get("text").asString()).isNotEmpty();
      assertThat(p.get("extractor").asString()).isNotEmpty();
      assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void ingestThenEvidence_listsCitedItemsAndSearchesTheIndex() throws Exception {
    Path ws = dir.resolve("ws");
    String seeds = SharedData.resolve("corpus/seeds").toString();
    Run ingest = run("ingest", seeds, "--workspace", ws.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out())
        .containsPattern("read\\s+5")
        .containsPattern("stored\\s+5")
        .contains("33 quotes");

    Run again = run("ingest", seeds, "--workspace", ws.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out())
        .containsPattern("stored\\s+0")
        .containsPattern("skipped: already in the workspace\\s+5")
        .contains("Workspace now: 5 documents");

    Run search =
        run("evidence", "--workspace", ws.toString(), "--search", "frozen assets", "--limit", "5");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("doc-").containsIgnoringCase("asset").contains("items");
    List<String> lines = search.out().lines().toList();
    assertThat(lines.get(0)).startsWith("[");
    assertThat(lines.get(2))
        .matches(
            "    .*doc-[0-9a-f]{16} \\[\\d+, \\d+\\)( \u00b7 \\S+)? \u00b7 (news report|analysis|aggregator)"
                + "(, by [^\u00b7]+)?(, outlet unknown)?(, undated)? \u00b7 [a-z-]+, confidence [01]\\.\\d\\d");
    Run cut =
        run("evidence", "--workspace", ws.toString(), "--search", "frozen assets", "--limit", "2");
    assertThat(cut.out().lines().toList().getLast())
        .matches("2 of \\d+ items \\(--limit 2; raise it to see more\\)");

    Run quotes =
        run(
            "evidence",
            "--workspace",
            ws.toString(),
            "--type",
            "quote",
            "--actor",
            "putin",
            "--format",
            "json");
    assertThat(quotes.exit()).isZero();
    assertThat(quotes.out().lines())
        .isNotEmpty()
        .allSatisfy(
            l -> {
              JsonNode n = JSON.readTree(l);
              assertThat(n.get("type").asString()).isEqualTo("quote");
              assertThat(n.get("speaker").asString()).isEqualTo("putin");
              assertThat(n.get("citation").get("text").asString()).contains("doc-");
            });

    Run dated =
        run(
            "evidence",
            "--workspace",
            ws.toString(),
            "--since",
            "2025-08-19",
            "--until",
            "2025-08-19",
            "--type",
            "event");
    assertThat(dated.exit()).isZero();
    List<String> citations =
        dated.out().lines().filter(l -> l.startsWith("    ") && l.contains("doc-")).toList();
    assertThat(citations)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains(", 2025-08-19, doc-"));
    Run before = run("evidence", "--workspace", ws.toString(), "--until", "2025-08-18");
    assertThat(before.out()).isEqualTo("0 items\n");
  }

  @Test
  void badWorkspacesOutputsAndDates_sayWhyWithExitCode2() throws IOException {
    Run r = run("evidence", "--workspace", dir.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("error: [workspace-missing]")
        .contains("hint: run parley ingest")
        .doesNotContain("Exception");
    assertThat(run("evidence", "--type", "opinion").exit()).isEqualTo(2);
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run out =
        run(
            "extract",
            ProjectFiles.resolve("examples/ukraine-2025/documents").toString(),
            "--out",
            file.resolve("sub").toString());
    assertThat(out.exit()).isEqualTo(2);
    assertThat(out.err())
        .contains("parley extract: error: cannot write to")
        .contains("not a directory")
        .doesNotContain("internal error");
    Run date = run("evidence", "--since", "last week");
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err())
        .contains("expected a date as YYYY-MM-DD (such as 2025-08-19), but found 'last week'")
        .doesNotContain("java.");
  }

  @Test
  void ingest_reportsEveryBadInputWithFileAndReason_andStoresTheRest() throws Exception {
    Path in = Files.createDirectories(dir.resolve("batch"));
    Path good = ProjectFiles.resolve("examples/ukraine-2025/documents/scraped-page-sanctions.txt");
    Files.copy(good, in.resolve("good.txt"));
    Files.writeString(
        in.resolve("broken.json"), "{\"title\": {\"rendered\": \"x\"", StandardCharsets.UTF_8);
    Files.write(
        in.resolve("image.png"),
        new byte[] {
          (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        });
    Files.writeString(
        in.resolve("scripts.html"),
        "<html><head><script>var a = 1;</script></head><body><script>track();</script>"
            + "<script>more();</script></body></html>",
        StandardCharsets.UTF_8);
    byte[] gz = gzip(Files.readAllBytes(good));
    Files.write(in.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(21L * 1024 * 1024);
    }
    Path loop = dir.resolve("loop");
    Files.createSymbolicLink(loop, loop);

    Path ws = dir.resolve("ws");
    Run r = run("ingest", in.toString(), loop.toString(), "--workspace", ws.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .containsPattern("broken\\.json:\\d+:\\d+: error: \\[malformed-json\\]")
        .contains("image.png: error: [binary-input]")
        .contains("scripts.html: error: [no-article]")
        .contains("truncated.txt.gz: error: [truncated-input]")
        .contains("huge.txt: error: [too-large]")
        .contains("loop: error: [unreadable-input]")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).containsPattern("stored\\s+1").containsPattern("failed\\s+6");
    assertThat(r.out().lines().filter(l -> l.contains(": error: [")).count()).isEqualTo(6);
    Run listed = run("evidence", "--workspace", ws.toString(), "--type", "quote");
    assertThat(listed.out()).contains("[quote]").contains("doc-").doesNotContain("0 items");
  }

  @Test
  void newCommands_haveHelp() {
    for (String command : List.of("ingest", "extract", "evidence")) {
      Run r = run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: parley " + command);
    }
  }

  @Test
  void ingest_withABadScenario_printsItsDiagnostics() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "actors: [", StandardCharsets.UTF_8);
    Run r =
        run(
            "ingest",
            dir.toString(),
            "--scenario",
            bad.toString(),
            "--workspace",
            dir.resolve("ws").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:").contains("error: [");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
