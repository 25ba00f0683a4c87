package dev.parley.core.montecarlo;

import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scenario under uncertainty as a model: its numbers are the parameters, and the outputs are
 * those of the given analyses, one after another.
 *
 * <p>The scenario is compiled once (no re-validation per trial); immutable and thread-safe.
 */
public final class ScenarioModel implements UncertainModel {
  private final ScenarioLayout layout;
  private final List<TrialAnalysis> analyses;
  private final List<String> outputs;
  private final int[] offsets;

  private ScenarioModel(Scenario scenario, List<? extends TrialAnalysis> analyses) {
    this.layout = ScenarioLayout.of(Objects.requireNonNull(scenario, "scenario"));
    this.analyses = List.copyOf(analyses);
    List<String> names = new ArrayList<>();
    offsets = new int[this.analyses.size()];
    for (int a = 0; a < offsets.length; a++) {
      offsets[a] = names.size();
      names.addAll(this.analyses.get(a).outputs(scenario));
    }
    this.outputs = List.copyOf(names);
  }

  /** Returns the model of a scenario with the given analyses. */
  public static ScenarioModel of(Scenario scenario, List<? extends TrialAnalysis> analyses) {
    return new ScenarioModel(scenario, analyses);
  }

  /** Returns the scenario. */
  public Scenario scenario() {
    return layout.scenario;
  }

  @Override
  public ParameterSpace parameters() {
    return layout.parameters();
  }

  @Override
  public List<String> outputs() {
    return outputs;
  }

  /** Returns the analyses, in output order. */
  public List<TrialAnalysis> analyses() {
    return analyses;
  }

  /** Returns the column of analysis {@code a}'s first output. */
  public int offset(int a) {
    return offsets[a];
  }

  /** Returns a new sampled scenario holding the nominal values. */
  public SampledScenario sample() {
    return new SampledScenario(layout);
  }

  @Override
  public Evaluator evaluator() {
    SampledScenario trial = new SampledScenario(layout);
    Scenario scenario = layout.scenario;
    TrialAnalysis.Recorder[] recorders = new TrialAnalysis.Recorder[analyses.size()];
    for (int a = 0; a < recorders.length; a++) {
      recorders[a] = analyses.get(a).recorder(scenario);
    }
    return (double[] x, Seed seed, double[] out, int offset) -> {
      trial.set(x);
      for (int a = 0; a < recorders.length; a++) {
        recorders[a].record(trial, seed, out, offset + offsets[a]);
      }
    };
  }

  /** Returns the summaries of every analysis over the given trials' outputs. */
  public List<AnalysisSummary> summarize(TrialOutputs trials) {
    List<AnalysisSummary> out = new ArrayList<>();
    for (int a = 0; a < analyses.size(); a++) {
      out.add(analyses.get(a).summarize(layout.scenario, trials, offsets[a]));
    }
    return out;
  }
}
