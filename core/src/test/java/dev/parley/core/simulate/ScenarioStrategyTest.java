package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioStrategyTest implements ConcessionStrategyContract {
  @Override
  public ConcessionStrategy strategy() {
    return new ScenarioStrategy();
  }

  private static Negotiation pie(double first, double second, int firstDeadline) {
    var problem = Problems.pie(100, 0.1, 0.2);
    return Negotiation.of(
        problem,
        new SequentialMergeParetoFrontier().compute(problem),
        new double[] {first, second},
        100,
        new int[] {firstDeadline, 100},
        new int[] {0, 1});
  }

  @Test
  void exponent_isTheDiscountRateRelativeToTheMean() {
    Negotiation n = pie(0.99, 0.9, 100);
    double r0 = -Math.log(0.99);
    double r1 = -Math.log(0.9);
    assertThat(ScenarioStrategy.exponent(n, 0)).isCloseTo(r0 / ((r0 + r1) / 2), within(1e-12));
    assertThat(ScenarioStrategy.exponent(n, 0)).isLessThan(1);
    assertThat(ScenarioStrategy.exponent(n, 1)).isGreaterThan(1);
    assertThat(ScenarioStrategy.exponent(pie(0.9, 0.9, 100), 0)).isEqualTo(1.0);
    assertThat(ScenarioStrategy.exponent(pie(1, 1, 100), 0)).isEqualTo(1.0);
    assertThat(ScenarioStrategy.exponent(pie(1, 0.9, 100), 0)).isZero();
  }

  @Test
  void target_reachesTheReservationAtTheOwnDeadline() {
    Negotiation n = pie(0.95, 0.95, 40);
    NegotiationState state = new NegotiationState(n);
    state.turn(20, 0);
    assertThat(strategy().target(state)).isCloseTo(0.1 + 0.9 * 0.5, within(1e-12));
    state.turn(40, 0);
    assertThat(strategy().target(state)).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void scenarioAgent_walksAwayAtItsDeadline() {
    Negotiation n = pie(0.95, 0.95, 10);
    AgentType scenario = AgentTypes.named("scenario").orElseThrow();
    AgentType hard = AgentTypes.named("hardliner").orElseThrow();
    SimulationRun run =
        new AlternatingOffersProtocol().simulate(n, List.of(scenario, hard), Seed.of(1));
    assertThat(run.outcome()).isInstanceOf(Outcome.Impasse.class);
    Outcome.Impasse impasse = (Outcome.Impasse) run.outcome();
    assertThat(impasse.party()).isZero();
    assertThat(impasse.rounds()).isEqualTo(11);
    assertThat(run.trace().getLast().action()).isEqualTo(Step.Action.WALK_AWAY);
  }
}
