package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AgreementProfileTest {
  private static final AgentType LINEAR = AgentTypes.named("linear").orElseThrow();
  private static final AgentType HARD = AgentTypes.named("hardliner").orElseThrow();

  @Test
  void profile_countsAgreementsOptionsAndWhatEachPartyGot() {
    Negotiation n = Negotiation.of(Problems.pie(20, 0.1, 0.2), new double[] {0.95, 0.95}, 40);
    SimulationRun agreed =
        new AlternatingOffersProtocol().simulate(n, List.of(LINEAR, LINEAR), Seed.of(1));
    SimulationRun deadline =
        new AlternatingOffersProtocol().simulate(n, List.of(HARD, HARD), Seed.of(1));
    assertThat(agreed.outcome()).isInstanceOf(Outcome.Agreement.class);
    assertThat(deadline.outcome()).isInstanceOf(Outcome.Deadline.class);
    Bid deal = ((Outcome.Agreement) agreed.outcome()).bid();

    AgreementProfile p = AgreementProfile.of(n, List.of(agreed, deadline, agreed));

    assertThat(p.runs()).isEqualTo(3);
    assertThat(p.agreements()).isEqualTo(2);
    assertThat(p.agreementRate()).isEqualTo(2.0 / 3);
    assertThat(p.optionCounts().get(0).get(deal.option(0))).isEqualTo(2);
    assertThat(p.optionCounts().get(0).stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    assertThat(p.modalPackage()).containsExactly(deal.option(0));
    assertThat(p.modalCount()).isEqualTo(2);
    assertThat(p.modalOption(0)).isEqualTo(deal.option(0));
    assertThat(p.modalShare(0)).isEqualTo(1.0);
    // a run without a deal leaves each party its reservation value
    assertThat(p.expectedUtility().get(0))
        .isCloseTo((2 * deal.utility(0) + 0.1) / 3, within(1e-12));
    assertThat(p.expectedUtility().get(1))
        .isCloseTo((2 * deal.utility(1) + 0.2) / 3, within(1e-12));
    // linear agents concede from the start; hardliners never do
    double linearTotal = agreed.concessions(2).get(0).total();
    assertThat(linearTotal).isPositive();
    assertThat(deadline.concessions(2).get(0).total()).isZero();
    assertThat(p.meanConcession().get(0)).isCloseTo(2 * linearTotal / 3, within(1e-12));
  }

  @Test
  void anEmptyBatch_hasNoModalPackageAndNoRates() {
    Negotiation n = Negotiation.of(Problems.pie(10, 0, 0), new double[] {0.9, 0.9}, 10);
    AgreementProfile p = AgreementProfile.of(n, List.of());
    assertThat(p.modalPackage()).isEmpty();
    assertThat(p.modalOption(0)).isEqualTo(-1);
    assertThat(p.agreementRate()).isNaN();
    assertThat(p.expectedUtility().get(0)).isNaN();
  }

  @Test
  void modalCounts_matchACountOfThePackages_onRandomBatches() {
    SplittableRandom random = new SplittableRandom(20261126L);
    for (int problem = 0; problem < 20; problem++) {
      Negotiation n =
          Problems.negotiation(Problems.additive(random, 2 + random.nextInt(2), 3, 3), 0.9, 30);
      List<AgentType> agents = new ArrayList<>();
      for (int j = 0; j < n.partyCount(); j++) {
        agents.add(random.nextBoolean() ? LINEAR : AgentTypes.named("conceder").orElseThrow());
      }
      List<SimulationRun> runs = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        runs.add(new AlternatingOffersProtocol().simulate(n, agents, Seed.of(random.nextLong())));
      }
      AgreementProfile p = AgreementProfile.of(n, runs);
      int most = 0;
      for (SimulationRun a : runs) {
        if (a.outcome() instanceof Outcome.Agreement x) {
          int same = 0;
          for (SimulationRun b : runs) {
            if (b.outcome() instanceof Outcome.Agreement y
                && x.bid().outcomeList().equals(y.bid().outcomeList())) {
              same++;
            }
          }
          most = Math.max(most, same);
        }
      }
      assertThat(p.modalCount()).isEqualTo(most);
      for (int i = 0; i < 3; i++) {
        assertThat(p.optionCounts().get(i).stream().mapToInt(Integer::intValue).sum())
            .isEqualTo(p.agreements());
      }
    }
  }
}
