package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: {@code parley ingest /dev/zero} ran out of memory, a FIFO blocked it forever, and a
 * link in a corpus folder to a file outside it was ingested. Devices and FIFOs are input errors
 * now, and links out of a folder are skipped with a warning unless {@code --follow-links} is given.
 */
class Issue12IngestInputsTest {
  @TempDir Path dir;

  @Test
  void deviceAndFifo_areInputErrorsAndTheRestIsStored() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path fifo = dir.resolve("pipe.txt");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    Path good =
        Files.copy(
            ProjectFiles.resolve("examples/ukraine-2025/documents/scraped-page-sanctions.txt"),
            dir.resolve("good.txt"));

    Run r =
        ParleyCommandTest.run(
            "ingest",
            "/dev/zero",
            fifo.toString(),
            good.toString(),
            "--workspace",
            dir.resolve("ws").toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("/dev/zero: error: [not-a-file]")
        .contains("pipe.txt: error: [not-a-file]")
        .contains("see docs/errors/not-a-file.md")
        .doesNotContain("\tat ");
    assertThat(r.out()).containsPattern("stored\\s+1").containsPattern("failed\\s+2");
  }

  @Test
  void linkOutOfTheFolder_isSkippedWithAWarning_orFollowedWithFollowLinks() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(
        ProjectFiles.resolve("examples/ukraine-2025/documents/scraped-page-sanctions.txt"),
        corpus.resolve("a.txt"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path secret =
        Files.copy(
            ProjectFiles.resolve("examples/ukraine-2025/documents/html-page-guarantees.html"),
            elsewhere.resolve("secret.html"));
    Files.createSymbolicLink(corpus.resolve("b.html"), secret);

    Run skipped =
        ParleyCommandTest.run(
            "ingest", corpus.toString(), "--workspace", dir.resolve("ws1").toString());
    Run followed =
        ParleyCommandTest.run("extract", corpus.toString(), "--follow-links", "--format", "gold");

    assertThat(skipped.exit()).as(skipped.err()).isZero();
    assertThat(skipped.err())
        .contains("b.html: warning: [link-outside]")
        .contains(secret.toRealPath().toString());
    assertThat(skipped.out())
        .containsPattern("stored\\s+1")
        .containsPattern("failed\\s+0")
        .containsPattern(
            "warnings \\(skipped or noted\\)\\s+1\n    .*b\\.html: warning: \\[link-outside\\]");
    assertThat(followed.exit()).as(followed.err()).isZero();
    assertThat(followed.out().lines()).hasSize(2);
  }
}
