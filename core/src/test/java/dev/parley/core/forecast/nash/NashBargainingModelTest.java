package dev.parley.core.forecast.nash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Nash bargaining model against a brute-force grid search on seeded random one-dimension
 * problems (RandomSpatialProblems.SEED; each failure names its case), and its pinned conventions.
 */
class NashBargainingModelTest {
  private static final int CASES = 400;
  private static final int GRID = 200_000;

  private static final List<NashBargainingModel> MODELS =
      List.of(
          new NashBargainingModel(),
          new NashBargainingModel(
              "w", Disagreement.WORST_POINT, BargainingWeight.CAPABILITY_SALIENCE),
          new NashBargainingModel("c", Disagreement.REFERENCE_POINT, BargainingWeight.CAPABILITY));

  /** The brute force: the log Nash product, or -infinity outside the rational interval. */
  private static double logProduct(NashBargainingModel model, SpatialProblem p, double x) {
    double sum = 0;
    for (int i = 0; i < p.actorCount(); i++) {
      double s = p.salience(i, 0);
      double w =
          model.weight() == BargainingWeight.CAPABILITY_SALIENCE
              ? p.capability(i) * s
              : p.capability(i);
      if (w <= 0) {
        continue;
      }
      double ideal = p.position(i, 0);
      double q =
          model.disagreement() == Disagreement.REFERENCE_POINT && p.hasReference(0)
              ? p.reference(0)
              : (ideal >= 50 ? 0 : 100);
      double gain = -s * (x - ideal) * (x - ideal) + s * (q - ideal) * (q - ideal);
      if (gain <= 0) {
        return Double.NEGATIVE_INFINITY;
      }
      sum += w * Math.log(gain);
    }
    return sum;
  }

  @Test
  void solution_beatsEveryPointOfAFineGrid() {
    int interior = 0;
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 9, 1);
      for (NashBargainingModel model : MODELS) {
        double solution = model.forecast(p, Seed.of(1)).outcome(0);
        double best = Double.NEGATIVE_INFINITY;
        double arg = Double.NaN;
        for (int g = 0; g <= GRID; g++) {
          double x = 100.0 * g / GRID;
          double v = logProduct(model, p, x);
          if (v > best) {
            best = v;
            arg = x;
          }
        }
        String where = "case " + k + " model " + model.name();
        if (best == Double.NEGATIVE_INFINITY) {
          // No grid point is rational: the interval is the single point q.
          assertThat(solution).as(where).isEqualTo(p.reference(0));
          continue;
        }
        interior++;
        assertThat(logProduct(model, p, solution)).as(where).isGreaterThanOrEqualTo(best - 1e-9);
        assertThat(solution).as(where).isCloseTo(arg, within(0.05));
      }
    }
    assertThat(interior).as("cases with an interior solution").isGreaterThan(CASES);
  }

  @Test
  void solution_isIndividuallyRational() {
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 9, 1);
      if (!p.hasReference(0)) {
        continue;
      }
      double q = p.reference(0);
      double x = new NashBargainingModel().forecast(p, Seed.of(1)).outcome(0);
      for (int i = 0; i < p.actorCount(); i++) {
        double ideal = p.position(i, 0);
        assertThat(Math.abs(x - ideal))
            .as("case %d actor %d", k, i)
            .isLessThanOrEqualTo(Math.abs(q - ideal) + 1e-9);
      }
    }
  }

  @Test
  void actorAtTheReferencePoint_vetoesEveryChange() {
    SpatialProblem p =
        RandomSpatialProblems.line(
            new double[] {1, 1, 1}, new double[] {20, 60, 90}, new double[] {1, 1, 1}, 20);
    assertThat(new NashBargainingModel().forecast(p, Seed.of(1)).outcome(0)).isEqualTo(20);
  }

  @Test
  void farReferencePoint_givesTheCompromise() {
    // Equal gains: every actor's gain over a very distant q is about the same, so the first-order
    // condition becomes the capability x salience weighted mean.
    for (int k = 0; k < 100; k++) {
      SpatialProblem near = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 9, 1);
      SpatialProblem far =
          new SpatialProblem(
              near.actors(),
              near.dimensions(),
              near.capabilities(),
              near.positions(),
              near.saliences(),
              new double[] {-1e9},
              new double[] {100},
              new double[] {-1e9});
      double nash = new NashBargainingModel().forecast(far, Seed.of(1)).outcome(0);
      double compromise = new CompromiseModel().forecast(far, Seed.of(1)).outcome(0);
      assertThat(nash).as("case %d", k).isCloseTo(compromise, within(1e-3));
    }
  }

  @Test
  void capabilityWeights_makeSalienceIrrelevant() {
    SpatialProblem a =
        RandomSpatialProblems.line(
            new double[] {1, 2, 3}, new double[] {10, 50, 80}, new double[] {0.2, 0.5, 1}, 40);
    SpatialProblem b =
        RandomSpatialProblems.line(
            new double[] {1, 2, 3}, new double[] {10, 50, 80}, new double[] {1, 0.1, 0.3}, 40);
    NashBargainingModel model =
        new NashBargainingModel("c", Disagreement.REFERENCE_POINT, BargainingWeight.CAPABILITY);
    assertThat(model.forecast(a, Seed.of(1)).outcome(0))
        .isCloseTo(model.forecast(b, Seed.of(1)).outcome(0), within(1e-9));
  }

  @Test
  void actorsWithoutWeight_neitherBargainNorConstrain() {
    // The actor at the reference point has salience 0: it would veto every change, but it does
    // not care, so it is left out.
    SpatialProblem p =
        RandomSpatialProblems.line(
            new double[] {1, 1, 1}, new double[] {20, 60, 90}, new double[] {0, 1, 1}, 20);
    double x = new NashBargainingModel().forecast(p, Seed.of(1)).outcome(0);
    assertThat(x).isGreaterThan(20);
    SpatialProblem nobody =
        RandomSpatialProblems.line(
            new double[] {1, 1}, new double[] {20, 60}, new double[] {0, 0}, 30);
    assertThat(new NashBargainingModel().forecast(nobody, Seed.of(1)).outcome(0)).isEqualTo(30);
    SpatialProblem nobodyNoReference =
        RandomSpatialProblems.line(
            new double[] {1, 1}, new double[] {20, 60}, new double[] {0, 0}, Double.NaN);
    assertThat(new NashBargainingModel().forecast(nobodyNoReference, Seed.of(1)).outcome(0))
        .isEqualTo(40);
  }

  @Test
  void oneActorOrOneIdeal_isThatIdeal() {
    SpatialProblem one =
        RandomSpatialProblems.line(new double[] {2}, new double[] {70}, new double[] {0.5}, 10);
    assertThat(new NashBargainingModel().forecast(one, Seed.of(1)).outcome(0))
        .isCloseTo(70, within(1e-12));
    SpatialProblem same =
        RandomSpatialProblems.line(
            new double[] {1, 3}, new double[] {35, 35}, new double[] {1, 0.4}, Double.NaN);
    assertThat(new NashBargainingModel().forecast(same, Seed.of(1)).outcome(0))
        .isCloseTo(35, within(1e-12));
  }
}
