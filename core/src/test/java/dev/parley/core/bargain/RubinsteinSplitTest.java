package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Clock;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.TestScenarios;
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

  @Test
  void onAClock_patienceIsConvertedToTheRound_andTheLimitDoesNotDependOnItsLength() {
    // 0.5 a year against 0.9 a 30-day round: the period of the game is one round of the clock
    Clock month = Clock.of(30);
    RubinsteinSplit s =
        RubinsteinSplit.of(month, 0.5, DiscountPeriod.YEAR, 0.9, DiscountPeriod.ROUND);
    assertThat(s.firstDiscount()).isEqualTo(StrictMath.pow(0.5, 30 / 365.0));
    assertThat(s.secondDiscount()).isEqualTo(0.9);
    assertThat(s).isEqualTo(RubinsteinSplit.of(StrictMath.pow(0.5, 30 / 365.0), 0.9));
    // both per year: a shorter round moves the split towards its limit, which stays put
    RubinsteinSplit monthly =
        RubinsteinSplit.of(month, 0.5, DiscountPeriod.YEAR, 0.8, DiscountPeriod.YEAR);
    RubinsteinSplit weekly =
        RubinsteinSplit.of(Clock.of(7), 0.5, DiscountPeriod.YEAR, 0.8, DiscountPeriod.YEAR);
    assertThat(weekly.limitFirstShare()).isCloseTo(monthly.limitFirstShare(), within(1e-12));
    assertThat(Math.abs(weekly.firstShare() - weekly.limitFirstShare()))
        .isLessThan(Math.abs(monthly.firstShare() - monthly.limitFirstShare()));
  }

  @Test
  void scenarioSplits_useTheScenarioClock_andTheActorWhoseIdSortsFirstProposes() {
    // before, the splits read every patience as per round whatever the round, and the party listed
    // first in the file proposed first
    var x = TestScenarios.issue("x", 0, 100);
    var late =
        new ActorProfile(
            ActorId.of("zed"),
            TestScenarios.point(1),
            TestScenarios.point(0),
            TestScenarios.point(0.9),
            null,
            java.util.Map.of(
                x.id(), TestScenarios.stance(TestScenarios.point(0), TestScenarios.point(1))),
            java.util.List.of(),
            DiscountPeriod.ROUND);
    var early =
        TestScenarios.profile(
            "abe",
            TestScenarios.point(1),
            TestScenarios.point(0),
            TestScenarios.point(0.5),
            java.util.Map.of(
                x.id(), TestScenarios.stance(TestScenarios.point(100), TestScenarios.point(1))));
    Scenario s = TestScenarios.scenario(java.util.List.of(x), java.util.List.of(late, early));
    ScenarioBargaining.PairSplit split = new ScenarioBargaining().analyze(s).splits().getFirst();
    assertThat(split.first().value()).isEqualTo("abe");
    assertThat(split.split()).isEqualTo(RubinsteinSplit.of(StrictMath.pow(0.5, 30 / 365.0), 0.9));
  }
}
