package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time-dependent tactics follow their concession curves exactly in a simulated negotiation:
 * every demand is {@code r + (max − r)(1 − t^(1/e))} at {@code t = round / deadline}, and with a
 * zero window every offer is the frontier package nearest above the demand.
 */
class ConcessionCurveTest {
  private static final int GRID = 10_000;
  private static final int ROUNDS = 200;

  private static double curve(double t, double e, double min, double max) {
    return min + (max - min) * (1 - Math.pow(t, 1 / e));
  }

  @ParameterizedTest
  @CsvSource({"boulware, 0.25, 0", "linear, 1, 0", "conceder, 4, 0", "boulware, 0.5, 0.3"})
  void timeDependentAgent_demandsAndOffersFollowItsCurve(
      String name, double exponent, double reservation) {
    ConcessionStrategy strategy =
        switch (name) {
          case "boulware" -> new BoulwareStrategy(exponent);
          case "linear" -> new LinearStrategy();
          default -> new ConcederStrategy(exponent);
        };
    Negotiation n = Negotiation.of(Problems.pie(GRID, reservation, 0), new double[] {1, 1}, ROUNDS);
    SimulationRun run =
        new AlternatingOffersProtocol()
            .simulate(
                n,
                List.of(
                    AgentTypes.concession(strategy, 0, false),
                    AgentTypes.concession(new HardlinerStrategy(), 0, false)),
                Seed.of(3));
    List<Step> own = run.trace().stream().filter(s -> s.party() == 0).toList();
    assertThat(own).hasSizeGreaterThan(ROUNDS / 2 - 2);
    for (Step step : own) {
      double t = (double) step.round() / ROUNDS;
      double expected = curve(t, exponent, reservation, 1);
      assertThat(step.demand()).as("round %d", step.round()).isCloseTo(expected, within(1e-12));
      if (step.action() == Step.Action.OFFER) {
        double offered = step.bid().utility(0);
        assertThat(offered - expected)
            .as("round %d: offered %s for a demand of %s", step.round(), offered, expected)
            .isBetween(-1e-12, 1.0 / GRID + 1e-12);
      }
    }
  }

  @Test
  void negMasExponents_areTheReciprocalsOfOurs() {
    for (double t = 0; t < 1; t += 0.05) {
      assertThat(TimeDependentCurve.target(t, BoulwareStrategy.DEFAULT_EXPONENT, 0, 1))
          .isCloseTo(1 - Math.pow(t, 4.0), within(1e-12));
      assertThat(TimeDependentCurve.target(t, ConcederStrategy.DEFAULT_EXPONENT, 0, 1))
          .isCloseTo(1 - Math.pow(t, 0.25), within(1e-12));
      assertThat(TimeDependentCurve.target(t, 1, 0, 1)).isCloseTo(1 - t, within(1e-12));
    }
  }

  @Test
  void boulware_holdsOutLongerThanLinear_whichHoldsOutLongerThanConceder() {
    for (double t = 0.05; t < 1; t += 0.05) {
      double boulware = TimeDependentCurve.target(t, 0.25, 0.2, 0.9);
      double linear = TimeDependentCurve.target(t, 1, 0.2, 0.9);
      double conceder = TimeDependentCurve.target(t, 4, 0.2, 0.9);
      assertThat(boulware).isGreaterThan(linear);
      assertThat(linear).isGreaterThan(conceder);
    }
    assertThat(TimeDependentCurve.target(0, 0.25, 0.2, 0.9)).isEqualTo(0.9);
    assertThat(TimeDependentCurve.target(1, 4, 0.2, 0.9)).isCloseTo(0.2, within(1e-15));
    assertThat(TimeDependentCurve.target(0.999, 0, 0.2, 0.9)).isEqualTo(0.9);
  }

  @Test
  void windowedBids_lieInTheBandAboveTheDemand() {
    double window = 0.05;
    Negotiation n = Negotiation.of(Problems.pie(GRID, 0, 0), new double[] {1, 1}, ROUNDS);
    SimulationRun run =
        new AlternatingOffersProtocol()
            .simulate(
                n,
                List.of(
                    AgentTypes.concession(new LinearStrategy(), window, false),
                    AgentTypes.concession(new HardlinerStrategy(), window, false)),
                Seed.of(9));
    long distinctExcess =
        run.trace().stream()
            .filter(s -> s.party() == 0 && s.action() == Step.Action.OFFER)
            .peek(
                s ->
                    assertThat(s.bid().utility(0) - s.demand())
                        .isBetween(-1e-12, window + 1.0 / GRID + 1e-12))
            .map(s -> Math.round((s.bid().utility(0) - s.demand()) * 100))
            .distinct()
            .count();
    assertThat(distinctExcess).as("bids are drawn across the band").isGreaterThan(3);
  }
}
