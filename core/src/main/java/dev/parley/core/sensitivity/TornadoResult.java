package dev.parley.core.sensitivity;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Objects;

/**
 * The one-at-a-time sensitivity of every output: per output, each uncertain parameter's swing,
 * largest first.
 *
 * @param seed the seed stochastic models received
 * @param low the probability of the low end of each parameter's range, such as 0.05
 * @param high the probability of the high end, such as 0.95
 */
public record TornadoResult(Seed seed, double low, double high, List<OutputTornado> outputs) {
  /** Validates and copies the fields. */
  public TornadoResult {
    Objects.requireNonNull(seed, "seed");
    outputs = List.copyOf(outputs);
  }

  /** Returns the tornado of the output with the given name, if there is one. */
  public java.util.Optional<OutputTornado> output(String name) {
    return outputs.stream().filter(o -> o.output().equals(name)).findFirst();
  }

  /**
   * The swings of one output.
   *
   * @param nominal the output with every parameter at its nominal value
   * @param bars one per uncertain parameter, by decreasing swing; undefined swings (NaN) last
   */
  public record OutputTornado(String output, double nominal, List<Bar> bars) {
    /** Validates and copies the fields. */
    public OutputTornado {
      Objects.requireNonNull(output, "output");
      bars = List.copyOf(bars);
    }
  }

  /**
   * One parameter's effect on one output.
   *
   * @param lowValue the parameter's value at the low quantile
   * @param highValue its value at the high quantile
   * @param outputAtLow the output with the parameter at its low value
   * @param outputAtHigh the output with the parameter at its high value
   * @param swing {@code |outputAtHigh − outputAtLow|}; NaN if either is undefined
   */
  public record Bar(
      String parameter,
      double lowValue,
      double highValue,
      double outputAtLow,
      double outputAtHigh,
      double swing) {
    /** Validates the fields. */
    public Bar {
      Objects.requireNonNull(parameter, "parameter");
    }
  }
}
