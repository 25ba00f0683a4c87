package dev.parley.ingest.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.ingest.source.feed.FeedReader;

/**
 * Any bytes read as an RSS or Atom feed give entries or documented diagnostics ({@code empty-feed},
 * {@code no-article}), never an exception; format detection, which looks for the feed's root
 * element past the prolog, is run on the same bytes. Runs its inputs as a regression test; {@code
 * JAZZER_FUZZ=1} fuzzes it (docs/ingest.md, Fuzzing).
 */
class FeedFuzzTest {
  private static final FeedReader READER = new FeedReader();

  @FuzzTest(maxDuration = "60s", maxExecutions = 1000)
  void read_anyBytesAsAFeed_givesEntriesOrDocumentedDiagnostics(byte[] bytes) {
    FuzzChecks.readWith(READER, bytes, "feed.xml");
    FuzzChecks.readAsAFile(bytes, "feed.xml");
  }
}
