package dev.parley.bench.forecast;

import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.random.Seed;
import dev.parley.io.ktab.KtabReader;
import dev.parley.io.ktab.KtabScenario;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A whole KTAB-compatible SMP run (every turn until KTAB's stopping rule fires) on KTAB's own
 * scenarios, the same runs whose histories the io tests compare with KTAB's line by line: 13 actors
 * × 2 dimensions (27 turns), 34 actors (35 turns), 80 actors (17 turns).
 *
 * <p>The scenarios are read from the shared data: {@code $PARLEY_SHARED}, else the first {@code
 * shared} folder beside the working directory or one of its parents. Run: {@code java -jar
 * bench/target/benchmarks.jar SmpBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class SmpBenchmark {
  @Param({"SOE-Pol-Comp", "SOE-Competitive", "dummyData-a080"})
  String scenario;

  private KtabScenario input;
  private SpatialModelOfPolitics model;

  /** Reads the scenario. */
  @Setup
  public void setUp() {
    Path file = sharedData().resolve("data/ktab/" + scenario + ".csv");
    input = KtabReader.read(file).orElseThrow();
    model = SpatialModelOfPolitics.ktab();
  }

  /** One complete run. */
  @Benchmark
  public SmpRun run() {
    return model.run(input.problem(), null, Seed.of(0));
  }

  static Path sharedData() {
    String env = System.getenv("PARLEY_SHARED");
    if (env != null && Files.isDirectory(Path.of(env))) {
      return Path.of(env);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("data/ktab"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "expected the shared data (set PARLEY_SHARED, or run beside a shared/ folder)");
  }
}
