package dev.parley.core.forecast.score;

/**
 * A confidence interval for a quantity.
 *
 * @param estimate the point estimate
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the coverage, such as 0.95
 */
public record ConfidenceInterval(double estimate, double lower, double upper, double level) {
  /** Validates the fields. */
  public ConfidenceInterval {
    if (!(lower <= upper) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "expected lower <= upper and a level in (0, 1), but found ["
              + lower
              + ", "
              + upper
              + "] at "
              + level);
    }
  }

  /** Returns whether the interval excludes zero, so that the difference is significant. */
  public boolean excludesZero() {
    return lower > 0 || upper < 0;
  }
}
