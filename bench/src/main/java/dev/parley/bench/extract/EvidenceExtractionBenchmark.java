package dev.parley.bench.extract;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole evidence extraction (sentences, tokens, actors, quotes, events,
 * predictions, positions, numbers) on one thread, in articles per second.
 *
 * <p>The articles are the plain-text seed articles of the shared corpus, each cut at a line
 * boundary to about {@code size} characters (5 KB by default), read at set-up from {@code
 * corpus/seeds} under the shared folder ({@code -Dparley.shared}, default {@code ../shared}). One
 * operation extracts one article, cycling through them. Run with:
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar EvidenceExtraction -t 1 -f 1
 * </pre>
 *
 * <p>{@link #extractWithCpuTime} does the same work and also counts the thread's CPU time, so that
 * articles per CPU-second (the per-core rate) can be read even when other processes share the
 * machine: divide the secondary result {@code articles} by {@code cpuNanos} / 1e9.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvidenceExtractionBenchmark {
  /** The length an article is cut to, in characters. */
  @Param({"5000"})
  public int size;

  private EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
  private List<Document> documents = List.of();
  private int next;

  /** Reads and cuts the seed articles and warms the registry. */
  @Setup
  public void setUp() throws IOException {
    extractor = EvidenceExtractor.withBuiltInRegistry();
    Path seeds = Path.of(System.getProperty("parley.shared", "../shared"), "corpus", "seeds");
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.sorted().toList()) {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        if (raw.stripLeading().startsWith("{")) {
          continue;
        }
        docs.add(document(p.getFileName().toString(), raw));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalStateException("expected seed articles in " + seeds + ", but found none");
    }
    documents = docs;
  }

  private Document document(String name, String raw) {
    int cut = raw.length() <= size ? raw.length() : raw.lastIndexOf('\n', size);
    String text = raw.substring(0, cut > 0 ? cut : Math.min(size, raw.length()));
    List<TextBlock> blocks = new ArrayList<>();
    int pos = 0;
    for (String line : text.split("\n", -1)) {
      int s = pos;
      int e = pos + line.length();
      pos = e + 1;
      String content = line.strip();
      if (content.isEmpty()) {
        continue;
      }
      int start = s + line.indexOf(content);
      boolean heading = content.split("\\s+").length <= 20 && !content.matches(".*[.!?:\"\u201d]$");
      blocks.add(
          new TextBlock(
              new TextSpan(start, start + content.length()),
              heading ? BlockKind.HEADING : BlockKind.PARAGRAPH));
    }
    return new Document(
        new DocumentId(name), name, SourceFormat.TEXT, text, blocks, DocumentMetadata.none());
  }

  /** Extracts the evidence of the next article. */
  @Benchmark
  public DocumentEvidence extract() {
    Document d = documents.get(next);
    next = (next + 1) % documents.size();
    return extractor.extract(d);
  }

  /** Extracts the evidence of the next article and adds the thread's CPU time to the counters. */
  @Benchmark
  public DocumentEvidence extractWithCpuTime(CpuTime counters) {
    long before = CpuTime.THREADS.getCurrentThreadCpuTime();
    DocumentEvidence evidence = extract();
    counters.cpuNanos += CpuTime.THREADS.getCurrentThreadCpuTime() - before;
    counters.articles++;
    return evidence;
  }

  /** The CPU time spent and the articles extracted in one iteration, reported as totals. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The thread CPU time spent extracting, in nanoseconds. */
    public long cpuNanos;

    /** The number of articles extracted. */
    public long articles;

    /** Resets the counters before each iteration. */
    @Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      articles = 0;
    }
  }
}
