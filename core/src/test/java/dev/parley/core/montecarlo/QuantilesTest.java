package dev.parley.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.model.Distribution;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void normalCdf_matchesReferenceValues() {
    // reference values of Φ to 16 digits (R: pnorm)
    assertThat(Quantiles.cdf(0)).isEqualTo(0.5);
    assertThat(Quantiles.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
    assertThat(Quantiles.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-15));
    assertThat(Quantiles.cdf(2.5)).isCloseTo(0.9937903346742238, within(1e-15));
    assertThat(Quantiles.cdf(-5))
        .isCloseTo(2.866515718791939e-07, Percentage.withPercentage(1e-10));
    assertThat(Quantiles.cdf(-10))
        .isCloseTo(7.619853024160527e-24, Percentage.withPercentage(1e-9));
    assertThat(Quantiles.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(Quantiles.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
  }

  @Test
  void normalInverse_isTheInverseOfTheCdf() {
    for (double p :
        new double[] {1e-12, 1e-6, 0.001, 0.02425, 0.05, 0.3, 0.5, 0.77, 0.975, 0.999}) {
      double x = Quantiles.inverseCdf(p);
      assertThat(Quantiles.cdf(x)).as("p = %s", p).isCloseTo(p, Percentage.withPercentage(1e-10));
    }
    assertThat(Quantiles.inverseCdf(0.975)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(Quantiles.inverseCdf(0.05)).isCloseTo(-1.6448536269514729, within(1e-13));
  }

  @Test
  void uniformAndTriangular_invertTheirDistributionFunctions() {
    assertThat(Quantiles.of(new Distribution.Uniform(2, 6, 4), 0.25)).isEqualTo(3);
    Distribution.Triangular t = new Distribution.Triangular(0, 1, 4);
    // F(x) = x²/4 on [0, 1]; F(1) = 1/4; on [1, 4]: 1 − (4 − x)²/12
    assertThat(Quantiles.of(t, 0.0625)).isCloseTo(0.5, within(1e-15));
    assertThat(Quantiles.of(t, 0.25)).isCloseTo(1, within(1e-15));
    assertThat(Quantiles.of(t, 1 - 4.0 / 12)).isCloseTo(2, within(1e-15));
    assertThat(Quantiles.of(Distribution.point(0.3), 0.9)).isEqualTo(0.3);
  }

  @Test
  void truncatedNormal_staysInItsWindowAndSplitsItsMass() {
    Distribution.Normal n = new Distribution.Normal(0.4, 0.05, 0.35, 0.6);
    double lo = Quantiles.of(n, 1e-9);
    double hi = Quantiles.of(n, 1 - 1e-9);
    assertThat(lo).isBetween(0.35, 0.36);
    assertThat(hi).isBetween(0.55, 0.6);
    // the median of the truncated normal: Φ((m − μ)/σ) = (Φ(a) + Φ(b)) / 2
    double a = Quantiles.cdf(-1);
    double b = Quantiles.cdf(4);
    double median = 0.4 + 0.05 * Quantiles.inverseCdf((a + b) / 2);
    assertThat(Quantiles.of(n, 0.5)).isCloseTo(median, within(1e-14));
  }

  @Test
  void truncatedNormal_farInTheUpperTail_isStillInverted() {
    // the window [μ + 9σ, μ + 10σ] has mass 1e-19: Φ(9) rounds to 1, so it is mirrored
    Distribution.Normal n = new Distribution.Normal(0, 1, 9, 10);
    double x = Quantiles.of(n, 0.5);
    assertThat(x).isStrictlyBetween(9.0, 9.2);
    assertThat(Quantiles.of(n, 0.1)).isLessThan(x);
    assertThat(Quantiles.of(n, 0.9)).isGreaterThan(x);
  }

  @Test
  void degenerateNormal_isItsClampedMean() {
    assertThat(Quantiles.of(new Distribution.Normal(0.7, 0, 0, 0.5), 0.3)).isEqualTo(0.5);
  }
}
