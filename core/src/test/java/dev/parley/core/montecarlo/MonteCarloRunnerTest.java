package dev.parley.core.montecarlo;

import static dev.parley.core.montecarlo.TestScenarios.issue;
import static dev.parley.core.montecarlo.TestScenarios.point;
import static dev.parley.core.montecarlo.TestScenarios.profile;
import static dev.parley.core.montecarlo.TestScenarios.stance;
import static dev.parley.core.montecarlo.TestScenarios.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.WeightedMedianModel;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Issue;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonteCarloRunnerTest {
  private static final Scenario HARBOUR = TestScenarios.harbour();
  private static final List<TrialAnalysis> ALL =
      List.of(
          new ForecastTrials(new CompromiseModel()),
          new ForecastTrials(new WeightedMedianModel()),
          new BargainingTrials());

  @Test
  void results_areIdenticalBitForBitForOneTwoAndEightThreads() {
    ScenarioModel model = ScenarioModel.of(HARBOUR, ALL);
    TrialOutputs reference = new MonteCarloRunner().sample(model, 2_000, Seed.of(7));
    MonteCarloResult referenceSummary = MonteCarloRunner.summarize(model, reference);
    for (int threads : new int[] {2, 8}) {
      try (LocalTrialExecutor executor = new LocalTrialExecutor(threads)) {
        TrialOutputs parallel = new MonteCarloRunner(executor).sample(model, 2_000, Seed.of(7));
        for (int c = 0; c < reference.width(); c++) {
          assertThat(Arrays.equals(parallel.column(c), reference.column(c)))
              .as("%d threads, output %s", threads, reference.names().get(c))
              .isTrue();
        }
        assertThat(MonteCarloRunner.summarize(model, parallel)).isEqualTo(referenceSummary);
      }
    }
  }

  @Test
  void differentSeeds_giveDifferentTrials_sameSeedTheSame() {
    MonteCarloRunner runner = new MonteCarloRunner();
    ScenarioModel model = ScenarioModel.of(HARBOUR, ALL);
    double[] a = runner.sample(model, 200, Seed.of(1)).column(0);
    double[] b = runner.sample(model, 200, Seed.of(1)).column(0);
    double[] c = runner.sample(model, 200, Seed.of(2)).column(0);
    assertThat(a).isEqualTo(b);
    assertThat(Arrays.equals(a, c)).isFalse();
  }

  @Test
  void draws_followTheirDistributions() {
    // the model's outputs are its inputs: U(2, 6) and a triangular (0, 1, 4)
    ParameterSpace space =
        ParameterSpace.of(
            List.of(
                new Parameter("u", new Distribution.Uniform(2, 6, 4), 0, 10),
                new Parameter("t", new Distribution.Triangular(0, 1, 4), 0, 10)));
    UncertainModel identity = identity(space);
    int n = 40_000;
    TrialOutputs out = new MonteCarloRunner().sample(identity, n, Seed.of(11));
    SampleSummary u = SampleSummary.of(out.column(0));
    SampleSummary t = SampleSummary.of(out.column(1));
    // means 4 and 5/3; sd 4/√12 and √((0 + 1 + 16 − 0 − 0 − 4) / 18)
    assertThat(Math.abs(u.mean() - 4)).isLessThan(4 * u.standardError());
    assertThat(Math.abs(t.mean() - 5.0 / 3)).isLessThan(4 * t.standardError());
    double sdU = 4 / Math.sqrt(12);
    // the standard error of a sample sd is about sd / √(2n)
    assertThat(Math.abs(u.sd() - sdU)).isLessThan(4 * sdU / Math.sqrt(2.0 * n));
    // the median of U(2, 6) is 4; its standard error is about 1 / (2 f(m) √n) = 2 / √n
    assertThat(Math.abs(u.median() - 4)).isLessThan(4 * 2 / Math.sqrt(n));
  }

  @Test
  void compromiseMean_isTheWeightedMeanOfTheMeanIdeals() {
    // two actors, capabilities 1 and 3, equal salience: compromise = (x_a + 3 x_b) / 4, linear
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
    MonteCarloResult r =
        new MonteCarloRunner()
            .run(s, 20_000, Seed.of(3), new ForecastTrials(new CompromiseModel()));
    SampleSummary outcome = r.forecasts().get(0).issues().get(0).outcome();
    double expected = (20 + 3 * 70) / 4.0;
    assertThat(Math.abs(outcome.mean() - expected)).isLessThan(4 * outcome.standardError());
    // sd: √((40² + 9·40²) / 12) / 4
    assertThat(outcome.sd())
        .isCloseTo(Math.sqrt(10 * 1600 / 12.0) / 4, org.assertj.core.api.Assertions.within(0.15));
    assertThat(r.seed()).isEqualTo(Seed.of(3));
    assertThat(r.trials()).isEqualTo(20_000);
    assertThat(r.uncertain()).isEqualTo(2);
  }

  @Test
  void dealProbability_matchesTheProbabilityBothReservationsAllowTheMiddle() {
    // options 0, 50, 100; a wants 0, b wants 100; the middle gives each 0.5, the ends 1 and 0;
    // with reservations U(0.3, 0.7) a deal exists exactly when both are at most 0.5: p = 1/4
    Issue x = issue("x", 0, 50, 100);
    Scenario s =
        TestScenarios.scenario(
            List.of(x),
            List.of(
                profile(
                    "a",
                    point(1),
                    uniform(0.3, 0.7),
                    point(1),
                    Map.of(x.id(), stance(point(0), point(1)))),
                profile(
                    "b",
                    point(1),
                    uniform(0.3, 0.7),
                    point(1),
                    Map.of(x.id(), stance(point(100), point(1))))));
    MonteCarloResult r = new MonteCarloRunner().run(s, 20_000, Seed.of(5), new BargainingTrials());
    BargainingDistribution b = r.bargaining().get(0);
    assertThat(b.undetermined()).isZero();
    assertThat(Math.abs(b.deal().share() - 0.25)).isLessThan(4 * b.deal().standardError());
    // every deal is the middle option, with 0.5 each
    assertThat(b.distinctPackages()).isEqualTo(1);
    assertThat(b.packages().get(0).options()).containsExactly("o1");
    assertThat(b.packages().get(0).share()).isEqualTo(b.selected());
    assertThat(b.utilities().get(0).utility().mean()).isEqualTo(0.5);
    // margin: 0.5 − max(d_a, d_b) (the middle is the best package for the smaller gain)
    assertThat(b.margin().max()).isLessThanOrEqualTo(0.2);
    assertThat(b.margin().min()).isGreaterThanOrEqualTo(-0.2);
  }

  @Test
  void nashTrials_giveTheSameOutputsBySearchAndByFrontier() {
    BargainingTrials search = new BargainingTrials();
    BargainingTrials frontier =
        new BargainingTrials(
            new dev.parley.core.bargain.NashBargainingSolution(),
            10,
            new dev.parley.core.bargain.SequentialMergeParetoFrontier());
    assertThat(search.searchesPackages()).isTrue();
    assertThat(frontier.searchesPackages()).isFalse();
    MonteCarloRunner runner = new MonteCarloRunner();
    TrialOutputs a = runner.sample(ScenarioModel.of(HARBOUR, List.of(search)), 1_000, Seed.of(6));
    TrialOutputs b = runner.sample(ScenarioModel.of(HARBOUR, List.of(frontier)), 1_000, Seed.of(6));
    for (int c = 0; c < a.width(); c++) {
      double[] x = a.column(c);
      double[] y = b.column(c);
      for (int t = 0; t < x.length; t++) {
        assertThat(x[t])
            .as("%s, trial %d", a.names().get(c), t)
            .isCloseTo(y[t], org.assertj.core.api.Assertions.within(1e-12));
      }
    }
  }

  @Test
  void leverScenarios_drawTheSameUniformsTrialByTrial() {
    Scenario pulled = Levers.apply(HARBOUR, List.of(LeverId.of("subsidy")));
    ParameterSpace base = ParameterSpace.from(HARBOUR);
    ParameterSpace lever = ParameterSpace.from(pulled);
    assertThat(lever.size()).isEqualTo(base.size());
    int port = base.indexOf("profiles/port/reservation");
    double[] u = new double[base.size()];
    double[] xb = new double[base.size()];
    double[] xl = new double[base.size()];
    for (int trial = 0; trial < 100; trial++) {
      MonteCarloRunner.draw(Seed.of(9), trial, u);
      base.quantiles(u, xb);
      lever.quantiles(u, xl);
      // the lever shifts the port's reservation distribution by −0.05 (truncation window too)
      assertThat(xl[port])
          .isCloseTo(xb[port] - 0.05, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void forecastShares_countTheNearestOption() {
    int[] order = {0, 1, 2};
    double[] sorted = {0, 50, 100};
    assertThat(ForecastTrials.nearestOption(sorted, order, 24.9)).isZero();
    assertThat(ForecastTrials.nearestOption(sorted, order, 25)).isZero();
    assertThat(ForecastTrials.nearestOption(sorted, order, 25.1)).isEqualTo(1);
    assertThat(ForecastTrials.nearestOption(sorted, order, 140)).isEqualTo(2);
    assertThat(ForecastTrials.nearestOption(sorted, order, -3)).isZero();
    // options listed in another order than their positions: ties go to the earlier option
    assertThat(ForecastTrials.nearestOption(new double[] {0, 100}, new int[] {1, 0}, 50)).isZero();
    assertThat(ForecastTrials.nearestOption(new double[] {50, 50}, new int[] {0, 1}, 60)).isZero();
  }

  @Test
  void leanForecasts_ofEumAndSmp_equalTheirWholeForecastsTrialByTrial() {
    List<Forecaster> models =
        List.of(
            ExpectedUtilityModel.scholzCode(),
            ExpectedUtilityModel.paper(),
            SpatialModelOfPolitics.corrected(),
            SpatialModelOfPolitics.ktab()
                .withParameters(
                    SmpParameters.ktabDefaults()
                        .withTransitions(SmpParameters.Transitions.STOCHASTIC)));
    List<TrialAnalysis> lean = new ArrayList<>();
    List<TrialAnalysis> whole = new ArrayList<>();
    for (Forecaster model : models) {
      lean.add(new ForecastTrials(model));
      // a forecaster of another class takes the general path: the whole forecast, history included
      whole.add(
          new ForecastTrials(
              new Forecaster() {
                @Override
                public String name() {
                  return model.name();
                }

                @Override
                public Forecast forecast(SpatialProblem problem, Seed seed) {
                  return model.forecast(problem, seed);
                }
              }));
    }
    MonteCarloRunner runner = new MonteCarloRunner();
    TrialOutputs a = runner.sample(ScenarioModel.of(HARBOUR, lean), 300, Seed.of(5));
    TrialOutputs b = runner.sample(ScenarioModel.of(HARBOUR, whole), 300, Seed.of(5));
    assertThat(a.names()).isEqualTo(b.names());
    for (int c = 0; c < a.width(); c++) {
      assertThat(Arrays.equals(a.column(c), b.column(c))).as(a.names().get(c)).isTrue();
    }
  }

  @Test
  void tooManyOutputs_areRejected() {
    UncertainModel identity =
        identity(ParameterSpace.of(List.of(new Parameter("u", Distribution.point(1), 0, 1))));
    assertThatThrownBy(() -> new MonteCarloRunner().sample(identity, -1, Seed.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static UncertainModel identity(ParameterSpace space) {
    List<String> names = space.all().stream().map(Parameter::name).toList();
    return new UncertainModel() {
      @Override
      public ParameterSpace parameters() {
        return space;
      }

      @Override
      public List<String> outputs() {
        return names;
      }

      @Override
      public Evaluator evaluator() {
        return (x, seed, out, offset) -> System.arraycopy(x, 0, out, offset, x.length);
      }
    };
  }
}
