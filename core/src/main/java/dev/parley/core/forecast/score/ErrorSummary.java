package dev.parley.core.forecast.score;

import java.util.Arrays;

/**
 * How close a model's forecasts came to the outcomes: the mean and median absolute error and the
 * shares of forecasts within 5 and within 10 points, over {@code n} forecasts.
 *
 * @param n the number of forecasts scored
 * @param mae the mean absolute error
 * @param medianAe the median absolute error (the mean of the two middle errors when {@code n} is
 *     even)
 * @param hit5 the share of forecasts with an absolute error of at most 5, in [0, 1]
 * @param hit10 the share of forecasts with an absolute error of at most 10, in [0, 1]
 */
public record ErrorSummary(int n, double mae, double medianAe, double hit5, double hit10) {
  /** Validates the fields. */
  public ErrorSummary {
    if (n < 1) {
      throw new IllegalArgumentException("expected at least one forecast, but found " + n);
    }
  }

  /**
   * Returns the summary of the given absolute errors.
   *
   * @throws IllegalArgumentException if there are none, or one is negative or NaN
   */
  public static ErrorSummary of(double[] absoluteErrors) {
    int n = absoluteErrors.length;
    if (n == 0) {
      throw new IllegalArgumentException("expected at least one error, but found none");
    }
    double[] sorted = absoluteErrors.clone();
    Arrays.sort(sorted);
    if (!(sorted[0] >= 0) || Double.isNaN(sorted[n - 1])) {
      throw new IllegalArgumentException(
          "expected absolute errors (>= 0), but found " + sorted[0] + " .. " + sorted[n - 1]);
    }
    double sum = 0;
    int within5 = 0;
    int within10 = 0;
    for (double e : absoluteErrors) {
      sum += e;
      within5 += e <= 5 ? 1 : 0;
      within10 += e <= 10 ? 1 : 0;
    }
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new ErrorSummary(n, sum / n, median, (double) within5 / n, (double) within10 / n);
  }
}
