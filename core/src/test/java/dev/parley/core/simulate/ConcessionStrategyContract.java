package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConcessionStrategy} guarantees, checked on seeded random negotiations and
 * histories of offers. Each strategy's test implements this interface.
 */
interface ConcessionStrategyContract {
  long SEED = Long.getLong("parley.seed", 20260412L);

  /** Returns the strategy under test. */
  ConcessionStrategy strategy();

  static String context(int trial) {
    return "trial " + trial + "; reproduce with -Dparley.seed=" + SEED;
  }

  /** Returns a random negotiation and a state at a random round after random offers. */
  static NegotiationState randomState(RandomGenerator random) {
    int k = 2 + random.nextInt(3);
    var problem = Problems.additive(random, k, 2 + random.nextInt(3), 2 + random.nextInt(3));
    double[] patience = new double[k];
    int deadline = 10 + random.nextInt(90);
    int[] own = new int[k];
    for (int j = 0; j < k; j++) {
      patience[j] = random.nextBoolean() ? 1 : 0.5 + 0.5 * random.nextDouble();
      own[j] = random.nextInt(deadline + 1);
    }
    Negotiation n =
        Negotiation.of(
            problem,
            new dev.parley.core.bargain.SequentialMergeParetoFrontier().compute(problem),
            patience,
            deadline,
            own,
            Negotiation.identity(k));
    NegotiationState state = new NegotiationState(n);
    int round = random.nextInt(deadline);
    for (int t = 0; t < round; t++) {
      int p = n.mover(t);
      Bid bid = n.frontierBid(random.nextInt(n.frontier().size()));
      state.offered(p, bid);
      state.table(bid, p, t);
    }
    state.turn(round, n.mover(round));
    return state;
  }

  @Test
  default void target_liesBetweenTheFloorAndTheBest() {
    RandomGenerator random = Seed.of(SEED).generator();
    for (int trial = 0; trial < 300; trial++) {
      NegotiationState state = randomState(random);
      Negotiation n = state.negotiation();
      int self = state.self();
      double target = strategy().target(state);
      assertThat(target)
          .as(context(trial))
          .isBetween(ConcessionStrategy.floor(n, self) - 1e-12, n.best(self) + 1e-12);
    }
  }

  @Test
  default void target_isAFunctionOfTheState() {
    RandomGenerator random = Seed.of(SEED + 1).generator();
    for (int trial = 0; trial < 100; trial++) {
      NegotiationState state = randomState(random);
      assertThat(strategy().target(state)).as(context(trial)).isEqualTo(strategy().target(state));
    }
  }

  @Test
  default void name_isKebabCase() {
    assertThat(strategy().name()).matches("[a-z]+(-[a-z]+)*");
  }
}
