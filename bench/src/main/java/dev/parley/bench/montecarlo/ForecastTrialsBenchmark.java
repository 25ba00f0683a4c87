package dev.parley.bench.montecarlo;

import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TrialAnalysis;
import dev.parley.core.montecarlo.TrialOutputs;
import dev.parley.core.random.Seed;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Monte Carlo trials of the Ukraine 2025 example (examples/ukraine-2025: 4 parties, 12 issues, 33
 * of 136 numbers uncertain) through the expected-utility model in Scholz's code mode ({@code
 * eum-scholz}), the corrected spatial model of politics ({@code smp}), or both, as {@code parley
 * uncertainty --models eum-scholz,smp --no-bargaining --no-levers} runs them. One operation is
 * {@code trials} trials; the score divided by {@code trials} is the cost of one trial.
 *
 * <p>The scenario is read from {@code examples/} of the working directory or one of its parents.
 * Run: {@code java -jar bench/target/benchmarks.jar ForecastTrialsBenchmark}; one case: {@code -p
 * models=both -p threads=1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class ForecastTrialsBenchmark {
  @Param({"eum-scholz", "smp", "both"})
  String models;

  @Param({"1", "2"})
  int threads;

  @Param({"2000"})
  int trials;

  private ScenarioModel model;
  private LocalTrialExecutor executor;
  private MonteCarloRunner runner;

  /** Reads the scenario and starts the threads. */
  @Setup(Level.Trial)
  public void setUp() {
    Scenario scenario = ScenarioReader.read(example()).value();
    if (scenario == null) {
      throw new IllegalStateException("expected the Ukraine example to load");
    }
    List<TrialAnalysis> analyses = new ArrayList<>();
    for (Forecaster f : forecasters(models)) {
      analyses.add(new ForecastTrials(f));
    }
    model = ScenarioModel.of(scenario, analyses);
    executor = new LocalTrialExecutor(threads);
    runner = new MonteCarloRunner(executor);
  }

  /** Stops the threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    executor.close();
  }

  /** The trials. */
  @Benchmark
  public TrialOutputs trials() {
    return runner.sample(model, trials, Seed.of(1));
  }

  private static List<Forecaster> forecasters(String models) {
    return switch (models) {
      case "eum-scholz" -> List.of(ExpectedUtilityModel.scholzCode());
      case "smp" -> List.of(SpatialModelOfPolitics.corrected());
      case "both" -> List.of(ExpectedUtilityModel.scholzCode(), SpatialModelOfPolitics.corrected());
      default ->
          throw new IllegalArgumentException(
              "expected models eum-scholz, smp or both, but found " + models);
    };
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
