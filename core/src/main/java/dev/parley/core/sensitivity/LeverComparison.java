package dev.parley.core.sensitivity;

import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TrialAnalysis;
import dev.parley.core.montecarlo.TrialOutputs;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every analysis with and without each lever, side by side: the scenario as it is, then with each
 * lever pulled alone ({@link Levers#apply}), each run with the same seed and trials, every output
 * compared trial by trial.
 *
 * <p>Because trial {@code i} draws the same uniforms in every variant (see {@link
 * MonteCarloRunner}), the difference an output shows in trial {@code i} is the lever's effect under
 * the same draw of everything uncertain; its mean over the trials has the standard error of the
 * paired differences, far smaller than that of two independent runs. The nominal values (every
 * number at its nominal value) are given beside.
 */
public final class LeverComparison {
  private final MonteCarloRunner runner;

  /** Creates the comparison on the calling thread. */
  public LeverComparison() {
    this(new MonteCarloRunner());
  }

  /** Creates the comparison with the given runner. */
  public LeverComparison(MonteCarloRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** Returns the baseline and each lever's variant of the analyses, with the differences. */
  public LeverComparisonResult compare(
      Scenario scenario, int trials, Seed seed, List<? extends TrialAnalysis> analyses) {
    return compare(
        scenario, trials, seed, analyses, scenario.levers().stream().map(Lever::id).toList());
  }

  /**
   * Returns the baseline and the variants of the given levers, in the scenario's lever order; with
   * no levers, the baseline alone.
   *
   * @throws IllegalArgumentException if a lever is not the scenario's
   */
  public LeverComparisonResult compare(
      Scenario scenario,
      int trials,
      Seed seed,
      List<? extends TrialAnalysis> analyses,
      List<LeverId> chosen) {
    for (LeverId id : chosen) {
      if (scenario.lever(id).isEmpty()) {
        throw new IllegalArgumentException("expected a lever of the scenario, but found " + id);
      }
    }
    ScenarioModel base = ScenarioModel.of(scenario, analyses);
    TrialOutputs baseTrials = runner.sample(base, trials, seed);
    double[] baseNominal = nominal(base, seed);
    LeverComparisonResult.Variant baseline =
        new LeverComparisonResult.Variant(
            MonteCarloRunner.summarize(base, baseTrials), boxed(baseNominal));
    List<LeverComparisonResult.LeverVariant> levers = new ArrayList<>();
    for (Lever lever : scenario.levers()) {
      if (!chosen.contains(lever.id())) {
        continue;
      }
      ScenarioModel pulled =
          ScenarioModel.of(Levers.apply(scenario, List.of(lever.id())), analyses);
      TrialOutputs pulledTrials = runner.sample(pulled, trials, seed);
      double[] pulledNominal = nominal(pulled, seed);
      List<LeverComparisonResult.OutputDifference> differences = new ArrayList<>();
      for (int c = 0; c < baseTrials.width(); c++) {
        differences.add(
            difference(
                baseTrials.names().get(c),
                baseTrials.column(c),
                pulledTrials.column(c),
                baseNominal[c],
                pulledNominal[c]));
      }
      levers.add(
          new LeverComparisonResult.LeverVariant(
              lever.id(),
              lever.name(),
              new LeverComparisonResult.Variant(
                  MonteCarloRunner.summarize(pulled, pulledTrials), boxed(pulledNominal)),
              differences));
    }
    return new LeverComparisonResult(seed, trials, base.outputs(), baseline, levers);
  }

  private static double[] nominal(ScenarioModel model, Seed seed) {
    double[] out = new double[model.outputs().size()];
    model.evaluator().evaluate(model.parameters().nominal(), seed, out, 0);
    return out;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  /** The paired comparison of one output over the trials where both variants define it. */
  static LeverComparisonResult.OutputDifference difference(
      String output, double[] base, double[] pulled, double nominalBase, double nominalPulled) {
    long n = 0;
    double sumBase = 0;
    double sumPulled = 0;
    for (int i = 0; i < base.length; i++) {
      if (!Double.isNaN(base[i]) && !Double.isNaN(pulled[i])) {
        n++;
        sumBase += base[i];
        sumPulled += pulled[i];
      }
    }
    if (n == 0) {
      double nan = Double.NaN;
      return new LeverComparisonResult.OutputDifference(
          output, 0, nan, nan, nan, nan, nominalBase, nominalPulled);
    }
    double meanBase = sumBase / n;
    double meanPulled = sumPulled / n;
    double meanDifference = meanPulled - meanBase;
    double squares = 0;
    for (int i = 0; i < base.length; i++) {
      if (!Double.isNaN(base[i]) && !Double.isNaN(pulled[i])) {
        double d = (pulled[i] - base[i]) - meanDifference;
        squares += d * d;
      }
    }
    double se = n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0;
    return new LeverComparisonResult.OutputDifference(
        output, n, meanBase, meanPulled, meanDifference, se, nominalBase, nominalPulled);
  }
}
