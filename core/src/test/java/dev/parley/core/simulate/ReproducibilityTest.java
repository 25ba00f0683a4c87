package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every run is a function of its seed and index, whatever the number of threads. */
class ReproducibilityTest {
  private static Simulation simulation(Protocol protocol) {
    var problem = Problems.additive(Seed.of(77).generator(), 4, 6, 4);
    Negotiation n = Problems.negotiation(problem, 0.97, 80);
    List<AgentType> agents =
        List.of(
            AgentTypes.named("boulware").orElseThrow(),
            AgentTypes.named("conceder").orElseThrow(),
            AgentTypes.named("nice-tft").orElseThrow(),
            AgentTypes.named("linear").orElseThrow());
    return new Simulation(protocol, n, agents);
  }

  @Test
  void sameSeed_givesTheSameRun_andAnotherSeedAnotherRun() {
    Simulation s = simulation(new AlternatingOffersProtocol());
    SimulationRun a = s.run(Seed.of(42), 3);
    SimulationRun b = s.run(Seed.of(42), 3);
    assertThat(b).isEqualTo(a);
    assertThat(s.run(Seed.of(42), 4).trace()).isNotEqualTo(a.trace());
    assertThat(s.run(Seed.of(43), 3).trace()).isNotEqualTo(a.trace());
  }

  @Test
  void batch_isTheSameForAnyNumberOfThreads() {
    for (Protocol protocol :
        List.of(new AlternatingOffersProtocol(), new SingleTextMediationProtocol())) {
      Simulation s = simulation(protocol);
      List<SimulationRun> one = s.runAll(Seed.of(7), 24, 1);
      List<SimulationRun> four = s.runAll(Seed.of(7), 24, 4);
      List<SimulationRun> three = s.runAll(Seed.of(7), 24, 3);
      assertThat(four).isEqualTo(one);
      assertThat(three).isEqualTo(one);
      assertThat(one.get(5)).isEqualTo(s.run(Seed.of(7), 5));
    }
  }
}
