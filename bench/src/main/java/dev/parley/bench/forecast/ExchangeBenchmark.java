package dev.parley.bench.forecast;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TrialOutputs;
import dev.parley.core.random.Seed;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Stokman's exchange model ({@code exchange}) on the Ukraine 2025 example (examples/ukraine-2025: 4
 * parties, the ordered issues of its spatial problem): {@link #forecast} is one whole forecast of
 * the example as read (every round, with the history), {@link #trials} is {@code trials} Monte
 * Carlo trials through {@link ForecastTrials} on one thread, as {@code parley uncertainty --models
 * exchange --no-bargaining --no-levers} runs them (the score divided by {@code trials} is the cost
 * of one trial).
 *
 * <p>The scenario is read from {@code examples/} of the working directory or one of its parents.
 * Run: {@code java -jar bench/target/benchmarks.jar ExchangeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class ExchangeBenchmark {
  @Param({"500"})
  int trials;

  private final ExchangeModel exchange = new ExchangeModel();
  private SpatialProblem problem;
  private ScenarioModel model;
  private LocalTrialExecutor executor;
  private MonteCarloRunner runner;

  /** Reads the scenario and starts the thread. */
  @Setup(Level.Trial)
  public void setUp() {
    Scenario scenario = ScenarioReader.read(example()).value();
    if (scenario == null) {
      throw new IllegalStateException("expected the Ukraine example to load");
    }
    problem = SpatialProblems.from(scenario);
    model = ScenarioModel.of(scenario, List.of(new ForecastTrials(exchange)));
    executor = new LocalTrialExecutor(1);
    runner = new MonteCarloRunner(executor);
  }

  /** Stops the thread. */
  @TearDown(Level.Trial)
  public void tearDown() {
    executor.close();
  }

  /** One forecast of the example as read. */
  @Benchmark
  public Forecast forecast() {
    return exchange.forecast(problem, Seed.of(0));
  }

  /** The trials. */
  @Benchmark
  public TrialOutputs trials() {
    return runner.sample(model, trials, Seed.of(1));
  }

  private static Path example() {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("examples/ukraine-2025/scenario.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "expected examples/ukraine-2025/scenario.yaml in the working directory or a parent");
  }
}
