package dev.parley.core.montecarlo;

import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import java.util.List;

/**
 * What is computed on each sampled scenario and how the trials are summarised: a forecasting
 * model's outcome per issue ({@link ForecastTrials}), the bargaining outcome ({@link
 * BargainingTrials}), or any other analysis that writes numbers per trial.
 *
 * <p>Implementations are immutable and thread-safe; each thread records through its own {@link
 * Recorder}. An output a trial cannot define (no agreement, so no utility at it) is NaN.
 */
public interface TrialAnalysis {
  /** Returns the analysis's name, the prefix of its output names. */
  String name();

  /** Returns the names of the outputs one trial yields for the scenario, in order. */
  List<String> outputs(Scenario scenario);

  /** Returns a new recorder for one thread. */
  Recorder recorder(Scenario scenario);

  /**
   * Returns the summary of all trials.
   *
   * @param outputs every trial's outputs
   * @param first the column of this analysis's first output
   */
  AnalysisSummary summarize(Scenario scenario, TrialOutputs outputs, int first);

  /** Records one trial's outputs, reusing its scratch space between trials. */
  @FunctionalInterface
  interface Recorder {
    /**
     * Analyses the sampled scenario and writes the outputs to {@code out[offset, offset +
     * outputs(scenario).size())}.
     *
     * @param seed this trial's seed for stochastic models
     */
    void record(SampledScenario trial, Seed seed, double[] out, int offset);
  }
}
