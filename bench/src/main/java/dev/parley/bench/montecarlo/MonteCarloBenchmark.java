package dev.parley.bench.montecarlo;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.WeightedMedianModel;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TrialOutputs;
import dev.parley.core.random.Seed;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A whole Monte Carlo run of {@code trials} trials of a scenario shaped like the Ukraine example (4
 * parties, 12 issues of 3 to 5 options, a third of the numbers uncertain), on 1 or 2 threads:
 * through the compromise and weighted-median models ({@code forecasts}), and with no analysis at
 * all ({@code sampling}: the runner's own cost, drawing every number of the scenario per trial).
 * The expected-utility model and the spatial model of politics add their own cost per trial on top
 * ({@link ForecastTrialsBenchmark}).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar MonteCarloBenchmark}; one size: {@code -p
 * threads=2 -p trials=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class MonteCarloBenchmark {
  @Param({"4"})
  int parties;

  @Param({"12"})
  int issues;

  @Param({"100000"})
  int trials;

  @Param({"1", "2"})
  int threads;

  private ScenarioModel forecasts;
  private ScenarioModel bare;
  private LocalTrialExecutor executor;
  private MonteCarloRunner runner;

  /** Builds the scenario from a fixed seed and starts the threads. */
  @Setup(Level.Trial)
  public void setUp() {
    Scenario scenario = RandomScenarios.of(parties, issues, 2025);
    forecasts =
        ScenarioModel.of(
            scenario,
            List.of(
                new ForecastTrials(new CompromiseModel()),
                new ForecastTrials(new WeightedMedianModel())));
    bare = ScenarioModel.of(scenario, List.of());
    executor = new LocalTrialExecutor(threads);
    runner = new MonteCarloRunner(executor);
  }

  /** Stops the threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    executor.close();
  }

  /** The trials through the compromise and weighted-median models. */
  @Benchmark
  public TrialOutputs forecasts() {
    return runner.sample(forecasts, trials, Seed.of(1));
  }

  /** The trials' draws alone: one stream and one uniform per number of the scenario, inverted. */
  @Benchmark
  public TrialOutputs sampling() {
    return runner.sample(bare, trials, Seed.of(1));
  }
}
