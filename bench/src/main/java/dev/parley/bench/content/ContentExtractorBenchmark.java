package dev.parley.bench.content;

import dev.parley.ingest.content.ContentExtractor;
import dev.parley.ingest.content.ExtractedContent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per page of {@link ContentExtractor#extract(String, String)}: parsing the HTML with jsoup,
 * reading its metadata and finding its article body, averaged over the pages of the shared
 * article-extraction benchmark (read once, decompressed, before measuring).
 *
 * <p>{@link #parseOnePage} measures jsoup's parse alone, as a baseline.
 *
 * <p>Run: {@code java -Dparley.shared=../shared -jar bench/target/benchmarks.jar
 * ContentExtractorBenchmark}. The shared folder is {@code -Dparley.shared}, else {@code
 * $PARLEY_SHARED}, else {@code ../shared}. One operation is one page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ContentExtractorBenchmark {
  private final ContentExtractor extractor = new ContentExtractor();
  private List<String> pages = List.of();
  private int next;

  /** Creates the benchmark state; JMH calls this. */
  public ContentExtractorBenchmark() {}

  /** Loads and decompresses the benchmark pages. */
  @Setup(Level.Trial)
  public void load() {
    pages = BenchmarkPages.load();
  }

  /** Extracts the main content of the next page, cycling through all pages. */
  @Benchmark
  public void extractOnePage(Blackhole sink) {
    String page = pages.get(next);
    next = next + 1 == pages.size() ? 0 : next + 1;
    ExtractedContent content = extractor.extract(page, null);
    sink.consume(content);
  }

  /** Parses the next page with jsoup only: the share of the time that parsing alone takes. */
  @Benchmark
  public void parseOnePage(Blackhole sink) {
    String page = pages.get(next);
    next = next + 1 == pages.size() ? 0 : next + 1;
    sink.consume(Jsoup.parse(page));
  }
}
