package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class LogrollAnalysisTest {
  @Test
  void classicTrade_isFound_whenPrioritiesDiffer() {
    // Party a cares about issue 0, party b about issue 1; both start from the split baseline.
    double[][][] c = {
      {{0.0, 0.35, 0.7}, {0.3, 0.15, 0.0}},
      {{0.3, 0.15, 0.0}, {0.0, 0.35, 0.7}}
    };
    BargainingProblem p =
        BargainingProblem.of(
            List.of("a", "b"),
            List.of("x", "y"),
            List.of(List.of("lo", "mid", "hi"), List.of("lo", "mid", "hi")),
            c,
            new double[] {0, 0});
    List<Logroll> trades = new LogrollAnalysis(3).between(p, 0, 1);
    assertThat(trades).isNotEmpty();
    Logroll best = trades.get(0);
    // a yields on y (b's issue), b yields on x (a's issue).
    assertThat(best.firstConcedes()).isEqualTo(1);
    assertThat(best.secondConcedes()).isEqualTo(0);
    assertThat(best.firstTo()).isEqualTo(2);
    assertThat(best.secondTo()).isEqualTo(2);
    assertThat(best.firstGain()).isPositive();
    assertThat(best.secondGain()).isPositive();
  }

  @Test
  void everyReportedTrade_raisesBothPartiesAndMatchesTheUtilities() {
    RandomGenerator random = Seed.of(11).generator();
    for (int trial = 0; trial < 100; trial++) {
      BargainingProblem p = RandomProblems.additive(random, 3, 2 + random.nextInt(4), 4, false);
      int[] base = LogrollAnalysis.baseline(p, 0, 1);
      for (Logroll l : new LogrollAnalysis(5).between(p, 0, 1)) {
        int[] after = base.clone();
        after[l.firstConcedes()] = l.firstTo();
        after[l.secondConcedes()] = l.secondTo();
        for (int j = 0; j < 3; j++) {
          assertThat(p.utility(j, after) - p.utility(j, base))
              .isCloseTo(l.effects().get(j), org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(l.firstGain()).isPositive();
        assertThat(l.secondGain()).isPositive();
      }
    }
  }
}
