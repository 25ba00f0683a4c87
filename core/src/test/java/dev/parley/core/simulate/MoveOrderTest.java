package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who moves first in a run is drawn from the run's seed over the parties sorted by name, so the
 * order in which a problem lists its parties plays no part: permuting them permutes a run.
 */
class MoveOrderTest {
  private static final AgentType SCENARIO = AgentTypes.named("scenario").orElseThrow();
  private static final AgentType NICE = AgentTypes.named("nice-tft").orElseThrow();

  /** Returns the problem with its parties listed in the given order (problem indexes). */
  private static BargainingProblem permuted(BargainingProblem p, int[] order) {
    int k = p.partyCount();
    List<String> names = new ArrayList<>();
    List<List<String>> options = new ArrayList<>();
    double[][][] c = new double[k][p.issueCount()][];
    double[] d = new double[k];
    for (int i = 0; i < p.issueCount(); i++) {
      options.add(p.options(i));
    }
    for (int l = 0; l < k; l++) {
      int j = order[l];
      names.add(p.parties().get(j));
      d[l] = p.disagreement(j);
      for (int i = 0; i < p.issueCount(); i++) {
        c[l][i] = new double[p.optionCount(i)];
        for (int o = 0; o < p.optionCount(i); o++) {
          c[l][i][o] = p.contribution(j, i, o);
        }
      }
    }
    return BargainingProblem.of(names, p.issues(), options, c, d);
  }

  private static Negotiation negotiation(BargainingProblem p, double[] patience) {
    return Negotiation.of(p, patience, 120);
  }

  @Test
  void drawnOrder_isAShuffleOfThePartiesByName_fromTheRunsSeed() {
    BargainingProblem p = Problems.additive(Seed.of(3).generator(), 3, 4, 3);
    Negotiation n = negotiation(p, new double[] {0.9, 0.95, 0.99});
    assertThat(n.drawsOrder()).isTrue();
    Set<Integer> first = new HashSet<>();
    for (long s = 0; s < 40; s++) {
      int[] order = n.forRun(Seed.of(s)).order();
      assertThat(n.forRun(Seed.of(s)).order()).isEqualTo(order);
      first.add(order[0]);
    }
    // every party moves first in some run; before, the first profile of the file always did
    assertThat(first).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void permutingTheParties_permutesEveryRun_andChangesNothingElse() {
    BargainingProblem p = Problems.additive(Seed.of(7).generator(), 3, 5, 4);
    double[] patience = {0.9, 0.97, 0.8};
    int[] order = {2, 0, 1};
    BargainingProblem q = permuted(p, order);
    double[] qPatience = {patience[2], patience[0], patience[1]};
    Negotiation n = negotiation(p, patience);
    Negotiation m = negotiation(q, qPatience);
    List<Protocol> protocols =
        List.of(
            new AlternatingOffersProtocol(),
            new SingleTextMediationProtocol(),
            new SequentialSessionsProtocol(
                List.of(
                    new SequentialSessionsProtocol.Session(List.of(0, 1), List.of(0, 1), 40),
                    new SequentialSessionsProtocol.Session(List.of(0, 1, 2), List.of(), 0))));
    List<Protocol> permutedProtocols =
        List.of(
            protocols.get(0),
            protocols.get(1),
            new SequentialSessionsProtocol(
                List.of(
                    new SequentialSessionsProtocol.Session(List.of(1, 2), List.of(0, 1), 40),
                    new SequentialSessionsProtocol.Session(List.of(0, 1, 2), List.of(), 0))));
    for (int x = 0; x < protocols.size(); x++) {
      for (List<AgentType> agents :
          List.of(List.of(SCENARIO, SCENARIO, SCENARIO), List.of(NICE, NICE, NICE))) {
        for (long s = 0; s < 12; s++) {
          SimulationRun a = protocols.get(x).simulate(n, agents, Seed.of(s));
          SimulationRun b = permutedProtocols.get(x).simulate(m, agents, Seed.of(s));
          String what = protocols.get(x).name() + " " + agents.get(0).name() + " seed " + s;
          assertThat(b.outcome().rounds()).as(what).isEqualTo(a.outcome().rounds());
          assertThat(b.settled()).as(what).isEqualTo(a.settled());
          assertThat(b.trace()).as(what).hasSameSizeAs(a.trace());
          for (int i = 0; i < a.trace().size(); i++) {
            Step sa = a.trace().get(i);
            Step sb = b.trace().get(i);
            assertThat(sb.action()).as(what).isEqualTo(sa.action());
            assertThat(sb.party() < 0 ? -1 : order[sb.party()]).as(what).isEqualTo(sa.party());
            assertThat(Double.compare(sb.demand(), sa.demand())).as(what).isZero();
          }
          for (int l = 0; l < 3; l++) {
            assertThat(b.outcome().payoffs().get(l))
                .as(what)
                .isEqualTo(a.outcome().payoffs().get(order[l]));
            assertThat(b.concessions(3).get(l).total())
                .as(what)
                .isEqualTo(a.concessions(3).get(order[l]).total());
          }
          if (a.outcome() instanceof Outcome.Agreement agreed) {
            Outcome.Agreement other = (Outcome.Agreement) b.outcome();
            assertThat(other.bid()).as(what).isEqualTo(agreed.bid());
            assertThat(n.nash()).isPresent();
            assertThat(b.distanceTo(m.nash().orElseThrow()))
                .isEqualTo(a.distanceTo(n.nash().orElseThrow()));
          }
        }
      }
    }
  }
}
