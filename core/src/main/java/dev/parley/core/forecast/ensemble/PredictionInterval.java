package dev.parley.core.forecast.ensemble;

/**
 * A range that holds the outcome of a dimension with a stated probability, on the dimension's
 * scale.
 *
 * @param level the nominal coverage, such as 0.8
 * @param lower the lower end
 * @param upper the upper end
 */
public record PredictionInterval(double level, double lower, double upper) {
  /** Validates the fields. */
  public PredictionInterval {
    if (!(level > 0 && level < 1) || !(lower <= upper)) {
      throw new IllegalArgumentException(
          "expected a level in (0, 1) and lower <= upper, but found "
              + level
              + " and ["
              + lower
              + ", "
              + upper
              + "]");
    }
  }

  /** Returns whether a position lies in the interval, ends included. */
  public boolean contains(double position) {
    return position >= lower && position <= upper;
  }
}
