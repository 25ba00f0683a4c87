package dev.parley.bench.ingest;

import dev.parley.bench.CpuClock;
import dev.parley.core.evidence.DocumentId;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestResult;
import dev.parley.store.workspace.RunCounts;
import dev.parley.store.workspace.RunId;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole ingestion pipeline on one thread, in articles per second: reading the
 * bytes of a scraped article (format detection, decoding, main-content extraction, metadata), every
 * extraction stage, and storing the document with its evidence in a workspace (one H2 transaction
 * per document, plus the Lucene index entries).
 *
 * <p>The articles are the plain-text seed articles of the shared corpus (web pages scraped with
 * their navigation and notices), each cut at a line boundary to about {@code size} characters (5 KB
 * by default), with a paragraph naming the operation's number put after the first paragraph of the
 * body so that every article has distinct content, a distinct id, and is really stored rather than
 * skipped as already present. The set-up checks that the variants read as distinct documents. The
 * workspace lives in a temporary folder for the trial and grows as the benchmark runs.
 *
 * <p>Run with:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar IngestPipeline -t 1 -f 1
 * </pre>
 *
 * <p>{@link #ingestWithCpuTime} does the same work and counts CPU time two ways, so that articles
 * per CPU-second (the per-core rate) can be read when other processes share the machine: {@code
 * threadCpuNanos} is the benchmark thread's own CPU time, {@code processCpuNanos} the whole JVM's
 * (JIT compiler, garbage collector, Lucene merge threads included). Divide the secondary result
 * {@code articles} by either.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class IngestPipelineBenchmark {
  /** The length an article is cut to, in characters. */
  @Param({"5000"})
  public int size;

  private final DocumentReader reader = new DocumentReader();
  private EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
  private List<String[]> templates = List.of();
  private Path folder = Path.of(".");
  private Workspace workspace;
  private RunId run;
  private long next;
  private long stored;

  /** Creates the benchmark state; JMH calls this. */
  public IngestPipelineBenchmark() {}

  /** Reads and cuts the seed articles, and opens a workspace in a temporary folder. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, WorkspaceException {
    extractor = EvidenceExtractor.withBuiltInRegistry();
    Path seeds = Path.of(System.getProperty("parley.shared", "../shared"), "corpus", "seeds");
    List<String[]> loaded = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.sorted().toList()) {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        if (raw.stripLeading().startsWith("{")) {
          continue;
        }
        loaded.add(split(cut(raw)));
      }
    }
    if (loaded.isEmpty()) {
      throw new IllegalStateException("expected seed articles in " + seeds + ", but found none");
    }
    templates = loaded;
    Set<DocumentId> ids = new HashSet<>();
    for (int i = 0; i < 2 * templates.size(); i++) {
      IngestResult r = reader.read("check-" + i + ".txt", article(i), "check-" + i + ".txt");
      if (r.documents().size() != 1 || !ids.add(r.documents().get(0).id())) {
        throw new IllegalStateException(
            "expected each variant to read as one distinct document, but variant "
                + i
                + " gave "
                + r.documents().size()
                + " documents, diagnostics "
                + r.diagnostics());
      }
    }
    folder = Files.createTempDirectory("parley-bench-ingest-");
    workspace = Workspace.open(folder);
    run = workspace.startRun(List.of("benchmark"), "IngestPipelineBenchmark");
  }

  /** Closes the workspace and deletes its folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, WorkspaceException {
    workspace.finishRun(run, new RunCounts((int) next, (int) stored, 0, 0, 0), List.of());
    workspace.close();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private String cut(String raw) {
    int cut = raw.length() <= size ? raw.length() : raw.lastIndexOf('\n', size);
    return raw.substring(0, cut > 0 ? cut : Math.min(size, raw.length()));
  }

  /** Splits an article after its first long paragraph, where the distinct line goes. */
  private static String[] split(String text) {
    int at = 0;
    for (String line : text.split("\n", -1)) {
      at += line.length() + 1;
      if (line.strip().split("\\s+").length > 25) {
        break;
      }
    }
    at = Math.min(at, text.length());
    return new String[] {text.substring(0, at), text.substring(at)};
  }

  private byte[] article(long n) {
    String[] t = templates.get((int) (n % templates.size()));
    String line =
        "This copy is number "
            + n
            + " of the benchmark, filed "
            + (n % 28 + 1)
            + " days after the talks began.\n";
    return (t[0] + line + t[1]).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads, extracts and stores the next article; returns the documents stored (1). */
  @Benchmark
  public int ingest() {
    long n = next++;
    String name = "article-" + n + ".txt";
    IngestResult read = reader.read(name, article(n), name);
    int count = 0;
    for (Document d : read.documents()) {
      if (workspace.store(extractor.extract(d), run)) {
        count++;
      }
    }
    if (count == 0) {
      throw new IllegalStateException("expected article " + n + " to be stored, but it was not");
    }
    stored += count;
    return count;
  }

  /** Does what {@link #ingest} does and adds the CPU time spent to the counters. */
  @Benchmark
  public int ingestWithCpuTime(CpuTime counters) {
    long thread = CpuClock.threadNanos();
    long process = CpuClock.processNanos();
    int count = ingest();
    counters.threadCpuNanos += CpuClock.threadNanos() - thread;
    counters.processCpuNanos += CpuClock.processNanos() - process;
    counters.articles += count;
    return count;
  }

  /** The CPU time spent and the articles ingested in one iteration, reported as totals. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** The benchmark thread's CPU time spent ingesting, in nanoseconds. */
    public long threadCpuNanos;

    /** The whole JVM's CPU time over the same operations, in nanoseconds. */
    public long processCpuNanos;

    /** The number of articles ingested. */
    public long articles;

    /** Creates the counters; JMH calls this. */
    public CpuTime() {}

    /** Resets the counters before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      threadCpuNanos = 0;
      processCpuNanos = 0;
      articles = 0;
    }
  }
}
