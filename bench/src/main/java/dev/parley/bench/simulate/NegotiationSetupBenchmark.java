package dev.parley.bench.simulate;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.Clock;
import dev.parley.core.model.Scenario;
import dev.parley.core.simulate.Negotiation;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
 * What each simulated Monte Carlo trial of the demo pays before its talks start, on the softened
 * Ukraine example (examples/ukraine-2025/scenario-softened.yaml: 4 parties, 13 issues, a frontier
 * of about 5,000 vectors): {@link #frontier} is the exact frontier of its bargaining problem,
 * {@link #negotiation} the negotiation built on that frontier (its orders by package and by each
 * party's utility, the Nash and Kalai–Smorodinsky points).
 *
 * <p>The scenario is read from {@code examples/} of the working directory or one of its parents.
 * Run: {@code java -jar bench/target/benchmarks.jar NegotiationSetupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class NegotiationSetupBenchmark {
  private BargainingProblem problem;
  private ParetoFrontier frontier;
  private double[] patience;
  private int[] deadlines;

  /** Reads the example and computes its frontier once. */
  @Setup
  public void setUp() {
    Scenario scenario = ScenarioReader.read(example()).value();
    if (scenario == null) {
      throw new IllegalStateException("expected the softened Ukraine example to load");
    }
    problem = BargainingProblems.from(scenario);
    frontier = new SequentialMergeParetoFrontier().compute(problem);
    patience = new double[problem.partyCount()];
    Arrays.fill(patience, 0.95);
    deadlines = new int[problem.partyCount()];
    Arrays.fill(deadlines, Negotiation.NO_DEADLINE);
  }

  /** The exact frontier of the example's problem. */
  @Benchmark
  public ParetoFrontier frontier() {
    return new SequentialMergeParetoFrontier().compute(problem);
  }

  /** The negotiation on the frontier computed once. */
  @Benchmark
  public Negotiation negotiation() {
    return Negotiation.of(problem, frontier, patience, 50, deadlines, Clock.of(30));
  }

  private static Path example() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("examples/ukraine-2025/scenario-softened.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "expected examples/ukraine-2025/scenario-softened.yaml in the working directory or a parent");
  }
}
