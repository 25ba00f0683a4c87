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

  private static Negotiation pieWithoutDeadlines(double first, double second, int cap) {
    var problem = Problems.pie(100, 0.1, 0.2);
    return Negotiation.of(
        problem,
        new SequentialMergeParetoFrontier().compute(problem),
        new double[] {first, second},
        cap,
        new int[] {Negotiation.NO_DEADLINE, Negotiation.NO_DEADLINE},
        new int[] {0, 1});
  }

  @Test
  void horizon_isWhereTheBestPackageDiscountedFallsToTheReservation() {
    Negotiation n = pieWithoutDeadlines(0.8, 0.9, 100);
    // δ^H · best = r: H = ln(0.1 / 1) / ln 0.8 for the first party, ln(0.2 / 1) / ln 0.9 for the
    // second
    assertThat(n.horizon(0)).isCloseTo(Math.log(0.1) / Math.log(0.8), within(1e-12));
    assertThat(n.horizon(1)).isCloseTo(Math.log(0.2) / Math.log(0.9), within(1e-12));
    assertThat(n.horizonKind(0)).isEqualTo(Negotiation.Horizon.PATIENCE);
    NegotiationState state = new NegotiationState(n);
    state.turn(11, 0);
    assertThat(strategy().target(state)).isCloseTo(0.1, within(1e-12));
    // a deadline before the patience horizon sets it; no discounting and no deadline leave the cap
    assertThat(pie(0.8, 0.9, 5).horizon(0)).isEqualTo(5);
    assertThat(pie(0.8, 0.9, 5).horizonKind(0)).isEqualTo(Negotiation.Horizon.DEADLINE);
    assertThat(pieWithoutDeadlines(1, 0.9, 70).horizon(0)).isEqualTo(70);
    assertThat(pieWithoutDeadlines(1, 0.9, 70).horizonKind(0)).isEqualTo(Negotiation.Horizon.CAP);
  }

  @Test
  void agreements_areDatedByPatience_notByTheCapOnTheRounds() {
    // before, the scenario agent's horizon was the cap: agreements came in the last rounds of any
    // cap (93-100 of 100 on the Ukraine example) and moved with it
    AgentType scenario = AgentTypes.named("scenario").orElseThrow();
    for (long seed = 0; seed < 10; seed++) {
      SimulationRun short_ =
          new AlternatingOffersProtocol()
              .simulate(
                  pieWithoutDeadlines(0.9, 0.8, 100), List.of(scenario, scenario), Seed.of(seed));
      SimulationRun long_ =
          new AlternatingOffersProtocol()
              .simulate(
                  pieWithoutDeadlines(0.9, 0.8, 400), List.of(scenario, scenario), Seed.of(seed));
      Outcome.Agreement a = (Outcome.Agreement) short_.outcome();
      Outcome.Agreement b = (Outcome.Agreement) long_.outcome();
      assertThat(b.rounds()).isEqualTo(a.rounds());
      assertThat(b.bid()).isEqualTo(a.bid());
      // both reach their floors by round ln(0.1)/ln(0.9) ≈ 22: they agree well before the cap
      assertThat(a.rounds()).isLessThan(30);
    }
  }
}
