package dev.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpatialModelOfPoliticsTest {
  /** A random problem: n actors, d dimensions, saliences summing to 0.75-0.99 per actor. */
  static SpatialProblem randomProblem(long seed, int n, int d) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> actors = new ArrayList<>();
    List<String> dims = new ArrayList<>();
    double[] cap = new double[n];
    double[][] pos = new double[n][d];
    double[][] sal = new double[n][d];
    for (int k = 0; k < d; k++) {
      dims.add("D" + k);
    }
    for (int i = 0; i < n; i++) {
      actors.add("A" + i);
      cap[i] = 10 + 190 * rng.nextDouble();
      double total = 0;
      for (int k = 0; k < d; k++) {
        pos[i][k] = Math.round(1000 * rng.nextDouble()) / 10.0;
        sal[i][k] = 0.1 + 0.9 * rng.nextDouble();
        total += sal[i][k];
      }
      double share = 0.75 + 0.24 * rng.nextDouble();
      for (int k = 0; k < d; k++) {
        sal[i][k] = sal[i][k] / total * share;
      }
    }
    return SpatialProblem.of(actors, dims, cap, pos, sal);
  }

  private static SmpParameters stochastic() {
    return SmpParameters.ktabDefaults().withTransitions(SmpParameters.Transitions.STOCHASTIC);
  }

  @Test
  void corrected_stochasticRunsFromTheSameSeed_areIdentical() {
    SpatialProblem p = randomProblem(1, 9, 2);
    SpatialModelOfPolitics smp = SpatialModelOfPolitics.corrected().withParameters(stochastic());
    SmpRun a = smp.run(p, null, Seed.of(42));
    SmpRun b = smp.run(p, null, Seed.of(42));
    assertThat(a.stateCount()).isEqualTo(b.stateCount());
    for (int t = 0; t < a.stateCount(); t++) {
      for (int i = 0; i < p.actorCount(); i++) {
        assertThat(a.position(t, i, 0)).isEqualTo(b.position(t, i, 0));
        assertThat(a.position(t, i, 1)).isEqualTo(b.position(t, i, 1));
        assertThat(a.probability(t, i)).isEqualTo(b.probability(t, i));
      }
    }
  }

  @Test
  void corrected_stochasticRuns_dependOnTheSeed() {
    SpatialProblem p = randomProblem(2, 9, 2);
    SpatialModelOfPolitics smp = SpatialModelOfPolitics.corrected().withParameters(stochastic());
    List<Double> finals = new ArrayList<>();
    for (long s = 0; s < 8; s++) {
      finals.add(smp.forecast(p, Seed.of(s)).outcome(0));
    }
    assertThat(finals.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void corrected_deterministicDefaults_matchKtabOnRandomProblems() {
    for (long s = 0; s < 6; s++) {
      SpatialProblem p = randomProblem(100 + s, 6 + (int) s, 1 + (int) (s % 3));
      SmpRun k = SpatialModelOfPolitics.ktab().run(p, null, Seed.of(0));
      SmpRun c = SpatialModelOfPolitics.corrected().run(p, null, Seed.of(0));
      assertThat(c.stateCount()).as("problem %d", s).isEqualTo(k.stateCount());
      int last = k.stateCount() - 1;
      for (int i = 0; i < p.actorCount(); i++) {
        assertThat(c.position(last, i, 0)).isEqualTo(k.position(last, i, 0));
      }
    }
  }

  @Test
  void receiverBargains_differBetweenVariants_whenTheReceiverViewIsUsed() {
    SmpParameters p = SmpParameters.ktabDefaults();
    SmpParameters rcvr =
        new SmpParameters(
            p.victory(),
            p.election(),
            p.transitions(),
            p.voting(),
            p.riskAdjust(),
            p.riskRange(),
            p.thirdParty(),
            p.bargain(),
            SmpParameters.BargainModel.INIT_RCVR_INTERP,
            p.minTurns(),
            p.maxTurns(),
            p.stopRatio());
    SpatialProblem problem = randomProblem(7, 8, 2);
    SmpRun k = SpatialModelOfPolitics.ktab().withParameters(rcvr).run(problem, null, Seed.of(0));
    SmpRun c =
        SpatialModelOfPolitics.corrected().withParameters(rcvr).run(problem, null, Seed.of(0));
    boolean differs = false;
    for (int i = 0; i < problem.actorCount() && !differs; i++) {
      differs =
          k.position(1, i, 0) != c.position(1, i, 0) || k.position(1, i, 1) != c.position(1, i, 1);
    }
    assertThat(differs).as("the first turn's bargains differ").isTrue();
  }

  @Test
  void outcomes_areADistributionOverTheFinalPositions() {
    SpatialProblem p = randomProblem(3, 12, 3);
    SmpRun run = SpatialModelOfPolitics.corrected().run(p, null, Seed.of(0));
    double total = run.outcomes().stream().mapToDouble(ProbableOutcome::probability).sum();
    assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(run.outcomes().get(0).probability())
        .isGreaterThanOrEqualTo(run.outcomes().get(run.outcomes().size() - 1).probability());
    int holders = run.outcomes().stream().mapToInt(o -> o.actors().size()).sum();
    assertThat(holders).isEqualTo(p.actorCount());
    Forecast f = run.toForecast();
    assertThat(f.model()).isEqualTo("smp");
    assertThat(f.history()).hasSize(run.stateCount());
    assertThat(f.details()).containsEntry("turns", (double) run.turns());
    for (int k = 0; k < 3; k++) {
      assertThat(f.outcome(k)).isBetween(0.0, 100.0);
    }
  }

  @Test
  void forecast_usesTheProblemsScale() {
    SpatialProblem unit = randomProblem(5, 7, 1);
    double[][] years = unit.positions();
    for (double[] row : years) {
      row[0] = 4 + row[0] * 6 / 100;
    }
    SpatialProblem scaled =
        new SpatialProblem(
            unit.actors(),
            unit.dimensions(),
            unit.capabilities(),
            years,
            unit.saliences(),
            new double[] {4},
            new double[] {10},
            new double[] {Double.NaN});
    double a = SpatialModelOfPolitics.ktab().forecast(unit, Seed.of(0)).outcome(0);
    double b = SpatialModelOfPolitics.ktab().forecast(scaled, Seed.of(0)).outcome(0);
    assertThat(b).isCloseTo(4 + a * 6 / 100, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void run_badAccommodation_isRefused() {
    SpatialProblem p = randomProblem(6, 4, 1);
    double[][] a = new double[4][4];
    a[0][0] = 0.8;
    a[0][1] = 0.5;
    assertThatThrownBy(() -> SpatialModelOfPolitics.ktab().run(p, a, Seed.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to at most 1");
  }

  @Test
  void fromKtabName_ignoresCase() {
    assertThat(SmpParameters.fromKtabName(SmpParameters.VotingRule.class, "propcbc"))
        .contains(SmpParameters.VotingRule.PROP_CBC);
    assertThat(SmpParameters.fromKtabName(SmpParameters.VotingRule.class, "nope")).isEmpty();
  }

  @Test
  void forecastOutcome_isTheForecastsOutcomeBitForBit() {
    List<SpatialModelOfPolitics> models =
        List.of(
            SpatialModelOfPolitics.ktab(),
            SpatialModelOfPolitics.corrected(),
            SpatialModelOfPolitics.ktab().withParameters(stochastic()),
            SpatialModelOfPolitics.corrected().withParameters(stochastic()));
    for (int s = 0; s < 40; s++) {
      // up to 31 actors, so that runs spread over threads (SmpEngine.PARALLEL_ACTORS) are compared
      // with the lean path, which never is
      int n = 2 + (s * 7) % 30;
      SpatialProblem p = randomProblem(300 + s, n, 1 + s % 4);
      for (SpatialModelOfPolitics model : models) {
        Seed seed = Seed.of(s);
        double[] out = new double[p.dimensionCount() + 2];
        model.forecastOutcome(p, seed, out, 2);
        List<Double> expected = model.forecast(p, seed).outcome();
        for (int d = 0; d < p.dimensionCount(); d++) {
          assertThat(Double.doubleToRawLongBits(out[2 + d]))
              .as("problem %d (%d actors), %s, dimension %d", s, n, model.name(), d)
              .isEqualTo(Double.doubleToRawLongBits(expected.get(d)));
        }
      }
    }
  }
}
