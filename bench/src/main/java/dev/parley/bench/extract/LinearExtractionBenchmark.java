package dev.parley.bench.extract;

import dev.parley.bench.CpuClock;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to extract the evidence of one large document, by its size, to show that extraction is
 * linear in the length of the text: the time per million characters stays about the same from 0.25
 * to 20 million.
 *
 * <p>Two texts: {@code repetitive} is one sentence of ours repeated as a single paragraph (the
 * shape of the gzip bomb in issue 12); {@code ordinary} is the text of the bundled example
 * documents ({@code examples/ukraine-2025/documents}, read with {@link DocumentReader}) repeated
 * paragraph by paragraph. Each operation extracts the whole document once; an iteration runs for at
 * least a second, so at the large sizes it is one operation. Run from the repository root with:
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar LinearExtractionBenchmark.extractWithCpuTime
 * java -jar bench/target/benchmarks.jar LinearExtractionBenchmark -p megabytes=0.25,0.5,1 -p text=repetitive
 * </pre>
 *
 * <p>{@link #extractWithCpuTime} also counts the thread's CPU time and the characters extracted, so
 * that CPU time per million characters can be read when other processes share the machine: divide
 * the secondary result {@code cpuNanos} (the benchmark thread) or {@code processCpuNanos} (the
 * whole JVM, garbage collection and JIT compilation included) by {@code characters}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class LinearExtractionBenchmark {
  /** The sentence of the repetitive text; written for this benchmark. */
  static final String SENTENCE =
      "The foreign minister said talks would resume next week, and the president told reporters"
          + " that Russia must withdraw. ";

  /** The length of the text, in millions of characters. */
  @Param({"0.25", "0.5", "1", "2", "5", "20"})
  public double megabytes;

  /** The text: {@code repetitive} or {@code ordinary}. */
  @Param({"repetitive", "ordinary"})
  public String text;

  private EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
  private Document document = document("", List.of());

  /** Creates the benchmark state; JMH calls this. */
  public LinearExtractionBenchmark() {}

  /** Builds the document and warms the extractor on a small one. */
  @Setup
  public void setUp() {
    extractor = EvidenceExtractor.withBuiltInRegistry();
    int length = (int) (megabytes * 1_000_000);
    List<String> paragraphs =
        text.equals("repetitive")
            ? List.of(SENTENCE.repeat(length / SENTENCE.length() + 1))
            : examples();
    StringBuilder body = new StringBuilder(length + 1000);
    List<TextBlock> blocks = new ArrayList<>();
    int next = 0;
    while (body.length() < length) {
      String p = paragraphs.get(next++ % paragraphs.size());
      p = p.substring(0, Math.min(p.length(), length - body.length()));
      if (!body.isEmpty()) {
        body.append('\n');
      }
      blocks.add(
          new TextBlock(
              new TextSpan(body.length(), body.length() + p.length()), BlockKind.PARAGRAPH));
      body.append(p);
    }
    document = document(body.toString(), blocks);
    extractor.extract(document(SENTENCE.repeat(100), List.of()));
  }

  /**
   * The paragraphs of the bundled example documents, in file order: {@code -Dparley.examples}, else
   * {@code examples/ukraine-2025/documents} under the working directory or its parent.
   */
  static List<String> examples() {
    String named = System.getProperty("parley.examples");
    Path folder = Path.of(named != null ? named : "examples/ukraine-2025/documents");
    if (named == null && !Files.isDirectory(folder)) {
      folder = Path.of("..").resolve(folder);
    }
    List<String> paragraphs = new ArrayList<>();
    for (Document d : new DocumentReader().read(folder).documents()) {
      for (TextBlock b : d.blocks()) {
        if (b.kind() == BlockKind.PARAGRAPH) {
          paragraphs.add(b.span().of(d.text()));
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalStateException(
          "expected the example documents in " + folder.toAbsolutePath() + ", but found none");
    }
    return paragraphs;
  }

  private static Document document(String body, List<TextBlock> blocks) {
    return new Document(
        new DocumentId("large"),
        "large.txt",
        SourceFormat.TEXT,
        body,
        blocks,
        DocumentMetadata.none());
  }

  /** Extracts the evidence of the whole document. */
  @Benchmark
  public DocumentEvidence extract() {
    return extractor.extract(document);
  }

  /** Extracts the evidence of the whole document and adds the thread's CPU time to the counters. */
  @Benchmark
  public DocumentEvidence extractWithCpuTime(CpuTime counters) {
    long thread = CpuClock.threadNanos();
    long process = CpuClock.processNanos();
    DocumentEvidence evidence = extractor.extract(document);
    counters.cpuNanos += CpuClock.threadNanos() - thread;
    counters.processCpuNanos += CpuClock.processNanos() - process;
    counters.characters += document.text().length();
    return evidence;
  }

  /** The CPU time spent and the characters extracted in one iteration, reported as totals. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** The thread CPU time spent extracting, in nanoseconds. */
    public long cpuNanos;

    /** The whole JVM's CPU time over the same operations (garbage collection included). */
    public long processCpuNanos;

    /** The number of characters extracted. */
    public long characters;

    /** Creates the counters; JMH calls this. */
    public CpuTime() {}

    /** Resets the counters before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      processCpuNanos = 0;
      characters = 0;
    }
  }
}
