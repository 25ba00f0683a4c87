package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialSessionsProtocolTest {
  private static final AgentType LINEAR = AgentTypes.named("linear").orElseThrow();
  private static final AgentType HARD = AgentTypes.named("hardliner").orElseThrow();

  private static Negotiation three() {
    BargainingProblem problem = Problems.additive(Seed.of(2).generator(), 3, 5, 4);
    return Problems.negotiation(problem, 0.99, 200);
  }

  private static SequentialSessionsProtocol.Session session(
      List<Integer> parties, List<Integer> issues, int rounds) {
    return new SequentialSessionsProtocol.Session(parties, issues, rounds);
  }

  @Test
  void bilateralAgreement_isFixedForTheTrilateralSession() {
    Negotiation n = three();
    SequentialSessionsProtocol plan =
        new SequentialSessionsProtocol(
            List.of(
                session(List.of(0, 1), List.of(0, 1), 60),
                session(List.of(0, 1, 2), List.of(), 0)));
    SimulationRun run = plan.simulate(n, List.of(LINEAR, LINEAR, LINEAR), Seed.of(5));
    assertThat(run.tables()).hasSize(2);
    assertThat(run.tables().get(0).parties()).containsExactly(0, 1);
    assertThat(run.tables().get(0).issues()).containsExactly(0, 1);
    assertThat(run.tables().get(1).issues()).containsExactly(2, 3, 4);
    Step bilateral =
        run.trace().stream()
            .filter(s -> s.session() == 0 && s.action() == Step.Action.ACCEPT)
            .toList()
            .getLast();
    assertThat(run.trace().stream().filter(s -> s.session() == 0)).allMatch(s -> s.party() != 2);
    for (Step s : run.trace()) {
      if (s.session() == 1 && s.bid() != null) {
        assertThat(s.bid().option(0)).isEqualTo(bilateral.bid().option(0));
        assertThat(s.bid().option(1)).isEqualTo(bilateral.bid().option(1));
      }
    }
    Outcome.Agreement a = (Outcome.Agreement) run.outcome();
    assertThat(a.bid().option(0)).isEqualTo(bilateral.bid().option(0));
    assertThat(a.bid().utilities()).containsExactly(n.problem().utilities(a.bid().outcome()));
    assertThat(run.settled()).doesNotContain(-1);
    assertThat(run.tables().get(1).offset()).isEqualTo(bilateral.round() + 1);
    assertThat(a.rounds())
        .isEqualTo(run.trace().getLast().round() + run.tables().get(1).offset() + 1);
  }

  @Test
  void failedBilateral_leavesItsIssuesOpenForTheNextSession() {
    Negotiation n = three();
    AgentType leavesBilaterals =
        new AgentType() {
          @Override
          public String name() {
            return "leaves-bilaterals";
          }

          @Override
          public NegotiationAgent create(Negotiation negotiation, int party) {
            return negotiation.partyCount() == 2
                ? Scripted.walkingAwayIn(0).create(negotiation, party)
                : LINEAR.create(negotiation, party);
          }
        };
    SequentialSessionsProtocol plan =
        new SequentialSessionsProtocol(
            List.of(
                session(List.of(0, 1), List.of(0, 1), 12),
                session(List.of(0, 1, 2), List.of(), 0)));
    SimulationRun run = plan.simulate(n, List.of(LINEAR, leavesBilaterals, LINEAR), Seed.of(5));
    List<Step> bilateral = run.trace().stream().filter(s -> s.session() == 0).toList();
    assertThat(bilateral)
        .extracting(Step::action)
        .containsExactly(Step.Action.OFFER, Step.Action.WALK_AWAY);
    assertThat(run.tables().get(1).issues()).containsExactly(0, 1, 2, 3, 4);
    assertThat(run.tables().get(1).offset()).isEqualTo(2);
    assertThat(run.outcome()).isInstanceOf(Outcome.Agreement.class);
    assertThat(((Outcome.Agreement) run.outcome()).offerRound()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void ratification_byAPartyLeftOut_canRejectTheDeal() {
    Negotiation n = three();
    SequentialSessionsProtocol plan =
        new SequentialSessionsProtocol(
            List.of(
                session(List.of(0, 1), List.of(), 100), session(List.of(0, 1, 2), List.of(), 0)));
    SimulationRun run = plan.simulate(n, List.of(LINEAR, LINEAR, HARD), Seed.of(5));
    assertThat(run.tables().get(1).issues()).isEmpty();
    Outcome.Impasse i = (Outcome.Impasse) run.outcome();
    assertThat(i.party()).isEqualTo(2);
    assertThat(run.settled()).doesNotContain(-1);
    assertThat(run.trace().getLast().action()).isEqualTo(Step.Action.REJECT);

    SimulationRun accepted = plan.simulate(n, List.of(LINEAR, LINEAR, LINEAR), Seed.of(5));
    Bid deal = ((Outcome.Agreement) accepted.outcome()).bid();
    assertThat(deal.utility(2))
        .as("a time-dependent party ratifies anything above its reservation")
        .isGreaterThanOrEqualTo(n.reservation(2));
  }

  @Test
  void session_scalesReservationsByTheStakeOnTheTable() {
    Negotiation n = three();
    int[] settled = {-1, -1, -1, -1, -1};
    Negotiation sub =
        SequentialSessionsProtocol.restrict(n, new int[] {2, 0}, List.of(1, 3), settled, 0, 50);
    BargainingProblem p = n.problem();
    for (int l = 0; l < 2; l++) {
      int g = l == 0 ? 2 : 0;
      double all = 0;
      double table = 0;
      for (int i = 0; i < 5; i++) {
        double best = 0;
        for (int o = 0; o < p.optionCount(i); o++) {
          best = Math.max(best, p.contribution(g, i, o));
        }
        all += best;
        table += i == 1 || i == 3 ? best : 0;
      }
      assertThat(sub.reservation(l)).isCloseTo(p.disagreement(g) * table / all, within(1e-12));
      assertThat(sub.best(l)).isCloseTo(table, within(1e-12));
    }
  }

  @Test
  void plan_mustPutEveryIssueOnSomeTable() {
    SequentialSessionsProtocol plan =
        new SequentialSessionsProtocol(List.of(session(List.of(0, 1), List.of(0), 0)));
    assertThatThrownBy(() -> plan.simulate(three(), List.of(LINEAR, LINEAR, LINEAR), Seed.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every issue");
  }
}
