package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.ProjectFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley evidence --search} takes its text literally unless {@code --query-syntax} is given,
 * and a search, a damaged index or a damaged database page is a located diagnostic with exit code
 * 2, never an internal error (issue 12).
 */
class EvidenceSearchCommandTest {
  @TempDir static Path dir;
  private static Path ws;

  @BeforeAll
  static void ingest() {
    ws = dir.resolve("ws");
    String examples = ProjectFiles.resolve("examples/ukraine-2025/documents").toString();
    Run ingest = run("ingest", examples, "--workspace", ws.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  private static Run run(String... args) {
    return ParleyCommandTest.run(args);
  }

  private static Run search(Path workspace, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "evidence";
    args[1] = "--workspace";
    args[2] = workspace.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return run(args);
  }

  @Test
  void operatorsAndSpecialCharacters_areSearchedLiterally() {
    String passage = "Marco Rubio doubted that new sanctions would force Russia. ".repeat(120);
    String nested = "(".repeat(5_000) + "sanctions" + ")".repeat(5_000);
    for (String text : List.of("AND", "OR", "NOT", "sanctions AND", passage, nested, "\"(")) {
      Run r = search(ws, "--search", text, "--limit", "3");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).matches("(?s).*\\d+ items?( \\(--limit 3; raise it to see more\\))?\\n");
    }
    assertThat(search(ws, "--search", "AND").out()).isEqualTo("0 items\n");
    assertThat(search(ws, "--search", nested, "--limit", "3").out()).contains("sanctions");
  }

  @Test
  void querySyntax_runsLuceneQueries() {
    Run r =
        search(
            ws,
            "--search",
            "\"new sanctions\" AND (rubio OR kremlin) NOT zzzz",
            "--query-syntax",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).isNotEmpty().allMatch(l -> l.contains("anction"));
  }

  @Test
  void querySyntax_malformedOrTooDeep_isALocatedError() {
    Run syntax = search(ws, "--search", "sanctions AND", "--query-syntax");
    assertThat(syntax.exit()).isEqualTo(2);
    assertThat(syntax.err())
        .startsWith("--search:1:14: error: [search-syntax] expected")
        .contains("hint: ")
        .contains("see docs/errors/search-syntax.md")
        .doesNotContain("internal error");

    Run deep =
        search(ws, "--search", "(".repeat(5_000) + "x" + ")".repeat(5_000), "--query-syntax");
    assertThat(deep.exit()).isEqualTo(2);
    assertThat(deep.err()).startsWith("--search:1:65: error: [search-nesting] expected");

    Run alone = search(ws, "--query-syntax");
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("expected --search TEXT with --query-syntax");
  }

  @Test
  void moreWordsThanTheLimit_isRefusedSayingTheLimit() {
    String words =
        IntStream.range(0, 1_001).mapToObj(i -> "w" + i + "q").collect(Collectors.joining(" "));
    for (String[] extra : List.of(new String[0], new String[] {"--query-syntax"})) {
      String[] args = new String[2 + extra.length];
      args[0] = "--search";
      args[1] = words;
      System.arraycopy(extra, 0, args, 2, extra.length);
      Run r = search(ws, args);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("error: [search-too-many-terms] expected").contains("1,000");
    }
  }

  @Test
  void aDamagedIndex_isRebuiltWithAWarning() throws IOException {
    Path copy = copyOf(ws, "index-damaged");
    Path index = copy.resolve("index");
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.filter(p -> !p.endsWith("write.lock")).toList()) {
        overwriteMiddle(f, 64);
      }
    }
    Run r = search(copy, "--search", "sanctions", "--limit", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: [workspace-index-rebuilt] expected a readable");
    assertThat(r.out()).contains("sanctions");
    Run again = search(copy, "--search", "sanctions", "--limit", "2");
    assertThat(again.err()).isEmpty();
  }

  @Test
  void aDamagedDatabasePage_isALocatedErrorNotAnInternalOne() throws IOException {
    long size = Files.size(ws.resolve("workspace.mv.db"));
    int located = 0;
    for (int tenth = 5; tenth <= 9; tenth++) {
      Path copy = copyOf(ws, "db-damaged-" + tenth);
      Path db = copy.resolve("workspace.mv.db");
      try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 0xab);
        f.seek(size * tenth / 10);
        f.write(junk);
      }
      Run r = search(copy, "--type", "quote,event,position,prediction,number,mention");
      assertThat(r.err()).as("at %d/10", tenth).doesNotContain("internal error");
      if (r.exit() != 0) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
            .contains("workspace.mv.db: error: [workspace-corrupt] expected")
            .contains("nothing was changed")
            .contains("see docs/errors/workspace-corrupt.md");
        located++;
      }
    }
    assertThat(located).as("copies whose damage a full listing finds").isPositive();
  }

  private static Path copyOf(Path from, String name) throws IOException {
    Path to = dir.resolve(name);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static void overwriteMiddle(Path file, int bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] junk = new byte[(int) Math.min(bytes, Math.max(1, f.length() / 4))];
      Arrays.fill(junk, (byte) 0x5a);
      f.seek(f.length() / 2);
      f.write(junk);
    }
  }
}
