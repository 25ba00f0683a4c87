package dev.parley.bench.parse;

import dev.parley.bench.CpuClock;
import dev.parley.ingest.parse.ConllUException;
import dev.parley.ingest.parse.ConllUReader;
import dev.parley.ingest.parse.DependencyTree;
import dev.parley.ingest.parse.Parser;
import dev.parley.ingest.parse.TreebankSentence;
import dev.parley.ingest.parse.Upos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the shipped tagger and parser on one thread, in sentences per second.
 *
 * <p>The sentences are the gold tokens of UD English EWT's test set ({@code
 * data/ud-ewt/en_ewt-ud-test.conllu} under the shared folder, {@code -Dparley.shared}, default
 * {@code ../shared}), 2,077 sentences of 12 words on average; one operation tags and parses one
 * sentence, cycling through them. {@link #tag} tags only. Run with:
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar ParserBenchmark -t 1 -f 1
 * </pre>
 *
 * <p>{@link #parseWithCpuTime} also counts the thread's CPU time, so that sentences per CPU-second
 * can be read on a shared machine: divide the secondary result {@code sentences} by {@code
 * cpuNanos} / 1e9.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
  private Parser parser = Parser.shipped();
  private List<List<String>> sentences = List.of();
  private int next;

  /** Reads the test set's tokens and loads the model. */
  @Setup
  public void setUp() throws IOException, ConllUException {
    Path file =
        Path.of(
            System.getProperty("parley.shared", "../shared"),
            "data",
            "ud-ewt",
            "en_ewt-ud-test.conllu");
    sentences = ConllUReader.read(file).stream().map(TreebankSentence::forms).toList();
    parser = Parser.shipped();
  }

  private List<String> nextSentence() {
    List<String> tokens = sentences.get(next);
    next = (next + 1) % sentences.size();
    return tokens;
  }

  /** Tags and parses the next sentence. */
  @Benchmark
  public DependencyTree parse() {
    return parser.parse(nextSentence());
  }

  /** Tags the next sentence. */
  @Benchmark
  public List<Upos> tag() {
    return parser.tag(nextSentence());
  }

  /** Tags and parses the next sentence and adds the thread's CPU time to the counters. */
  @Benchmark
  public DependencyTree parseWithCpuTime(CpuTime counters) {
    long before = CpuClock.threadNanos();
    DependencyTree tree = parse();
    counters.cpuNanos += CpuClock.threadNanos() - before;
    counters.sentences++;
    return tree;
  }

  /** The CPU time spent and the sentences parsed in one iteration, reported as totals. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** The thread CPU time spent parsing, in nanoseconds. */
    public long cpuNanos;

    /** The number of sentences parsed. */
    public long sentences;
  }
}
