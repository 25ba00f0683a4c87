package dev.parley.core.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class LocationStackingTest {
  private static final int P = LocationFeatures.STRUCTURAL.size() + 1;

  private static final CrossValidationPlan PLAN =
      new CrossValidationPlan(5, 3, List.of(0.1, 1.0, 10.0), List.of(0.5, 0.8, 0.9), Seed.of(7));

  /** 80 groups of 1 to 5 items, random features, outcomes drawn from a known logit. */
  private static List<LocationExample> examples(long seed) {
    double[] truth = new double[P];
    for (int j = 0; j < P; j++) {
      truth[j] = (j % 3 - 1) * 2.5;
    }
    List<LocationExample> out = new ArrayList<>();
    int item = 0;
    for (int g = 0; g < 80; g++) {
      for (int k = 0; k <= g % 5; k++, item++) {
        RandomGenerator r = Seed.of(seed).stream(item);
        double[][] f = new double[LocationFeatures.LOCATIONS][P];
        for (double[] row : f) {
          for (int j = 0; j < P; j++) {
            row[j] = r.nextDouble();
          }
        }
        double[] p = RidgeConditionalLogit.probabilities(f, truth);
        double u = r.nextDouble();
        double cumulative = 0;
        int chosen = p.length - 1;
        for (int a = 0; a < p.length; a++) {
          cumulative += p[a];
          if (u < cumulative) {
            chosen = a;
            break;
          }
        }
        out.add(new LocationExample("g" + g, f, chosen));
      }
    }
    return out;
  }

  private static HeldOutEnsemble inPool(int threads, List<LocationExample> examples)
      throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> LocationStacking.crossValidate(examples, PLAN)).get();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void crossValidate_isTheSameForTheSeedWhateverTheThreads() throws Exception {
    List<LocationExample> examples = examples(1);
    HeldOutEnsemble once = LocationStacking.crossValidate(examples, PLAN);
    assertThat(inPool(1, examples)).isEqualTo(once);
    assertThat(inPool(3, examples)).isEqualTo(once);
    CrossValidationPlan other =
        new CrossValidationPlan(
            PLAN.folds(), PLAN.innerFolds(), PLAN.penalties(), PLAN.levels(), Seed.of(8));
    assertThat(LocationStacking.crossValidate(examples, other).folds()).isNotEqualTo(once.folds());
  }

  @Test
  void crossValidate_neverSeesTheFoldItForecasts() {
    // Changing every outcome of fold 0 must leave fold 0's forecasts and radii as they were: the
    // penalty, the coefficients and the conformal radii of a fold come from the other folds only.
    List<LocationExample> examples = examples(2);
    HeldOutEnsemble before = LocationStacking.crossValidate(examples, PLAN);
    List<LocationExample> changed = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      LocationExample e = examples.get(i);
      changed.add(
          before.folds().get(i) == 0
              ? new LocationExample(e.group(), e.sharedFeatures(), 100 - e.outcome())
              : e);
    }
    HeldOutEnsemble after = LocationStacking.crossValidate(changed, PLAN);
    assertThat(after.folds()).isEqualTo(before.folds());
    boolean otherFoldsMoved = false;
    for (int i = 0; i < examples.size(); i++) {
      if (before.folds().get(i) == 0) {
        assertThat(after.forecasts().get(i)).as("item %d", i).isEqualTo(before.forecasts().get(i));
        for (int l = 0; l < PLAN.levels().size(); l++) {
          assertThat(after.radii().get(l).get(i)).isEqualTo(before.radii().get(l).get(i));
        }
      } else {
        otherFoldsMoved |=
            !after.forecasts().get(i).equals(before.forecasts().get(i))
                || !after.radii().get(1).get(i).equals(before.radii().get(1).get(i));
      }
    }
    assertThat(after.chosen().get(0)).isEqualTo(before.chosen().get(0));
    assertThat(otherFoldsMoved).as("the change reaches the folds that train on fold 0").isTrue();
  }

  @Test
  void crossValidate_intervalsHoldHeldOutOutcomesAtAboutTheirLevel() {
    List<LocationExample> examples = examples(3);
    HeldOutEnsemble held = LocationStacking.crossValidate(examples, PLAN);
    int n = examples.size();
    for (int l = 0; l < PLAN.levels().size(); l++) {
      double level = PLAN.levels().get(l);
      int inside = 0;
      for (int i = 0; i < n; i++) {
        double error = Math.abs(held.forecasts().get(i) - examples.get(i).outcome());
        inside += error <= held.radii().get(l).get(i) ? 1 : 0;
      }
      // Exchangeable items: coverage within four binomial standard errors of the level.
      double se = StrictMath.sqrt(level * (1 - level) / n);
      assertThat((double) inside / n).as("level %s", level).isCloseTo(level, within(4 * se));
    }
  }

  @Test
  void fit_choosesACandidatePenaltyAndRadiiThatGrowWithTheLevel() {
    EnsembleParameters fitted =
        LocationStacking.fit(examples(4), List.of("member"), PLAN, "synthetic");
    assertThat(PLAN.penalties()).contains(fitted.penalty());
    assertThat(fitted.coefficients()).hasSize(P);
    assertThat(fitted.radii()).isSorted();
    assertThat(fitted.source()).isEqualTo("synthetic");
  }
}
