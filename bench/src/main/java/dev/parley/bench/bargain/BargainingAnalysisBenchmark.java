package dev.parley.bench.bargain;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.EnumerationParetoFrontier;
import dev.parley.core.bargain.KalaiSmorodinskySolution;
import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The issue's target: exact Pareto frontier, Nash and Kalai–Smorodinsky on random additive domains
 * with 5 options per issue, in a 256 MB heap (the fork fails if it needs more).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar BargainingAnalysisBenchmark}; one size:
 * {@code -p parties=4 -p issues=20}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class BargainingAnalysisBenchmark {
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

  /** Frontier, then Nash and Kalai–Smorodinsky on it. */
  @Benchmark
  public void frontierNashKs(Blackhole sink) {
    ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(problem);
    Optional<Agreement> nash = new NashBargainingSolution().solve(frontier);
    Optional<Agreement> ks = new KalaiSmorodinskySolution().solve(frontier);
    sink.consume(frontier.size());
    sink.consume(nash);
    sink.consume(ks);
  }

  /**
   * The baseline measured side by side: every package enumerated and filtered, as GENIUS and NegMAS
   * do in essence (without their per-package objects), then Nash and Kalai–Smorodinsky. Only run it
   * up to 10 issues: {@code -p issues=8,10}.
   */
  @Benchmark
  public void enumerationNashKs(Blackhole sink) {
    if (issues > 10) {
      return;
    }
    ParetoFrontier frontier = new EnumerationParetoFrontier(Long.MAX_VALUE).compute(problem);
    sink.consume(new NashBargainingSolution().solve(frontier));
    sink.consume(new KalaiSmorodinskySolution().solve(frontier));
  }
}
