package dev.parley.core.forecast.score;

import dev.parley.core.random.Seed;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The paired (percentile) bootstrap of the difference between two models' mean errors on the same
 * items (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993, ch. 13).
 *
 * <p>Each replicate draws {@code n} item indexes uniformly with replacement and takes the mean of
 * {@code a_i − b_i} over them; the interval runs from the {@code ⌊(1−level)/2 · B⌋}-th to the
 * {@code (⌈(1+level)/2 · B⌉ − 1)}-th of the {@code B} sorted replicate means (0-based). Replicate
 * {@code r} draws from {@link Seed#stream(long) seed.stream(r)}, so the result is the same bit for
 * bit whatever the number of threads that compute the replicates. Cost: O(B·n).
 */
public final class PairedBootstrap {
  private PairedBootstrap() {}

  /**
   * Returns the confidence interval of {@code mean(a) − mean(b)}, its estimate the difference on
   * the data as given.
   *
   * @param a one model's errors, item by item
   * @param b the other model's errors on the same items
   * @param replicates the number of bootstrap replicates, at least 1
   * @param level the coverage, in (0, 1)
   */
  public static ConfidenceInterval meanDifference(
      double[] a, double[] b, int replicates, double level, Seed seed) {
    int n = a.length;
    if (n == 0 || b.length != n) {
      throw new IllegalArgumentException(
          "expected two equally long, non-empty error lists, but found " + n + " and " + b.length);
    }
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be at least 1, was " + replicates);
    }
    double[] difference = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      difference[i] = a[i] - b[i];
      total += difference[i];
    }
    double[] means = new double[replicates];
    IntStream.range(0, replicates)
        .parallel()
        .forEach(
            r -> {
              RandomGenerator random = seed.stream(r);
              double sum = 0;
              for (int k = 0; k < n; k++) {
                sum += difference[random.nextInt(n)];
              }
              means[r] = sum / n;
            });
    Arrays.sort(means);
    int lower = (int) Math.floor((1 - level) / 2 * replicates);
    int upper = (int) Math.ceil((1 + level) / 2 * replicates) - 1;
    lower = Math.max(0, Math.min(lower, replicates - 1));
    upper = Math.max(lower, Math.min(upper, replicates - 1));
    return new ConfidenceInterval(total / n, means[lower], means[upper], level);
  }
}
