package dev.parley.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleSummaryTest {
  @Test
  void quantiles_interpolateLikeRsDefault() {
    // R: quantile(1:10, c(.05, .25, .5, .75, .95)) = 1.45 3.25 5.50 7.75 9.55
    SampleSummary s = SampleSummary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    assertThat(s.q05()).isCloseTo(1.45, within(1e-12));
    assertThat(s.q25()).isCloseTo(3.25, within(1e-12));
    assertThat(s.median()).isCloseTo(5.5, within(1e-12));
    assertThat(s.q75()).isCloseTo(7.75, within(1e-12));
    assertThat(s.q95()).isCloseTo(9.55, within(1e-12));
    assertThat(s.mean()).isEqualTo(5.5);
    // sd(1:10) = 3.02765
    assertThat(s.sd()).isCloseTo(Math.sqrt(55.0 / 6), within(1e-12));
    assertThat(s.standardError()).isCloseTo(s.sd() / Math.sqrt(10), within(1e-15));
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(10);
  }

  @Test
  void nanValues_areLeftOut() {
    SampleSummary s = SampleSummary.of(new double[] {Double.NaN, 2, Double.NaN, 4});
    assertThat(s.n()).isEqualTo(2);
    assertThat(s.mean()).isEqualTo(3);
    assertThat(SampleSummary.of(new double[] {Double.NaN}).mean()).isNaN();
    assertThat(SampleSummary.of(new double[] {7}).sd()).isZero();
  }

  @Test
  void proportion_hasTheBinomialStandardError() {
    Proportion p = new Proportion(25, 100);
    assertThat(p.share()).isEqualTo(0.25);
    assertThat(p.standardError()).isCloseTo(Math.sqrt(0.25 * 0.75 / 100), within(1e-15));
    assertThat(new Proportion(0, 0).share()).isNaN();
  }
}
