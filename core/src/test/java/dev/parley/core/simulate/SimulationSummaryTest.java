package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationSummaryTest {
  @Test
  void quantiles_interpolateBetweenOrderStatistics() {
    SimulationSummary.Distribution d = SimulationSummary.distribution(new double[] {7, 1, 3, 5, 9});
    assertThat(d.min()).isEqualTo(1);
    assertThat(d.q1()).isEqualTo(3);
    assertThat(d.median()).isEqualTo(5);
    assertThat(d.q3()).isEqualTo(7);
    assertThat(d.max()).isEqualTo(9);
    assertThat(d.mean()).isEqualTo(5);
    assertThat(SimulationSummary.distribution(new double[] {1, 2}).median()).isEqualTo(1.5);
  }

  @Test
  void summary_countsEveryKindOfOutcome() {
    Negotiation n = Negotiation.of(Problems.pie(20, 0, 0), new double[] {0.95, 0.95}, 40);
    AgentType linear = AgentTypes.named("linear").orElseThrow();
    AgentType hard = AgentTypes.named("hardliner").orElseThrow();
    List<SimulationRun> runs =
        List.of(
            new AlternatingOffersProtocol().simulate(n, List.of(linear, linear), Seed.of(1)),
            new AlternatingOffersProtocol().simulate(n, List.of(hard, hard), Seed.of(1)),
            new AlternatingOffersProtocol()
                .simulate(n, List.of(Scripted.walkingAwayIn(0), hard), Seed.of(1)));
    SimulationSummary s = SimulationSummary.of(runs);
    assertThat(s.runs()).isEqualTo(3);
    assertThat(s.agreements()).isEqualTo(1);
    assertThat(s.deadlines()).isEqualTo(1);
    assertThat(s.impasses()).isEqualTo(1);
    assertThat(s.agreementRate()).isEqualTo(1.0 / 3);
    assertThat(s.rounds().max()).isEqualTo(40);
    assertThat(s.rounds().min()).isEqualTo(1);
  }
}
