package dev.parley.bench.montecarlo;

import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.BargainingTrials;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TrialOutputs;
import dev.parley.core.random.Seed;
import java.util.List;
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
 * Bargaining trials on one thread: per trial, whether a deal exists, its margin and Nash's package,
 * found by branch and bound over the packages ({@code search}, what {@code parley uncertainty}
 * runs) or from the exact Pareto frontier ({@code frontier}, the reference). Both give the same
 * results (PackageSearchTest).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar NashTrialsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class NashTrialsBenchmark {
  @Param({"4"})
  int parties;

  @Param({"12"})
  int issues;

  @Param({"1000"})
  int trials;

  private ScenarioModel search;
  private ScenarioModel frontier;
  private final MonteCarloRunner runner = new MonteCarloRunner();

  /** Builds the scenario from a fixed seed. */
  @Setup
  public void setUp() {
    Scenario scenario = RandomScenarios.of(parties, issues, 2025);
    search = ScenarioModel.of(scenario, List.of(new BargainingTrials()));
    frontier =
        ScenarioModel.of(
            scenario,
            List.of(
                new BargainingTrials(
                    new NashBargainingSolution(), 10, new SequentialMergeParetoFrontier())));
  }

  /** Trials by branch and bound over the packages. */
  @Benchmark
  public TrialOutputs search() {
    return runner.sample(search, trials, Seed.of(1));
  }

  /** Trials through the exact Pareto frontier. */
  @Benchmark
  public TrialOutputs frontier() {
    return runner.sample(frontier, trials, Seed.of(1));
  }
}
