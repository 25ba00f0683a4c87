package dev.parley.core.montecarlo;

import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import dev.parley.core.spi.TrialExecutor;
import dev.parley.core.spi.TrialWorker;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Runs Monte Carlo trials of a scenario, or of any {@link UncertainModel}: each trial draws every
 * parameter from its distribution and evaluates the model on the draws.
 *
 * <p>Trial {@code i} draws from {@code seed.stream(i)} only: first a {@code long}, the seed of
 * stochastic models in that trial, then one uniform in (0, 1) per parameter, in parameter order,
 * turned into a value by the parameter's quantile function ({@link Parameter#quantile}). Every
 * parameter draws, points included, so trial {@code i} of a scenario and of the same scenario with
 * a lever pulled use the same uniforms (common random numbers). Results are the same bit for bit
 * for any {@link TrialExecutor} and number of threads.
 *
 * <p>Cost: {@code trials} evaluations of the model plus O(P) per trial for the draws, where P is
 * the number of parameters; memory 8 bytes per trial and output.
 */
public final class MonteCarloRunner {
  private final TrialExecutor executor;

  /** Creates a runner that runs every trial on the calling thread. */
  public MonteCarloRunner() {
    this(LocalTrialExecutor.sequential());
  }

  /** Creates a runner that runs trials on the given executor. */
  public MonteCarloRunner(TrialExecutor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Runs the trials of a scenario through the given analyses and summarises them. */
  public MonteCarloResult run(Scenario scenario, int trials, Seed seed, TrialAnalysis... analyses) {
    return run(scenario, trials, seed, List.of(analyses));
  }

  /** Runs the trials of a scenario through the given analyses and summarises them. */
  public MonteCarloResult run(
      Scenario scenario, int trials, Seed seed, List<? extends TrialAnalysis> analyses) {
    ScenarioModel model = ScenarioModel.of(scenario, analyses);
    return summarize(model, sample(model, trials, seed));
  }

  /** Returns the summary of a scenario model's trial outputs. */
  public static MonteCarloResult summarize(ScenarioModel model, TrialOutputs outputs) {
    return new MonteCarloResult(
        model.scenario().id(),
        outputs.seed(),
        outputs.trials(),
        model.parameters().size(),
        model.parameters().uncertainCount(),
        model.summarize(outputs));
  }

  /**
   * Runs the trials of a model and returns every trial's outputs.
   *
   * @throws IllegalArgumentException if {@code trials} is negative or the outputs would not fit in
   *     one array
   */
  public TrialOutputs sample(UncertainModel model, int trials, Seed seed) {
    Objects.requireNonNull(seed, "seed");
    int width = model.outputs().size();
    if (trials < 0 || (long) trials * width > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "expected between 0 and "
              + (Integer.MAX_VALUE - 8) / Math.max(1, width)
              + " trials, but found "
              + trials);
    }
    ParameterSpace space = model.parameters();
    double[] results = new double[trials * width];
    executor.execute(trials, width, () -> worker(model, space, seed), results);
    return new TrialOutputs(seed, model.outputs(), trials, results, false);
  }

  private static TrialWorker worker(UncertainModel model, ParameterSpace space, Seed seed) {
    UncertainModel.Evaluator evaluator = model.evaluator();
    double[] u = new double[space.size()];
    double[] x = new double[space.size()];
    return (trial, results, offset) -> {
      Seed modelSeed = draw(seed, trial, u);
      space.quantiles(u, x);
      evaluator.evaluate(x, modelSeed, results, offset);
    };
  }

  /**
   * Draws trial {@code trial}'s uniforms into {@code u} (one per parameter) and returns the trial's
   * seed for stochastic models: the layout of the trial's stream described above.
   */
  public static Seed draw(Seed seed, long trial, double[] u) {
    RandomGenerator random = seed.stream(trial);
    Seed modelSeed = Seed.of(random.nextLong());
    for (int p = 0; p < u.length; p++) {
      u[p] = uniform(random);
    }
    return modelSeed;
  }

  /** Returns a uniform in the open interval (0, 1): 53 random bits, offset by half a step. */
  static double uniform(RandomGenerator random) {
    return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }
}
