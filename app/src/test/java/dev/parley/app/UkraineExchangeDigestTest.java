package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.exchange.ExchangeModel;
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
 * Pins every trial's forecasts of the Ukraine example through the exchange model to a SHA-256
 * digest taken before the model was optimised for Monte Carlo: a faster run must give the same
 * trials bit for bit, on any number of threads.
 */
@Tag("pinned")
class UkraineExchangeDigestTest {
  private static final int TRIALS = 300;

  /** The digest of the trials' outputs, taken on the unoptimised model. */
  private static final String PINNED =
      "66931ea2f24d995c8b18dd58b34e5d99fbe3aaea24edb5a839551ebd6f397f9b";

  @Test
  void trialOutputs_matchTheDigestPinnedBeforeOptimisation() throws Exception {
    Scenario scenario =
        ScenarioReader.read(ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml")).value();
    assertThat(scenario).isNotNull();
    ScenarioModel model =
        ScenarioModel.of(scenario, List.of(new ForecastTrials(new ExchangeModel())));
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
