package dev.parley.core.sensitivity;

import static dev.parley.core.montecarlo.TestScenarios.issue;
import static dev.parley.core.montecarlo.TestScenarios.point;
import static dev.parley.core.montecarlo.TestScenarios.profile;
import static dev.parley.core.montecarlo.TestScenarios.stance;
import static dev.parley.core.montecarlo.TestScenarios.uniform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TestScenarios;
import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices on functions whose indices are known analytically. Every estimate must lie within
 * three bootstrap standard errors of the true value, and those errors must be small enough for the
 * check to mean something.
 */
class SobolSensitivityTest {
  private static final double PI4 = Math.pow(Math.PI, 4);
  private static final double PI8 = Math.pow(Math.PI, 8);

  private static void assertNear(double estimate, double se, double truth, String what) {
    assertThat(se).as("%s: standard error", what).isLessThan(0.03);
    assertThat(Math.abs(estimate - truth))
        .as("%s: estimate %s ± %s, true %s", what, estimate, se, truth)
        .isLessThanOrEqualTo(3 * se);
  }

  @Test
  void ishigami_hasItsAnalyticIndices() {
    double a = 7;
    double b = 0.1;
    // Ishigami and Homma (1990); Sobol' and Levitan (1999)
    double v = a * a / 8 + b * PI4 / 5 + b * b * PI8 / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + b * PI4 / 5, 2);
    double v2 = a * a / 8;
    double v13 = 8 * b * b * PI8 / 225;
    double[] first = {v1 / v, v2 / v, 0};
    double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
    SobolResult r =
        new SobolSensitivity(LocalTrialExecutor.sequential(), 500, 0.95)
            .analyze(FunctionModels.ishigami(a, b), 10_000, Seed.of(20260101));
    SobolResult.OutputIndices y = r.outputs().get(0);
    assertThat(y.rows()).isEqualTo(10_000);
    assertThat(y.variance()).isCloseTo(v, org.assertj.core.api.Assertions.within(0.5));
    for (int i = 0; i < 3; i++) {
      SobolResult.Index index = y.indices().get(i);
      assertNear(index.first(), index.firstStandardError(), first[i], "S" + (i + 1));
      assertNear(index.total(), index.totalStandardError(), total[i], "ST" + (i + 1));
      assertThat(index.firstLow()).isLessThan(index.first());
      assertThat(index.firstHigh()).isGreaterThan(index.first());
    }
    assertThat(r.evaluations()).isEqualTo(50_000);
    assertThat(r.seed()).isEqualTo(Seed.of(20260101));
  }

  @Test
  void linearModel_hasIndicesProportionalToSquaredCoefficients() {
    // y = x1 + 2 x2 + 3 x3 + 0 x4 on U(0, 1)⁴: S_i = ST_i = c_i² / Σ c²
    double[] c = {1, 2, 3, 0};
    SobolResult r =
        new SobolSensitivity(LocalTrialExecutor.sequential(), 500, 0.95)
            .analyze(
                FunctionModels.uniform(0, 1, 4, x -> x[0] + 2 * x[1] + 3 * x[2]),
                8_000,
                Seed.of(42));
    for (int i = 0; i < 4; i++) {
      SobolResult.Index index = r.outputs().get(0).indices().get(i);
      double truth = c[i] * c[i] / 14.0;
      assertNear(index.first(), index.firstStandardError(), truth, "S" + (i + 1));
      assertNear(index.total(), index.totalStandardError(), truth, "ST" + (i + 1));
    }
    // a parameter with no effect has a total index of exactly 0
    assertThat(r.outputs().get(0).indices().get(3).total()).isZero();
  }

  @Test
  void scenarioForecast_isDrivenByTheHeavierActorsIdeal() {
    // compromise = (x_a + 3 x_b) / 4 with x_a, x_b ~ U(·, · + 40): S_a = 1/10, S_b = 9/10
    Issue x = issue("x", 0, 50, 100);
    Scenario s =
        TestScenarios.scenario(
            List.of(x),
            List.of(
                profile(
                    "a",
                    point(1),
                    point(0),
                    point(1),
                    Map.of(x.id(), stance(uniform(0, 40), point(1)))),
                profile(
                    "b",
                    point(3),
                    point(0),
                    point(1),
                    Map.of(x.id(), stance(uniform(50, 90), point(1))))));
    ScenarioModel model = ScenarioModel.of(s, List.of(new ForecastTrials(new CompromiseModel())));
    try (LocalTrialExecutor executor = new LocalTrialExecutor(2)) {
      SobolResult r = new SobolSensitivity(executor, 300, 0.95).analyze(model, 4_000, Seed.of(1));
      SobolResult.OutputIndices out = r.output("compromise/x").orElseThrow();
      SobolResult.Index a = out.index("profiles/a/stances/x/ideal").orElseThrow();
      SobolResult.Index b = out.index("profiles/b/stances/x/ideal").orElseThrow();
      assertNear(a.first(), a.firstStandardError(), 0.1, "S_a");
      assertNear(b.first(), b.firstStandardError(), 0.9, "S_b");
      assertNear(b.total(), b.totalStandardError(), 0.9, "ST_b");
      // the same run on one thread gives the same indices, bit for bit
      assertThat(
              new SobolSensitivity(LocalTrialExecutor.sequential(), 300, 0.95)
                  .analyze(model, 4_000, Seed.of(1)))
          .isEqualTo(r);
    }
  }
}
