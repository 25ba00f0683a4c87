package dev.parley.core.forecast.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
  private static double[] errors(long seed, int n, double shift) {
    RandomGenerator r = Seed.of(seed).stream(0);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.abs(20 * r.nextGaussian() + shift);
    }
    return out;
  }

  private static ConfidenceInterval inPool(int threads, double[] a, double[] b) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> PairedBootstrap.meanDifference(a, b, 4000, 0.95, Seed.of(7))).get();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void interval_isTheSameForAnyNumberOfThreads() throws Exception {
    double[] a = errors(1, 353, 3);
    double[] b = errors(2, 353, 0);
    ConfidenceInterval one = inPool(1, a, b);
    assertThat(inPool(3, a, b)).isEqualTo(one);
    assertThat(inPool(8, a, b)).isEqualTo(one);
    assertThat(PairedBootstrap.meanDifference(a, b, 4000, 0.95, Seed.of(7))).isEqualTo(one);
    assertThat(PairedBootstrap.meanDifference(a, b, 4000, 0.95, Seed.of(8))).isNotEqualTo(one);
  }

  @Test
  void estimate_isTheObservedDifferenceAndLiesInTheInterval() {
    double[] a = errors(3, 200, 2);
    double[] b = errors(4, 200, 0);
    ConfidenceInterval ci = PairedBootstrap.meanDifference(a, b, 2000, 0.95, Seed.of(1));
    double observed = 0;
    for (int i = 0; i < a.length; i++) {
      observed += (a[i] - b[i]) / a.length;
    }
    assertThat(ci.estimate()).isCloseTo(observed, within(1e-12));
    assertThat(ci.lower()).isLessThanOrEqualTo(ci.estimate());
    assertThat(ci.upper()).isGreaterThanOrEqualTo(ci.estimate());
  }

  @Test
  void constantDifference_givesADegenerateInterval() {
    double[] b = errors(5, 50, 0);
    double[] a = b.clone();
    for (int i = 0; i < a.length; i++) {
      a[i] += 1.5;
    }
    ConfidenceInterval ci = PairedBootstrap.meanDifference(a, b, 500, 0.95, Seed.of(1));
    assertThat(ci.lower()).isCloseTo(1.5, within(1e-12));
    assertThat(ci.upper()).isCloseTo(1.5, within(1e-12));
    assertThat(ci.excludesZero()).isTrue();
  }

  @Test
  void interval_widthShrinksLikeOneOverRootN() {
    // The standard error of a mean of n paired differences falls as 1/sqrt(n): quadrupling n
    // should roughly halve the interval (here within 25 %, a margin of several Monte Carlo
    // standard errors at 4000 replicates).
    double w1 = width(400);
    double w4 = width(1600);
    assertThat(w1 / w4).isBetween(1.5, 2.5);
  }

  private static double width(int n) {
    ConfidenceInterval ci =
        PairedBootstrap.meanDifference(errors(6, n, 1), errors(7, n, 0), 4000, 0.95, Seed.of(2));
    return ci.upper() - ci.lower();
  }
}
