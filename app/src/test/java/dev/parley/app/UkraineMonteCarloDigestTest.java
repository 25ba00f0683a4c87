package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TrialOutputs;
import dev.parley.core.random.Seed;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.testkit.BitDigest;
import dev.parley.testkit.ProjectFiles;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins every trial's forecasts of the Ukraine example through the expected-utility models and the
 * spatial models of politics to a SHA-256 digest taken before these models were optimised for Monte
 * Carlo: a faster run must give the same trials bit for bit, on any number of threads. Re-pinned
 * when trials began to draw the profiles' numbers, and to list the actors, by actor id rather than
 * in file order (ADR 0003).
 */
@Tag("pinned")
class UkraineMonteCarloDigestTest {
  private static final int TRIALS = 300;

  /** The digest of the trials' outputs, taken on the unoptimised models. */
  private static final String PINNED =
      "5b46b2b9eeeb0b704863c141a0703d97352ae55bc4fa695005e8cda47184f3f5";

  @Test
  void trialOutputs_matchTheDigestPinnedBeforeOptimisation() throws Exception {
    Scenario scenario =
        ScenarioReader.read(ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml")).value();
    assertThat(scenario).isNotNull();
    ScenarioModel model =
        ScenarioModel.of(
            scenario,
            List.of(
                new ForecastTrials(ExpectedUtilityModel.scholzCode()),
                new ForecastTrials(ExpectedUtilityModel.paper()),
                new ForecastTrials(SpatialModelOfPolitics.corrected()),
                new ForecastTrials(SpatialModelOfPolitics.ktab())));
    for (int threads : new int[] {1, 2}) {
      try (LocalTrialExecutor executor = new LocalTrialExecutor(threads)) {
        TrialOutputs outputs = new MonteCarloRunner(executor).sample(model, TRIALS, Seed.of(11));
        assertThat(digest(outputs)).as("%d threads", threads).isEqualTo(PINNED);
      }
    }
  }

  private static String digest(TrialOutputs outputs) {
    BitDigest digest = new BitDigest();
    for (int t = 0; t < outputs.trials(); t++) {
      for (int c = 0; c < outputs.width(); c++) {
        digest.add(outputs.value(t, c));
      }
    }
    return digest.hex();
  }
}
