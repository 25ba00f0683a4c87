package dev.parley.ingest.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.ingest.source.wordpress.WordPressReader;

/**
 * Any bytes read as WordPress REST JSON give posts or documented diagnostics ({@code
 * malformed-json}, {@code unsupported-json}, {@code no-article}), never an exception. Runs its
 * inputs as a regression test; {@code JAZZER_FUZZ=1} fuzzes it (docs/ingest.md, Fuzzing).
 */
class WordPressJsonFuzzTest {
  private static final WordPressReader READER = new WordPressReader();

  @FuzzTest(maxDuration = "60s", maxExecutions = 1000)
  void read_anyBytesAsWordPressJson_givesPostsOrDocumentedDiagnostics(byte[] bytes) {
    FuzzChecks.readWith(READER, bytes, "posts.json");
    FuzzChecks.readAsAFile(bytes, "posts.json");
  }
}
