package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.SharedData;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once in smoke mode (no fork, no warm-up, one short iteration, smallest
 * sizes), so that CI knows they still run. The numbers are meaningless and never quoted.
 */
class BenchmarkSmokeTest {
  @Test
  void everyBenchmark_runsOnce() throws Exception {
    // Several builds may share this machine; JMH's global lock would fail the smoke run.
    System.setProperty("jmh.ignoreLock", "true");
    // Some benchmarks read the shared test data; find it as every test does (skip or fail if
    // absent).
    System.setProperty("parley.shared", SharedData.root().toString());
    Options options =
        new OptionsBuilder()
            .include("dev\\.parley\\.bench\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .param("parties", "3")
            .param("issues", "8")
            .param("megabytes", "0.25")
            .timeUnit(TimeUnit.MILLISECONDS)
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).isNotEmpty();
  }
}
