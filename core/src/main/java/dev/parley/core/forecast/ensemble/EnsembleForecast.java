package dev.parley.core.forecast.ensemble;

import java.util.List;

/**
 * The ensemble's forecast of a spatial problem: on each dimension the median of its outcome
 * distribution, the prediction interval at each level of its parameters, and the distribution.
 *
 * @param outcome the forecast position on each dimension, in dimension order
 * @param intervals {@code intervals[dimension]}: one interval per level, in increasing level
 * @param distributions the outcome distribution of each dimension
 */
public record EnsembleForecast(
    List<Double> outcome,
    List<List<PredictionInterval>> intervals,
    List<OutcomeDistribution> distributions) {
  /** Validates and copies the fields. */
  public EnsembleForecast {
    outcome = List.copyOf(outcome);
    intervals = intervals.stream().map(List::copyOf).toList();
    distributions = List.copyOf(distributions);
    if (intervals.size() != outcome.size() || distributions.size() != outcome.size()) {
      throw new IllegalArgumentException(
          "expected intervals and a distribution for each of "
              + outcome.size()
              + " dimensions, but found "
              + intervals.size()
              + " and "
              + distributions.size());
    }
  }

  /** Returns the forecast position on a dimension. */
  public double outcome(int dimension) {
    return outcome.get(dimension);
  }

  /**
   * Returns a dimension's interval at a level.
   *
   * @throws IllegalArgumentException if the ensemble has no interval at that level
   */
  public PredictionInterval interval(int dimension, double level) {
    for (PredictionInterval i : intervals.get(dimension)) {
      if (i.level() == level) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "expected a level among "
            + intervals.get(dimension).stream().map(PredictionInterval::level).toList()
            + ", but found "
            + level);
  }
}
