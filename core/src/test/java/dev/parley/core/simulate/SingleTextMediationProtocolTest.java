package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleTextMediationProtocolTest {
  private static double distance(Bid a, Bid b) {
    double sum = 0;
    for (int j = 0; j < a.utilityList().size(); j++) {
      double e = a.utility(j) - b.utility(j);
      sum += e * e;
    }
    return Math.sqrt(sum);
  }

  private static Negotiation threeParties() {
    BargainingProblem problem = Problems.additive(Seed.of(2).generator(), 3, 5, 4);
    return Problems.negotiation(problem, 0.99, 120);
  }

  private static List<AgentType> named(String... names) {
    return java.util.Arrays.stream(names).map(n -> AgentTypes.named(n).orElseThrow()).toList();
  }

  @Test
  void texts_moveOnTheFrontierTowardsTheTarget_untilEveryPartyAccepts() {
    Negotiation n = threeParties();
    SingleTextMediationProtocol mediator = new SingleTextMediationProtocol();
    SimulationRun run = mediator.simulate(n, named("boulware", "linear", "conceder"), Seed.of(4));
    Bid target = mediator.targetOf(n);
    assertThat(target).isEqualTo(n.nash().orElseThrow());
    List<Bid> texts =
        run.trace().stream().filter(s -> s.action() == Step.Action.TEXT).map(Step::bid).toList();
    assertThat(texts).hasSizeGreaterThan(1);
    for (int i = 1; i < texts.size(); i++) {
      assertThat(texts.get(i).frontierIndex()).isNotNegative();
      double before = distance(texts.get(i - 1), target);
      double after = distance(texts.get(i), target);
      if (before > 1e-12) {
        assertThat(after).isLessThan(before);
      } else {
        assertThat(texts.get(i)).isEqualTo(target);
      }
    }
    Outcome.Agreement a = (Outcome.Agreement) run.outcome();
    assertThat(a.bid()).isEqualTo(texts.getLast());
    List<Step> lastRound =
        run.trace().stream().filter(s -> s.round() == a.offerRound() && s.party() >= 0).toList();
    assertThat(lastRound).hasSize(3).allMatch(s -> s.action() == Step.Action.ACCEPT);
  }

  @Test
  void rejections_carryTheRejectingPartysCounterProposal() {
    Negotiation n = threeParties();
    SimulationRun run =
        new SingleTextMediationProtocol()
            .simulate(n, named("boulware", "linear", "conceder"), Seed.of(4));
    List<Step> rejections =
        run.trace().stream().filter(s -> s.action() == Step.Action.REJECT).toList();
    assertThat(rejections).isNotEmpty();
    for (Step s : rejections) {
      assertThat(s.bid().utility(s.party())).isGreaterThanOrEqualTo(s.demand() - 1e-12);
    }
  }

  @Test
  void firstDraft_canBeAPartysFavourite() {
    Negotiation n = threeParties();
    SimulationRun run =
        new SingleTextMediationProtocol(
                SingleTextMediationProtocol.Target.KALAI_SMORODINSKY, 0.05, 1)
            .simulate(n, named("linear", "linear", "linear"), Seed.of(4));
    assertThat(run.trace().getFirst().bid()).isEqualTo(n.favourite(1));
    assertThat(run.trace().getFirst().party()).isEqualTo(-1);
  }

  @Test
  void hardliners_neverAgreeOnAnyText() {
    Negotiation n = Negotiation.of(Problems.pie(50, 0, 0), new double[] {0.9, 0.9}, 30);
    SimulationRun run =
        new SingleTextMediationProtocol().simulate(n, named("hardliner", "hardliner"), Seed.of(1));
    assertThat(run.outcome()).isInstanceOf(Outcome.Deadline.class);
    assertThat(run.outcome().rounds()).isEqualTo(30);
    Bid last =
        run.trace().stream().filter(s -> s.action() == Step.Action.TEXT).toList().getLast().bid();
    assertThat(last).isEqualTo(n.nash().orElseThrow());
  }
}
