package dev.parley.bench.bargain;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import java.util.concurrent.TimeUnit;
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
 * The exact Pareto frontier of random additive domains (5 options per issue).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ParetoFrontierBenchmark -p parties=3,4 -p
 * issues=8,10,14,20}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m"})
public class ParetoFrontierBenchmark {
  @Param({"3", "4"})
  int parties;

  @Param({"8", "10", "14", "20"})
  int issues;

  private BargainingProblem problem;

  /** Builds the domain from a fixed seed. */
  @Setup
  public void setUp() {
    problem = RandomDomains.of(parties, issues, 5, 42);
  }

  /** The frontier alone. */
  @Benchmark
  public ParetoFrontier frontier() {
    return new SequentialMergeParetoFrontier().compute(problem);
  }
}
