package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternatingOffersProtocolTest {
  /** Three parties, one issue of three options; each party likes a different option best. */
  private static BargainingProblem three() {
    double[][][] c = {{{1, 0.5, 0}}, {{0, 1, 0.5}}, {{0.5, 0, 1}}};
    return BargainingProblem.of(
        List.of("a", "b", "c"),
        List.of("x"),
        List.of(List.of("x0", "x1", "x2")),
        c,
        new double[] {0.1, 0.2, 0.3});
  }

  private static SimulationRun run(double patience, int deadline, AgentType... agents) {
    Negotiation n = Problems.negotiation(three(), patience, deadline);
    return new AlternatingOffersProtocol().simulate(n, List.of(agents), Seed.of(1));
  }

  @Test
  void offer_isAgreedWhenEveryOtherPartyAcceptsInTurn() {
    SimulationRun run =
        run(0.9, 10, Scripted.offering(1), Scripted.accepting(0), Scripted.accepting(0));
    Outcome.Agreement a = (Outcome.Agreement) run.outcome();
    assertThat(a.bid().option(0)).isEqualTo(1);
    assertThat(a.offerRound()).isZero();
    assertThat(a.rounds()).isEqualTo(3);
    assertThat(a.payoffs()).containsExactly(0.5, 1.0, 0.0);
    assertThat(run.trace())
        .extracting(Step::action)
        .containsExactly(Step.Action.OFFER, Step.Action.ACCEPT, Step.Action.ACCEPT);
    assertThat(run.settled()).containsExactly(1);
  }

  @Test
  void counterOffer_restartsTheCount_andTheAgreementIsDiscountedToItsOffer() {
    SimulationRun run =
        run(0.9, 10, Scripted.accepting(0), Scripted.offering(1), Scripted.accepting(2));
    Outcome.Agreement a = (Outcome.Agreement) run.outcome();
    assertThat(a.bid().option(0)).isEqualTo(1);
    assertThat(a.offerRound()).isEqualTo(1);
    assertThat(a.rounds()).isEqualTo(4);
    assertThat(a.payoffs().get(0)).isCloseTo(0.9 * 0.5, within(1e-15));
    assertThat(a.payoffs().get(1)).isCloseTo(0.9, within(1e-15));
    assertThat(run.trace())
        .extracting(Step::action)
        .containsExactly(
            Step.Action.OFFER, Step.Action.OFFER, Step.Action.ACCEPT, Step.Action.ACCEPT);
  }

  @Test
  void walkAway_endsTheNegotiationForEveryone_withDiscountedReservations() {
    SimulationRun run =
        run(0.5, 10, Scripted.offering(0), Scripted.walkingAwayIn(3, 1), Scripted.offering(2));
    Outcome.Impasse i = (Outcome.Impasse) run.outcome();
    assertThat(i.party()).isEqualTo(1);
    assertThat(i.rounds()).isEqualTo(5);
    assertThat(i.payoffs().get(2)).isCloseTo(0.3 * Math.pow(0.5, 4), within(1e-15));
    assertThat(run.trace().getLast().action()).isEqualTo(Step.Action.WALK_AWAY);
    assertThat(run.settled()).containsExactly(-1);
  }

  @Test
  void deadline_endsARunWithoutAgreement() {
    SimulationRun run = run(1, 7, Scripted.offering(0), Scripted.offering(1), Scripted.offering(2));
    assertThat(run.outcome()).isInstanceOf(Outcome.Deadline.class);
    assertThat(run.outcome().rounds()).isEqualTo(7);
    assertThat(run.outcome().payoffs()).containsExactly(0.1, 0.2, 0.3);
    assertThat(run.trace()).hasSize(7);
    assertThat(run.trace()).extracting(Step::party).containsExactly(0, 1, 2, 0, 1, 2, 0);
  }

  @Test
  void offerMadeTooLateToBeAccepted_isNoAgreement() {
    SimulationRun run =
        run(1, 2, Scripted.offering(1), Scripted.accepting(0), Scripted.accepting(0));
    assertThat(run.outcome()).isInstanceOf(Outcome.Deadline.class);
  }

  @Test
  void timeDependentAgents_reachAnAgreementEveryoneWeaklyPrefersToWalkingAway() {
    BargainingProblem problem = Problems.additive(Seed.of(2).generator(), 3, 5, 4);
    Negotiation n = Problems.negotiation(problem, 1, 90);
    assertThat(n.nash()).as("the zone of agreement is not empty").isPresent();
    SimulationRun run =
        new AlternatingOffersProtocol()
            .simulate(
                n,
                List.of(
                    AgentTypes.named("boulware").orElseThrow(),
                    AgentTypes.named("linear").orElseThrow(),
                    AgentTypes.named("conceder").orElseThrow()),
                Seed.of(1));
    Outcome.Agreement a = (Outcome.Agreement) run.outcome();
    for (int j = 0; j < 3; j++) {
      assertThat(a.bid().utility(j)).isGreaterThanOrEqualTo(problem.disagreement(j) - 1e-12);
    }
    List<SimulationRun.Concession> c = run.concessions(3);
    assertThat(c.get(2).firstRound()).as("the conceder, in its first turn").isEqualTo(2);
    assertThat(c.get(1).firstRound()).as("linear: 1/90 of its range is over 1%").isEqualTo(1);
    assertThat(c.get(0).firstRound() < 0 || c.get(0).firstRound() > c.get(1).firstRound())
        .as("the Boulware party concedes last, if at all: %s", c)
        .isTrue();
    assertThat(c.get(2).total()).isGreaterThan(c.get(1).total());
    assertThat(c.get(1).total()).isGreaterThan(c.get(0).total());
  }
}
