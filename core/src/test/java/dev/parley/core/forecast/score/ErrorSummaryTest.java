package dev.parley.core.forecast.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorSummaryTest {
  @Test
  void summary_givesMeanMedianAndHitShares() {
    ErrorSummary s = ErrorSummary.of(new double[] {0, 5, 7.5, 10, 30});
    assertThat(s.n()).isEqualTo(5);
    assertThat(s.mae()).isCloseTo(52.5 / 5, within(1e-12));
    assertThat(s.medianAe()).isEqualTo(7.5);
    assertThat(s.hit5()).isEqualTo(0.4);
    assertThat(s.hit10()).isEqualTo(0.8);
  }

  @Test
  void median_ofAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(ErrorSummary.of(new double[] {9, 1, 3, 4}).medianAe()).isEqualTo(3.5);
  }

  @Test
  void summary_rejectsNoErrorsAndNegativeOrNaNErrors() {
    assertThatThrownBy(() -> ErrorSummary.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErrorSummary.of(new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErrorSummary.of(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
