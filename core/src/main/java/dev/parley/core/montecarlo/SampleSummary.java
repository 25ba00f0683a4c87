package dev.parley.core.montecarlo;

import java.util.Arrays;

/**
 * The distribution of one output over the trials that define it: its moments, extremes and
 * quantiles.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman and Fan's type 7, the default
 * of R and NumPy). The standard deviation divides by {@code n − 1}; the standard error is that of
 * the mean, {@code sd / √n}. With no values every figure is NaN; with one, the spread is 0.
 *
 * @param n the number of trials that define the output (NaN values are left out)
 * @param q05 the 5% quantile
 * @param q25 the 25% quantile
 * @param median the 50% quantile
 * @param q75 the 75% quantile
 * @param q95 the 95% quantile
 */
public record SampleSummary(
    long n,
    double mean,
    double sd,
    double standardError,
    double min,
    double q05,
    double q25,
    double median,
    double q75,
    double q95,
    double max) {

  /** Returns the summary of the values that are not NaN, summed in the given order. */
  public static SampleSummary of(double[] values) {
    double[] v = new double[values.length];
    int n = 0;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        v[n++] = x;
      }
    }
    if (n == 0) {
      double nan = Double.NaN;
      return new SampleSummary(0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += v[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = v[i] - mean;
      squares += d * d;
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    double[] sorted = Arrays.copyOf(v, n);
    Arrays.sort(sorted);
    return new SampleSummary(
        n,
        mean,
        sd,
        sd / Math.sqrt(n),
        sorted[0],
        quantile(sorted, 0.05),
        quantile(sorted, 0.25),
        quantile(sorted, 0.5),
        quantile(sorted, 0.75),
        quantile(sorted, 0.95),
        sorted[n - 1]);
  }

  /** Returns the type-7 quantile at probability {@code p} of ascending values. */
  public static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
