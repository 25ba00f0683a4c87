package dev.parley.core.forecast;

import dev.parley.core.random.Seed;

/**
 * The compromise model: on each dimension, the mean of the actors' positions weighted by capability
 * × salience, {@code Σ c_i s_i x_i / Σ c_i s_i}.
 *
 * <p>Source: Van den Bos (1991); the benchmark of Thomson et al., "The European Union Decides"
 * (2006), which no model reliably beats on the DEU data; Leinaweaver and Thomson (2014) call it a
 * computationally simple variant of the Nash bargaining solution. A dimension on which no actor has
 * weight is forecast at the unweighted mean. Cost: O(n·d).
 */
public final class CompromiseModel implements Forecaster {
  @Override
  public String name() {
    return "compromise";
  }

  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    int d = problem.dimensionCount();
    double[] out = new double[d];
    for (int k = 0; k < d; k++) {
      double weighted = 0;
      double weight = 0;
      double plain = 0;
      for (int i = 0; i < problem.actorCount(); i++) {
        double w = problem.capability(i) * problem.salience(i, k);
        weighted += w * problem.position(i, k);
        weight += w;
        plain += problem.position(i, k);
      }
      out[k] = weight > 0 ? weighted / weight : plain / problem.actorCount();
    }
    return Forecast.of(name(), out);
  }
}
