package dev.parley.core.sensitivity;

import dev.parley.core.model.Distribution;
import dev.parley.core.montecarlo.Parameter;
import dev.parley.core.montecarlo.ParameterSpace;
import dev.parley.core.montecarlo.UncertainModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Test functions with known sensitivity indices, as uncertain models. */
final class FunctionModels {
  private FunctionModels() {}

  /** Returns a model of one output over independent uniform inputs x1, x2, .... */
  static UncertainModel uniform(double low, double high, int inputs, ToDoubleFunction<double[]> f) {
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      parameters.add(
          new Parameter(
              "x" + (i + 1),
              new Distribution.Uniform(low, high, (low + high) / 2),
              Double.NEGATIVE_INFINITY,
              Double.POSITIVE_INFINITY));
    }
    ParameterSpace space = ParameterSpace.of(parameters);
    return new UncertainModel() {
      @Override
      public ParameterSpace parameters() {
        return space;
      }

      @Override
      public List<String> outputs() {
        return List.of("y");
      }

      @Override
      public Evaluator evaluator() {
        return (x, seed, out, offset) -> out[offset] = f.applyAsDouble(x);
      }
    };
  }

  /** The Ishigami function, sin x1 + a sin² x2 + b x3⁴ sin x1, on U(−π, π)³. */
  static UncertainModel ishigami(double a, double b) {
    return uniform(
        -Math.PI,
        Math.PI,
        3,
        x ->
            Math.sin(x[0])
                + a * Math.pow(Math.sin(x[1]), 2)
                + b * Math.pow(x[2], 4) * Math.sin(x[0]));
  }
}
