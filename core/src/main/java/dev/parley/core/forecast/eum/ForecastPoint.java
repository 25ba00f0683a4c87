package dev.parley.core.forecast.eum;

/** Which summary of the final positions is the model's forecast. */
public enum ForecastPoint {
  /**
   * The capability × salience weighted median of the actors' positions, the position that beats
   * every other in pairwise votes (BdM's forecast).
   */
  MEDIAN,
  /** The capability × salience weighted mean of the actors' positions. */
  MEAN
}
