package dev.parley.core.forecast.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SplitConformalTest {
  @Test
  void radius_isTheCeilingRankOfTheScores() {
    double[] scores = {5, 1, 4, 2, 3, 9, 8, 7, 6};
    // n = 9: level 0.8 → ⌈0.8 · 10⌉ = 8th smallest; level 0.5 → 5th; level 0.9 → 9th.
    assertThat(SplitConformal.radius(scores, 0.8)).isEqualTo(8);
    assertThat(SplitConformal.radius(scores, 0.5)).isEqualTo(5);
    assertThat(SplitConformal.radius(scores, 0.9)).isEqualTo(9);
    assertThat(SplitConformal.radius(scores, 0.95)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void heldOutRadii_coverNewOutcomesAtTheNominalRate() {
    // Exchangeable errors: on 20,000 items in 10 folds, coverage at level a is within four binomial
    // standard errors of a (plus the 1/(n+1) that the finite-sample rank adds).
    int n = 20_000;
    RandomGenerator random = Seed.of(11).stream(0);
    double[] errors = new double[n];
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      errors[i] = -30 * StrictMath.log(1 - random.nextDouble());
      fold[i] = i % 10;
    }
    for (double level : new double[] {0.5, 0.8, 0.9, 0.95}) {
      double[] radii = SplitConformal.heldOutRadii(errors, fold, level);
      int held = 0;
      for (int i = 0; i < n; i++) {
        held += errors[i] <= radii[i] ? 1 : 0;
      }
      double se = StrictMath.sqrt(level * (1 - level) / n);
      assertThat((double) held / n).as("level %s", level).isCloseTo(level, within(4 * se + 1e-3));
    }
  }

  @Test
  void heldOutRadii_calibrateEachFoldOnTheOthersOnly() {
    double[] errors = {1, 2, 3, 100, 100, 100};
    int[] fold = {0, 0, 0, 1, 1, 1};
    double[] radii = SplitConformal.heldOutRadii(errors, fold, 0.5);
    // Fold 0 is calibrated on fold 1's errors (all 100), fold 1 on fold 0's (2nd smallest = 2).
    assertThat(radii).containsExactly(100, 100, 100, 2, 2, 2);
  }

  @Test
  void calibration_countsOutcomesInsideTheIntervalCutToTheScale() {
    double[] forecasts = {10, 50, 95};
    double[] outcomes = {0, 80, 100};
    double[] radii = {10, 20, 10};
    Calibration c = Calibration.of(0.8, forecasts, outcomes, radii, 0, 100);
    assertThat(c.coverage()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.meanWidth()).isCloseTo((20 + 40 + 15) / 3.0, within(1e-12));
  }
}
