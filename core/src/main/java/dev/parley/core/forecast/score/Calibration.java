package dev.parley.core.forecast.score;

/**
 * How well a model's prediction intervals at one nominal level held the outcomes of held-out items.
 *
 * @param level the nominal coverage, such as 0.8
 * @param coverage the share of held-out items whose outcome lay in the interval, in [0, 1]
 * @param meanWidth the mean width of the intervals, cut to the scale, in points of the 0–100 scale
 */
public record Calibration(double level, double coverage, double meanWidth) {
  /** Validates the fields. */
  public Calibration {
    if (!(level > 0 && level < 1) || !(coverage >= 0 && coverage <= 1) || !(meanWidth >= 0)) {
      throw new IllegalArgumentException(
          "expected a level in (0, 1), a coverage in [0, 1] and a width >= 0, but found "
              + level
              + ", "
              + coverage
              + ", "
              + meanWidth);
    }
  }

  /**
   * Returns the calibration of intervals {@code forecast ± radius}, cut to {@code [lower, upper]}.
   *
   * @param forecasts each item's forecast
   * @param outcomes each item's outcome
   * @param radii each item's interval radius (infinite for the whole scale)
   */
  public static Calibration of(
      double level,
      double[] forecasts,
      double[] outcomes,
      double[] radii,
      double lower,
      double upper) {
    int n = forecasts.length;
    if (n == 0 || outcomes.length != n || radii.length != n) {
      throw new IllegalArgumentException(
          "expected as many outcomes and radii as forecasts (at least one), but found "
              + n
              + ", "
              + outcomes.length
              + " and "
              + radii.length);
    }
    int held = 0;
    double width = 0;
    for (int i = 0; i < n; i++) {
      double lo = Math.max(lower, forecasts[i] - radii[i]);
      double hi = Math.min(upper, forecasts[i] + radii[i]);
      held += outcomes[i] >= lo && outcomes[i] <= hi ? 1 : 0;
      width += Math.max(0, hi - lo);
    }
    return new Calibration(level, (double) held / n, width / n);
  }
}
