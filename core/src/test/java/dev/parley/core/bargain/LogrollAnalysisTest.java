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

  @Test
  void issuePairsBeyondTheLimit_areReportedUnsearched_andTheRestSearched() {
    // x and y have 5,000 options each (25,000,000 pairs, over the limit); z has 3
    int m = 5_000;
    double[][][] c = new double[2][3][];
    List<String> fine = new java.util.ArrayList<>();
    for (int o = 0; o < m; o++) {
      fine.add("o" + o);
    }
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 2; i++) {
        c[j][i] = new double[m];
        for (int o = 0; o < m; o++) {
          double t = (double) o / (m - 1);
          c[j][i][o] = 0.3 * (j == 0 ? t : 1 - t);
        }
      }
    }
    c[0][2] = new double[] {0.0, 0.2, 0.4};
    c[1][2] = new double[] {0.4, 0.2, 0.0};
    BargainingProblem p =
        BargainingProblem.of(
            List.of("a", "b"),
            List.of("x", "y", "z"),
            List.of(fine, fine, List.of("lo", "mid", "hi")),
            c,
            new double[] {0, 0});
    LogrollAnalysis.Result r = new LogrollAnalysis(10).search(p);
    assertThat(r.unsearched()).containsExactly(new LogrollAnalysis.Unsearched(0, 1, (long) m * m));
    assertThat((long) m * m).isGreaterThan(LogrollAnalysis.MAX_OPTION_PAIRS);
    // every trade reported is between a searched pair of issues
    assertThat(r.logrolls())
        .allSatisfy(
            l ->
                assertThat(List.of(l.firstConcedes(), l.secondConcedes()))
                    .containsAnyOf(2)
                    .doesNotContainSequence(0, 1)
                    .doesNotContainSequence(1, 0));
    assertThat(r.logrolls()).isEqualTo(new LogrollAnalysis(10).find(p));
  }
}
