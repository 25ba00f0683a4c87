package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a document that reaches an extraction bound is extracted and stored, and the user is
 * told so: the {@code extraction-limit} warning reaches {@code extract}'s and {@code ingest}'s
 * output, and a warning is not counted as a failed input.
 */
class Issue12ExtractionWarningsTest {
  @TempDir Path dir;

  private Path sentenceWithoutEnd() throws Exception {
    StringBuilder text = new StringBuilder("Delegates met in Geneva and");
    for (int i = 0; i < 400; i++) {
      text.append(" talked");
    }
    text.append(".\n");
    return Files.writeString(dir.resolve("long.txt"), text.toString());
  }

  @Test
  void extract_documentOverASentenceBound_isExtractedWithAWarning() throws Exception {
    Path file = sentenceWithoutEnd();
    ParleyCommandTest.Run r = ParleyCommandTest.run("extract", file.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("[extraction-limit]").contains("1 warning");
    assertThat(r.err()).doesNotContain("failed");
    assertThat(r.out()).contains("\"items\"");
  }

  @Test
  void ingest_documentOverASentenceBound_isStoredWithAWarning() throws Exception {
    Path file = sentenceWithoutEnd();
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "ingest", file.toString(), "--workspace", dir.resolve("ws").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err() + r.out()).contains("[extraction-limit]");
  }
}
