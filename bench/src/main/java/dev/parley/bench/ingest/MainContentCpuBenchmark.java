package dev.parley.bench.ingest;

import dev.parley.bench.content.BenchmarkPages;
import dev.parley.ingest.content.ContentExtractor;
import dev.parley.ingest.content.ExtractedContent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * Main-content extraction of an HTML page ({@link ContentExtractor#extract(String, String)}: jsoup
 * parse, metadata, article body) with the benchmark thread's CPU time counted, so that the time per
 * page can be read on a machine other processes share. The pages are those of the shared
 * article-extraction benchmark ({@code data/article-extraction-benchmark/html}, decompressed at
 * set-up), one page per operation, cycling.
 *
 * <p>Run with:
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar MainContentCpu -f 1 -jvmArgs -Dparley.shared=../shared
 * </pre>
 *
 * <p>The secondary results give {@code cpuNanos} and {@code pages}: CPU milliseconds per page is
 * {@code cpuNanos / pages / 1e6}. {@code dev.parley.bench.content.ContentExtractorBenchmark}
 * measures the same call in wall-clock time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MainContentCpuBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ContentExtractor extractor = new ContentExtractor();
  private List<String> pages = List.of();
  private int next;

  /** Creates the benchmark state; JMH calls this. */
  public MainContentCpuBenchmark() {}

  /** Loads and decompresses the benchmark pages. */
  @Setup(Level.Trial)
  public void load() {
    pages = BenchmarkPages.load();
  }

  /** Extracts the main content of the next page and adds the thread's CPU time to the counters. */
  @Benchmark
  public ExtractedContent extractWithCpuTime(CpuTime counters) {
    String page = pages.get(next);
    next = next + 1 == pages.size() ? 0 : next + 1;
    long before = THREADS.getCurrentThreadCpuTime();
    ExtractedContent content = extractor.extract(page, null);
    counters.cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
    counters.pages++;
    return content;
  }

  /** The CPU time spent and the pages extracted in one iteration, reported as totals. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** The thread CPU time spent extracting, in nanoseconds. */
    public long cpuNanos;

    /** The number of pages extracted. */
    public long pages;

    /** Creates the counters; JMH calls this. */
    public CpuTime() {}

    /** Resets the counters before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      pages = 0;
    }
  }
}
