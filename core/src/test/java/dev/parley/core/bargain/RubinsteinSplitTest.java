package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RubinsteinSplitTest {
  @Test
  void split_givesTheClosedForm() {
    RubinsteinSplit s = RubinsteinSplit.of(0.9, 0.8);
    assertThat(s.firstShare()).isCloseTo(0.2 / 0.28, within(1e-15));
    assertThat(s.firstShare() + s.secondShare()).isEqualTo(1.0);
  }

  @Test
  void split_isEven_inTheLimitOfEqualPatience() {
    RubinsteinSplit s = RubinsteinSplit.of(0.999999, 0.999999);
    assertThat(s.firstShare()).isCloseTo(0.5, within(1e-6));
    assertThat(s.limitFirstShare()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void morePatientParty_getsMore_inTheLimit() {
    RubinsteinSplit s = RubinsteinSplit.of(0.99, 0.9);
    assertThat(s.limitFirstShare()).isGreaterThan(0.5);
    assertThat(s.limitFirstShare())
        .isCloseTo(Math.log(0.9) / (Math.log(0.99) + Math.log(0.9)), within(1e-15));
  }

  @Test
  void impatientResponder_leavesTheProposerEverything() {
    assertThat(RubinsteinSplit.of(0.5, 1e-12).firstShare()).isCloseTo(1, within(1e-9));
  }

  @Test
  void split_rejectsDiscountFactorsOutsideTheUnitInterval() {
    assertThatThrownBy(() -> RubinsteinSplit.of(0, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RubinsteinSplit.of(0.5, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
