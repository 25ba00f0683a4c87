package dev.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exchange model's invariants on seeded random problems (RandomSpatialProblems.SEED; each
 * failure names its case), and a two-actor exchange computed by hand.
 */
class ExchangeModelTest {
  private static final int CASES = 300;

  private static SpatialProblem problem(int k) {
    return RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 10, 2 + k % 4);
  }

  @Test
  void everyExchange_givesBothPartnersTheSameGain() {
    int exchanges = 0;
    for (int k = 0; k < CASES; k++) {
      for (Exchange e : new ExchangeModel().run(problem(k)).exchanges()) {
        exchanges++;
        assertThat(e.firstGain()).as("case %d %s", k, e).isPositive();
        assertThat(e.secondGain())
            .as("case %d %s", k, e)
            .isCloseTo(e.firstGain(), within(1e-12 * Math.max(1, e.firstGain())));
      }
    }
    assertThat(exchanges).as("exchanges made in all cases").isGreaterThan(CASES);
  }

  @Test
  void positions_stayWithinTheRangeTheActorsStartedIn() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = problem(k);
      ExchangeRun run = new ExchangeModel().run(p);
      for (int d = 0; d < p.dimensionCount(); d++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.actorCount(); i++) {
          lo = Math.min(lo, p.position(i, d));
          hi = Math.max(hi, p.position(i, d));
        }
        for (List<List<Double>> round : run.positions()) {
          for (List<Double> actor : round) {
            assertThat(actor.get(d)).as("case %d dimension %d", k, d).isBetween(lo, hi);
          }
        }
        assertThat(run.outcome().get(d)).as("case %d", k).isBetween(lo, hi);
      }
    }
  }

  @Test
  void positions_moveOnlyTowardsTheOutcome() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = problem(k);
      ExchangeRun run = new ExchangeModel().run(p);
      double[] c = p.capabilities();
      double[][] s = p.saliences();
      for (int t = 1; t <= run.rounds(); t++) {
        double[][] before = array(run.positions().get(t - 1));
        double[] outcome = ExchangeModel.outcomes(c, s, before, p.dimensionCount());
        List<List<Double>> after = run.positions().get(t);
        for (int i = 0; i < p.actorCount(); i++) {
          for (int d = 0; d < p.dimensionCount(); d++) {
            double from = before[i][d];
            double to = after.get(i).get(d);
            double lo = Math.min(from, outcome[d]);
            double hi = Math.max(from, outcome[d]);
            assertThat(to).as("case %d round %d actor %d", k, t, i).isBetween(lo, hi);
          }
        }
      }
    }
  }

  private static double[][] array(List<List<Double>> positions) {
    double[][] out = new double[positions.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = positions.get(i).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }

  @Test
  void run_terminatesWithNoProfitableExchangeLeft() {
    for (int k = 0; k < CASES; k++) {
      ExchangeRun run = new ExchangeModel().run(problem(k));
      assertThat(run.converged()).as("case %d after %d rounds", k, run.rounds()).isTrue();
      assertThat(run.rounds()).isLessThan(1000);
    }
  }

  @Test
  void roundCap_stopsTheRunAndSaysItDidNotConverge() {
    SpatialProblem p = twoActors();
    ExchangeRun run = new ExchangeModel("exchange", 1).run(p);
    assertThat(run.rounds()).isEqualTo(1);
    assertThat(run.converged()).isFalse();
  }

  /** Two actors, each caring most about the issue on which the other gives way. */
  private static SpatialProblem twoActors() {
    return new SpatialProblem(
        List.of("a", "b"),
        List.of("k", "l"),
        new double[] {1, 1},
        new double[][] {{0, 0}, {100, 100}},
        new double[][] {{0.8, 0.2}, {0.2, 0.8}},
        new double[] {0, 0},
        new double[] {100, 100},
        new double[] {Double.NaN, Double.NaN});
  }

  @Test
  void twoActors_tradeAsComputedByHand() {
    // Outcomes 20 and 80; b moves all the way to 20 on k (outcome shift 0.2 * 80 = 16) and a all
    // the way to 80 on l (shift 16): the rate (0.2 + 0.8) / (0.8 + 0.2) = 1 allows both, and each
    // gains 0.8 * 16 - 0.2 * 16 = 9.6. The outcomes become 4 and 96, and so on by factors of 0.2.
    ExchangeRun run = new ExchangeModel().run(twoActors());
    Exchange first = run.exchanges().get(0);
    assertThat(first.round()).isEqualTo(1);
    assertThat(
            List.of(first.first(), first.second(), first.firstConcedes(), first.secondConcedes()))
        .containsExactly(0, 1, 1, 0);
    assertThat(first.firstShift()).isCloseTo(80, within(1e-12));
    assertThat(first.secondShift()).isCloseTo(80, within(1e-12));
    assertThat(first.firstGain()).isCloseTo(9.6, within(1e-12));
    assertThat(run.positions().get(1).get(0)).containsExactly(0.0, 80.0);
    assertThat(run.positions().get(1).get(1)).containsExactly(20.0, 100.0);
    assertThat(run.converged()).isTrue();
    assertThat(run.outcome().get(0)).isCloseTo(0, within(1e-6));
    assertThat(run.outcome().get(1)).isCloseTo(100, within(1e-6));
  }

  @Test
  void oneIssue_givesTheCompromise() {
    for (int k = 0; k < 50; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 10, 1);
      Forecast f = new ExchangeModel().forecast(p, Seed.of(1));
      assertThat(f.details()).containsEntry("exchanges", 0.0);
      assertThat(f.outcome(0))
          .isCloseTo(new CompromiseModel().forecast(p, Seed.of(1)).outcome(0), within(1e-12));
    }
  }

  @Test
  void zeroSalience_takesNoPartInExchangesOnThatIssue() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem base = problem(k);
      double[][] s = base.saliences();
      s[0][0] = 0;
      SpatialProblem p =
          new SpatialProblem(
              base.actors(),
              base.dimensions(),
              base.capabilities(),
              base.positions(),
              s,
              new double[base.dimensionCount()],
              filled(base.dimensionCount(), 100),
              filled(base.dimensionCount(), Double.NaN));
      for (Exchange e : new ExchangeModel().run(p).exchanges()) {
        boolean onFirstIssue =
            (e.first() == 0 && e.firstConcedes() == 0)
                || (e.second() == 0 && e.secondConcedes() == 0);
        boolean gainsOnFirstIssue =
            (e.first() == 0 && e.secondConcedes() == 0)
                || (e.second() == 0 && e.firstConcedes() == 0);
        assertThat(onFirstIssue || gainsOnFirstIssue).as("case %d %s", k, e).isFalse();
      }
    }
  }

  private static double[] filled(int n, double value) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, value);
    return out;
  }

  @Test
  void forecast_isTheCompromiseOfTheFinalPositions() {
    for (int k = 0; k < 50; k++) {
      SpatialProblem p = problem(k);
      Forecast f = new ExchangeModel().forecast(p, Seed.of(1));
      ExchangeRun run = new ExchangeModel().run(p);
      assertThat(f.outcome()).isEqualTo(run.outcome());
      assertThat(f.history()).isEqualTo(run.positions());
      double[] expected =
          ExchangeModel.outcomes(
              p.capabilities(),
              p.saliences(),
              array(run.positions().get(run.rounds())),
              p.dimensionCount());
      for (int d = 0; d < p.dimensionCount(); d++) {
        assertThat(f.outcome(d)).isEqualTo(expected[d]);
      }
      assertThat(new ExchangeModel().couplesDimensions()).isTrue();
    }
  }

  @Test
  void forecastOutcome_isTheForecastsOutcomeBitForBit() {
    for (int k = 0; k < CASES; k++) {
      for (SpatialProblem p : List.of(problem(k), ExchangeModelDigestTest.tied(problem(k)))) {
        ExchangeModel model = new ExchangeModel("exchange", k % 3 == 0 ? 2 : 1000);
        double[] out = new double[p.dimensionCount() + 2];
        out[0] = -1;
        out[out.length - 1] = -1;
        model.forecastOutcome(p, out, 1);
        List<Double> expected = model.forecast(p, Seed.of(k)).outcome();
        for (int d = 0; d < p.dimensionCount(); d++) {
          assertThat(Double.doubleToRawLongBits(out[1 + d]))
              .as("case %d dimension %d", k, d)
              .isEqualTo(Double.doubleToRawLongBits(expected.get(d)));
        }
        assertThat(out[0]).isEqualTo(-1);
        assertThat(out[out.length - 1]).isEqualTo(-1);
      }
    }
  }
}
