package dev.parley.ingest.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.ingest.source.html.HtmlReader;

/**
 * Any bytes read as an HTML page give an article or a documented diagnostic ({@code no-article}),
 * never an exception: decoding, parsing and main-content extraction included. Runs its inputs as a
 * regression test; {@code JAZZER_FUZZ=1} fuzzes it (docs/ingest.md, Fuzzing).
 */
class HtmlReaderFuzzTest {
  private static final HtmlReader READER = new HtmlReader();

  @FuzzTest(maxDuration = "60s", maxExecutions = 500)
  void read_anyBytesAsHtml_givesAnArticleOrADocumentedDiagnostic(byte[] bytes) {
    FuzzChecks.readWith(READER, bytes, "page.html");
    FuzzChecks.readAsAFile(bytes, "page.html");
  }
}
