package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.RubinsteinSplit;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two agents playing the subgame-perfect strategy, found by backward induction on a divisible
 * one-issue pie, settle at once on Rubinstein's closed-form split.
 *
 * <p>The agents never see the closed form: they induct backwards from the deadline over the grid of
 * packages. On a grid of step g, each round's rounding is discounted into the earlier ones, so the
 * equilibrium of the discrete game is within {@code g / (1 − δ₁δ₂)} of the continuous one; the
 * finite horizon adds at most {@code (δ₁δ₂)^⌊N/2⌋}.
 */
class RubinsteinConvergenceTest {
  private static final int ROUNDS = 600;

  private static SimulationRun run(int grid, double first, double second) {
    // the first party proposes first
    Negotiation n =
        Negotiation.of(Problems.pie(grid, 0, 0), new double[] {first, second}, ROUNDS)
            .withOrder(new int[] {0, 1});
    AgentType spe = AgentTypes.rubinstein();
    return new AlternatingOffersProtocol().simulate(n, List.of(spe, spe), Seed.of(1));
  }

  private static double bound(int grid, double first, double second) {
    double product = first * second;
    return 1.0 / grid / (1 - product) + Math.pow(product, ROUNDS / 2) + 1e-12;
  }

  @ParameterizedTest
  @CsvSource({"0.9, 0.8", "0.8, 0.9", "0.95, 0.5", "0.99, 0.9", "0.6, 0.6", "0.5, 0.95"})
  void subgamePerfectAgents_agreeAtOnceOnTheRubinsteinSplit(double first, double second) {
    int grid = 1000;
    SimulationRun run = run(grid, first, second);
    assertThat(run.outcome()).isInstanceOf(Outcome.Agreement.class);
    Outcome.Agreement a = (Outcome.Agreement) run.outcome();
    assertThat(a.offerRound()).isZero();
    assertThat(a.rounds()).isEqualTo(2);
    RubinsteinSplit split = RubinsteinSplit.of(first, second);
    assertThat(a.bid().utility(0))
        .isCloseTo(split.firstShare(), within(bound(grid, first, second)));
    assertThat(a.bid().utility(1))
        .isCloseTo(split.secondShare(), within(bound(grid, first, second)));
  }

  @ParameterizedTest
  @CsvSource({"0.9, 0.8", "0.95, 0.5"})
  void finerGrid_bringsTheSplitCloser(double first, double second) {
    double exact = RubinsteinSplit.of(first, second).firstShare();
    Outcome.Agreement coarse = (Outcome.Agreement) run(100, first, second).outcome();
    Outcome.Agreement fine = (Outcome.Agreement) run(10_000, first, second).outcome();
    assertThat(Math.abs(coarse.bid().utility(0) - exact))
        .isLessThanOrEqualTo(bound(100, first, second));
    assertThat(Math.abs(fine.bid().utility(0) - exact))
        .isLessThanOrEqualTo(bound(10_000, first, second));
  }

  @Test
  void patience_andMovingFirst_areEachWorthSomething() {
    double patientFirst = share(run(1000, 0.9, 0.8), 0);
    double impatientFirst = share(run(1000, 0.8, 0.9), 0);
    double patientSecond = share(run(1000, 0.8, 0.9), 1);
    assertThat(patientFirst).isGreaterThan(impatientFirst);
    assertThat(patientFirst).isGreaterThan(patientSecond);
  }

  private static double share(SimulationRun run, int party) {
    return ((Outcome.Agreement) run.outcome()).bid().utility(party);
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
