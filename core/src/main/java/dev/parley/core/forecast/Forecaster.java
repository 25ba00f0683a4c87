package dev.parley.core.forecast;

import dev.parley.core.random.Seed;

/**
 * A spatial forecasting model: predicts where each dimension of a {@link SpatialProblem} will land.
 *
 * <p>Implementations are immutable and thread-safe; {@code forecast} is a pure function of the
 * problem and the seed (deterministic models ignore the seed).
 */
public interface Forecaster {
  /** Returns the model's name, as the command line accepts it ({@code compromise}, {@code smp}). */
  String name();

  /** Returns the model's forecast of the problem. */
  Forecast forecast(SpatialProblem problem, Seed seed);

  /**
   * Returns whether the forecast of one dimension depends on the other dimensions, as when actors
   * trade concessions across issues. A model that does not couple them forecasts each dimension as
   * it would alone, so callers may give it one dimension at a time, with only the actors that take
   * part in it.
   */
  default boolean couplesDimensions() {
    return false;
  }
}
