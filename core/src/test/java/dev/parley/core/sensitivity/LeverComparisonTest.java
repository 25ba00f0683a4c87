package dev.parley.core.sensitivity;

import static dev.parley.core.montecarlo.TestScenarios.point;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.BargainingTrials;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.TestScenarios;
import dev.parley.core.montecarlo.TrialAnalysis;
import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeverComparisonTest {
  private static final List<TrialAnalysis> ANALYSES =
      List.of(new ForecastTrials(new CompromiseModel()), new BargainingTrials());

  @Test
  void loweringAReservation_raisesTheProbabilityOfADealByTheExpectedAmount() {
    // a and b split one issue (0, 50, 100) with reservations U(0.3, 0.7): P(deal) = 1/4; the
    // lever lowers a's reservation by 0.2, so a accepts the middle always: P(deal) = 1/2
    Issue x = TestScenarios.issue("x", 0, 50, 100);
    Scenario s =
        TestScenarios.scenario(
            List.of(x),
            List.of(
                TestScenarios.profile(
                    "a",
                    point(1),
                    TestScenarios.uniform(0.3, 0.7),
                    point(1),
                    Map.of(x.id(), TestScenarios.stance(point(0), point(1)))),
                TestScenarios.profile(
                    "b",
                    point(1),
                    TestScenarios.uniform(0.3, 0.7),
                    point(1),
                    Map.of(x.id(), TestScenarios.stance(point(100), point(1))))),
            List.of(
                new Lever(
                    LeverId.of("pressure"),
                    "Pressure on a",
                    "",
                    List.of(
                        new LeverEffect(
                            ActorId.of("a"),
                            LeverEffect.Parameter.RESERVATION,
                            null,
                            null,
                            LeverEffect.Operation.ADD,
                            -0.2)),
                    Basis.unstated())));
    LeverComparisonResult r =
        new LeverComparison().compare(s, 10_000, Seed.of(4), List.of(new BargainingTrials()));
    LeverComparisonResult.OutputDifference deal =
        r.lever(LeverId.of("pressure")).orElseThrow().difference("nash/deal").orElseThrow();
    assertThat(Math.abs(deal.difference() - 0.25)).isLessThan(4 * deal.standardError());
    assertThat(deal.baseline()).isEqualTo(r.baseline().result().bargaining().get(0).deal().share());
    // at nominal values (0.5 each) the middle option is acceptable to both
    assertThat(deal.nominalBaseline()).isEqualTo(1);
  }

  @Test
  void harbourLevers_moveWhatTheyTouch() {
    LeverComparisonResult r =
        new LeverComparison().compare(TestScenarios.harbour(), 3_000, Seed.of(4), ANALYSES);
    assertThat(r.levers())
        .extracting(l -> l.lever().value())
        .containsExactly("subsidy", "strike-fund");
    LeverComparisonResult.LeverVariant subsidy = r.lever(LeverId.of("subsidy")).orElseThrow();
    // the port walks away for 0.05 less and the union values phased automation more: the deal
    // margin grows trial by trial
    LeverComparisonResult.OutputDifference margin = subsidy.difference("nash/margin").orElseThrow();
    assertThat(margin.difference()).isGreaterThan(3 * margin.standardError());
    // a utility lever does not move an ideal point, so the compromise is exactly unchanged
    LeverComparisonResult.OutputDifference wage =
        subsidy.difference("compromise/wage").orElseThrow();
    assertThat(wage.difference()).isZero();
    assertThat(wage.standardError()).isZero();
    // the strike fund raises the union's wage salience, which pulls the compromise up
    LeverComparisonResult.OutputDifference strike =
        r.lever(LeverId.of("strike-fund"))
            .orElseThrow()
            .difference("compromise/wage")
            .orElseThrow();
    assertThat(strike.difference()).isGreaterThan(3 * strike.standardError());
    assertThat(strike.nominalPulled()).isGreaterThan(strike.nominalBaseline());
  }

  @Test
  void pairedDifferences_haveSmallerErrorsThanIndependentRuns() {
    LeverComparisonResult r =
        new LeverComparison().compare(TestScenarios.harbour(), 3_000, Seed.of(4), ANALYSES);
    LeverComparisonResult.LeverVariant strikeFund =
        r.lever(LeverId.of("strike-fund")).orElseThrow();
    LeverComparisonResult.OutputDifference strike =
        strikeFund.difference("compromise/wage").orElseThrow();
    double independent =
        Math.hypot(
            r.baseline().result().forecasts().get(0).issues().get(0).outcome().standardError(),
            strikeFund
                .variant()
                .result()
                .forecasts()
                .get(0)
                .issues()
                .get(0)
                .outcome()
                .standardError());
    assertThat(strike.standardError()).isLessThan(independent / 2);
  }

  @Test
  void comparison_isTheSameForAnyNumberOfThreads() {
    LeverComparisonResult one =
        new LeverComparison().compare(TestScenarios.harbour(), 500, Seed.of(8), ANALYSES);
    try (LocalTrialExecutor executor = new LocalTrialExecutor(3)) {
      assertThat(
              new LeverComparison(new MonteCarloRunner(executor))
                  .compare(TestScenarios.harbour(), 500, Seed.of(8), ANALYSES))
          .isEqualTo(one);
    }
  }
}
