package dev.parley.core.forecast.eum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the expected-utility model that hold for every setting, checked on seeded random
 * problems (RandomSpatialProblems.SEED; each failure names its case).
 */
class ExpectedUtilityModelTest {
  private static final int CASES = 300;

  /** Returns a model with every option drawn at random for case {@code k}. */
  static ExpectedUtilityModel randomModel(int k) {
    RandomGenerator r = Seed.of(RandomSpatialProblems.SEED + 1).stream(k);
    StoppingRule stop =
        r.nextBoolean()
            ? StoppingRule.rounds(1 + r.nextInt(12))
            : StoppingRule.medianStable(0.005, 1 + r.nextInt(3), 1 + r.nextInt(30));
    return ExpectedUtilityModel.builder()
        .probability(pick(r, VictoryProbability.values()))
        .leadingSalience(pick(r, LeadingSalience.values()))
        .security(pick(r, SecurityLevel.values()))
        .compromiseRegion(pick(r, CompromiseRegion.values()))
        .offerChoice(pick(r, OfferChoice.values()))
        .capitulation(r.nextBoolean())
        .perspective(pick(r, Perspective.values()))
        .range(pick(r, RangeRule.values()))
        .statusQuoProbability(r.nextBoolean() ? 1.0 : r.nextDouble())
        .outlook(pick(r, NoChallengeOutlook.values()))
        .stopping(stop)
        .point(pick(r, ForecastPoint.values()))
        .build();
  }

  private static <T> T pick(RandomGenerator r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static SpatialProblem problem(int k) {
    return RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 12, 1);
  }

  private static double weighted(SpatialProblem p, List<Double> x, double at) {
    double sum = 0;
    for (int i = 0; i < x.size(); i++) {
      sum += p.capability(i) * p.salience(i, 0) * Math.abs(x.get(i) - at);
    }
    return sum;
  }

  @Test
  void riskExponents_lieBetweenOneHalfAndTwo() {
    for (int k = 0; k < CASES; k++) {
      ExpectedUtilityRun run = randomModel(k).run(problem(k), 0);
      for (RoundResult round : run.rounds()) {
        for (double r : round.riskExponents()) {
          assertThat(r).as("case %d round %d", k, round.round()).isBetween(0.5 - 1e-12, 2 + 1e-12);
        }
      }
    }
  }

