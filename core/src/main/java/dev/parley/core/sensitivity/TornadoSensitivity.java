package dev.parley.core.sensitivity;

import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.Parameter;
import dev.parley.core.montecarlo.ParameterSpace;
import dev.parley.core.montecarlo.UncertainModel;
import dev.parley.core.random.Seed;
import dev.parley.core.spi.TrialExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One-at-a-time sensitivity, drawn as a tornado: each uncertain parameter alone at a low and a high
 * quantile of its distribution (5% and 95% by default), every other parameter at its nominal value,
 * and how far each output swings.
 *
 * <p>It shows the effect of each assumption on its own and misses interactions (Sobol's total
 * indices capture those). Stochastic models receive the same seed in every run, so the swings are
 * not noise. Cost: 2·k + 1 model evaluations for k uncertain parameters.
 */
public final class TornadoSensitivity {
  private final TrialExecutor executor;
  private final double low;
  private final double high;

  /** Creates the analysis at the 5% and 95% quantiles, on the calling thread. */
  public TornadoSensitivity() {
    this(LocalTrialExecutor.sequential(), 0.05, 0.95);
  }

  /**
   * Creates the analysis at the given quantiles.
   *
   * @throws IllegalArgumentException unless {@code 0 < low < high < 1}
   */
  public TornadoSensitivity(TrialExecutor executor, double low, double high) {
    this.executor = Objects.requireNonNull(executor, "executor");
    if (!(low > 0 && low < high && high < 1)) {
      throw new IllegalArgumentException(
          "expected 0 < low < high < 1, but found " + low + " and " + high);
    }
    this.low = low;
    this.high = high;
  }

  /**
   * Returns every output's swings, largest first.
   *
   * @param seed the seed every run gives stochastic models
   */
  public TornadoResult analyze(UncertainModel model, Seed seed) {
    ParameterSpace space = model.parameters();
    int[] uncertain = space.uncertain();
    int width = model.outputs().size();
    int runs = 2 * uncertain.length + 1;
    double[] nominal = space.nominal();
    double[] results = new double[runs * width];
    executor.execute(
        runs,
        width,
        () -> {
          UncertainModel.Evaluator evaluator = model.evaluator();
          double[] x = nominal.clone();
          return (run, out, offset) -> {
            System.arraycopy(nominal, 0, x, 0, x.length);
            if (run > 0) {
              Parameter p = space.get(uncertain[(run - 1) / 2]);
              x[uncertain[(run - 1) / 2]] = p.quantile(run % 2 == 1 ? low : high);
            }
            evaluator.evaluate(x, seed, out, offset);
          };
        },
        results);
    List<TornadoResult.OutputTornado> outputs = new ArrayList<>();
    for (int o = 0; o < width; o++) {
      List<TornadoResult.Bar> bars = new ArrayList<>();
      for (int q = 0; q < uncertain.length; q++) {
        Parameter p = space.get(uncertain[q]);
        double atLow = results[(2 * q + 1) * width + o];
        double atHigh = results[(2 * q + 2) * width + o];
        bars.add(
            new TornadoResult.Bar(
                p.name(),
                p.quantile(low),
                p.quantile(high),
                atLow,
                atHigh,
                Math.abs(atHigh - atLow)));
      }
      bars.sort(
          Comparator.comparingDouble((TornadoResult.Bar b) -> Double.isNaN(b.swing()) ? 1 : 0)
              .thenComparing(Comparator.comparingDouble(TornadoResult.Bar::swing).reversed()));
      outputs.add(new TornadoResult.OutputTornado(model.outputs().get(o), results[o], bars));
    }
    return new TornadoResult(seed, low, high, outputs);
  }
}