  @Test
  void positions_neverLeaveTheInitialRange() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = problem(k);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < p.actorCount(); i++) {
        lo = Math.min(lo, p.position(i, 0));
        hi = Math.max(hi, p.position(i, 0));
      }
      for (RoundResult round : randomModel(k).run(p, 0).rounds()) {
        for (double x : round.positions()) {
          assertThat(x).as("case %d round %d", k, round.round()).isBetween(lo, hi);
        }
      }
    }
  }

  @Test
  void acceptedOffers_lieInTheirOctant() {
    for (int k = 0; k < CASES; k++) {
      ExpectedUtilityModel model = randomModel(k);
      ExpectedUtilityRun run = model.run(problem(k), 0);
      List<Double> before = run.initialPositions();
      for (RoundResult round : run.rounds()) {
        for (Offer o : round.offers()) {
          double a = o.moverUtility();
          double b = o.proposerUtility();
          double xm = before.get(o.mover());
          double xo = before.get(o.proposer());
          String where = "case " + k + " round " + round.round() + " offer " + o;
          assertThat(xm).as(where).isNotEqualTo(xo);
          switch (o.kind()) {
            case CONFLICT -> {
              assertThat(b > a && a > 0).as(where).isTrue();
              assertThat(o.position()).as(where).isEqualTo(xo);
            }
            case COMPROMISE -> {
              boolean region =
                  model.compromiseRegion() == CompromiseRegion.FIGURE
                      ? a < 0 && b > 0 && b > -a
                      : a < 0 && b < 0 && -b > -a;
              assertThat(region).as(where).isTrue();
              assertThat(o.position())
                  .as(where)
                  .isCloseTo(xm + (xo - xm) * Math.abs(a / b), within(1e-9));
            }
            case CAPITULATION -> {
              assertThat(model.capitulation() && a < 0 && b > 0 && -a > b).as(where).isTrue();
              assertThat(o.position()).as(where).isEqualTo(xo);
            }
          }
          assertThat(round.position(o.mover())).as(where).isEqualTo(o.position());
        }
        before = round.positions();
      }
    }
  }

  @Test
  void offerChoice_takesTheBestClassThenTheRulesFavourite() {
    double[] x = {5, 0, 4, 9, 10};
    // Actor 0 at 5 receives: a compromise from 1 (to 4.5), conflicts from 2 (to 4) and 3 (to 9),
    // and a capitulation to 4.
    Offer compromise = new Offer(0, 1, OfferKind.COMPROMISE, -0.1, 1.0, 4.5);
    Offer nearConflict = new Offer(0, 2, OfferKind.CONFLICT, 0.1, 0.2, 4);
    Offer strongConflict = new Offer(0, 3, OfferKind.CONFLICT, 0.1, 0.9, 9);
    Offer capitulation = new Offer(0, 4, OfferKind.CAPITULATION, -0.5, 0.1, 10);
    List<Offer> all = List.of(compromise, capitulation, strongConflict, nearConflict);
    assertThat(ExpectedUtilityEngine.choose(all, OfferChoice.LEAST_MOVEMENT, x))
        .isEqualTo(nearConflict);
    assertThat(ExpectedUtilityEngine.choose(all, OfferChoice.MOST_ENFORCEABLE, x))
        .isEqualTo(strongConflict);
    assertThat(ExpectedUtilityEngine.choose(all, OfferChoice.SCHOLZ_CODE, x))
        .isEqualTo(nearConflict);
    assertThat(
            ExpectedUtilityEngine.choose(
                List.of(capitulation, compromise), OfferChoice.LEAST_MOVEMENT, x))
        .isEqualTo(compromise);
    assertThat(ExpectedUtilityEngine.choose(List.of(), OfferChoice.LEAST_MOVEMENT, x)).isNull();
  }

  @Test
  void scholzCodeChoice_ranksCompromisesByTheirWeightedPositionNotByMovement() {
    double[] x = {7, 4, 10};
    // Towards 10 the move is 0.5; towards 4 it is 2.2, but (|a|·7 + |b|·4)/(|a| + |b|) is lower.
    Offer towardsTen = new Offer(0, 2, OfferKind.COMPROMISE, -0.05, 0.3, 7.5);
    Offer towardsFour = new Offer(0, 1, OfferKind.COMPROMISE, -0.7, 0.8, 4.8);
    List<Offer> both = List.of(towardsTen, towardsFour);
    assertThat(ExpectedUtilityEngine.choose(both, OfferChoice.SCHOLZ_CODE, x))
        .isEqualTo(towardsFour);
    assertThat(ExpectedUtilityEngine.choose(both, OfferChoice.LEAST_MOVEMENT, x))
        .isEqualTo(towardsTen);
  }

  @Test
  void challenge_followsScholzsEquations() {
    // d = 0.5, |x_i - mu|/R = 0.25, r = 1, P = 0.3, s = 0.6: U_s = 1, U_f = -1, U_sq = 0,
    // U_b = 0.75, U_w = -0.75.
    assertThat(ExpectedUtilityEngine.challenge(0.5, 0.25, 1, 0.3, 0.6, 1.0, 1))
        .isCloseTo(-0.24 + 0.4, within(1e-15));
    assertThat(ExpectedUtilityEngine.challenge(0.5, 0.25, 1, 0.3, 0.6, 0.5, 1))
        .isCloseTo(-0.24 + 0.4 - 0.375, within(1e-15));
    assertThat(ExpectedUtilityEngine.challenge(0.5, 0.25, 1, 0.3, 0.6, 0.5, 0))
        .isCloseTo(-0.24 + 0.4 + 0.375, within(1e-15));
    // r = 2: U_s = 2 - 4 * 0.0625 = 1.75, U_f = 2 - 4 * 0.5625 = -0.25, U_sq = 1.
    assertThat(ExpectedUtilityEngine.challenge(0.5, 0.25, 2, 0.3, 0.6, 1.0, 1))
        .isCloseTo(0.6 * (0.3 * 1.75 - 0.7 * 0.25) + 0.4 * 1.75 - 1, within(1e-15));
  }

  @Test
  void median_minimisesTheWeightedDistanceAmongPositions() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = problem(k);
      for (RoundResult round : randomModel(k).run(p, 0).rounds()) {
        List<Double> x = round.positions();
        assertThat(x).as("case %d", k).contains(round.median());
        double best = weighted(p, x, round.median());
        for (double candidate : x) {
          assertThat(best).as("case %d", k).isLessThanOrEqualTo(weighted(p, x, candidate) + 1e-9);
        }
      }
    }
  }

  @Test
  void medianStable_stopsOnlyOnceTheMedianHasSettled() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = problem(k);
      ExpectedUtilityModel model =
          randomModel(k).toBuilder()
              .range(RangeRule.SCALE)
              .stopping(StoppingRule.medianStable(0.005, 2, 25))
              .build();
      ExpectedUtilityRun run = model.run(p, 0);
      int t = run.rounds().size();
      switch (run.stop()) {
        case MEDIAN_STABLE -> {
          assertThat(t).as("case %d", k).isGreaterThanOrEqualTo(2);
          double previous = t >= 3 ? run.round(t - 2).median() : run.initialMedian();
          assertThat(Math.abs(run.round(t - 1).median() - previous)).isLessThan(0.5);
          assertThat(Math.abs(run.round(t).median() - run.round(t - 1).median())).isLessThan(0.5);
        }
        case ROUND_CAP -> assertThat(t).as("case %d", k).isEqualTo(25);
        default -> throw new AssertionError("case " + k + ": unexpected stop " + run.stop());
      }
    }
  }

  @Test
  void identicalPositions_endTheRunAtOnce() {
    SpatialProblem p =
        RandomSpatialProblems.line(
            new double[] {1, 2, 3}, new double[] {40, 40, 40}, new double[] {1, 1, 1}, Double.NaN);
    for (ExpectedUtilityModel model :
        List.of(ExpectedUtilityModel.scholzCode(), ExpectedUtilityModel.paper())) {
      ExpectedUtilityRun run = model.run(p, 0);
      assertThat(run.rounds()).isEmpty();
      assertThat(run.stop()).isEqualTo(StopReason.NO_RANGE);
      assertThat(run.forecast()).isEqualTo(40);
    }
  }

  @Test
  void twoActors_compromiseOrConflictTowardsTheStrongerOne() {
    // A weak, indifferent actor facing a strong, committed one gives way to it.
    SpatialProblem p =
        RandomSpatialProblems.line(
            new double[] {1, 9}, new double[] {0, 100}, new double[] {0.2, 0.9}, Double.NaN);
    ExpectedUtilityRun run = ExpectedUtilityModel.paper().run(p, 0);
    assertThat(run.round(1).offers()).extracting(Offer::mover).containsExactly(0);
    assertThat(run.round(1).position(0)).isGreaterThan(0);
    assertThat(run.round(1).position(1)).isEqualTo(100);
  }

  @Test
  void forecast_runsEachDimensionOnItsOwn() {
    for (int k = 0; k < 50; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 8, 3);
      ExpectedUtilityModel model = randomModel(k);
      Forecast f = model.forecast(p, Seed.of(k));
      int rounds = 0;
      for (int d = 0; d < 3; d++) {
        ExpectedUtilityRun run = model.run(p, d);
        assertThat(f.outcome(d)).as("case %d dimension %d", k, d).isEqualTo(run.forecast());
        rounds = Math.max(rounds, run.rounds().size());
        List<Double> last = run.finalPositions();
        for (int i = 0; i < p.actorCount(); i++) {
          assertThat(f.history().get(f.history().size() - 1).get(i).get(d)).isEqualTo(last.get(i));
          assertThat(f.history().get(0).get(i).get(d)).isEqualTo(p.position(i, d));
        }
      }
      assertThat(f.history()).hasSize(rounds + 1);
      assertThat(f.details()).containsEntry("rounds", (double) rounds);
    }
  }

  @Test
  void run_isAPureFunctionOfItsInputs() {
    for (int k = 0; k < 50; k++) {
      ExpectedUtilityModel model = randomModel(k);
      assertThat(model.run(problem(k), 0)).isEqualTo(model.run(problem(k), 0));
    }
  }

  @Test
  void forecastOutcome_isTheForecastsOutcomeBitForBit() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED + 3, k, 9, 3);
      for (ExpectedUtilityModel model :
          List.of(
              randomModel(k), ExpectedUtilityModel.scholzCode(), ExpectedUtilityModel.paper())) {
        double[] out = new double[5];
        Arrays.fill(out, -1);
        model.forecastOutcome(p, out, 1);
        List<Double> expected = model.forecast(p, Seed.of(k)).outcome();
        assertThat(out[0]).isEqualTo(-1);
        assertThat(out[4]).isEqualTo(-1);
        for (int d = 0; d < 3; d++) {
          assertThat(Double.doubleToRawLongBits(out[1 + d]))
              .as("case %d, %s, dimension %d", k, model, d)
              .isEqualTo(Double.doubleToRawLongBits(expected.get(d)));
        }
      }
    }
  }
}
