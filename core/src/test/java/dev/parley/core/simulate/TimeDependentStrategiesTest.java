package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.random.Seed;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeDependentStrategiesTest {
  @Nested
  class Boulware implements ConcessionStrategyContract {
    @Override
    public ConcessionStrategy strategy() {
      return new BoulwareStrategy();
    }

    @Test
    void exponent_mustBeBelowOne() {
      assertThatThrownBy(() -> new BoulwareStrategy(1.5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1.5");
    }
  }

  @Nested
  class Linear implements ConcessionStrategyContract {
    @Override
    public ConcessionStrategy strategy() {
      return new LinearStrategy();
    }
  }

  @Nested
  class Conceder implements ConcessionStrategyContract {
    @Override
    public ConcessionStrategy strategy() {
      return new ConcederStrategy();
    }

    @Test
    void exponent_mustBeAboveOne() {
      assertThatThrownBy(() -> new ConcederStrategy(0.5))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Hardliner implements ConcessionStrategyContract {
    @Override
    public ConcessionStrategy strategy() {
      return new HardlinerStrategy();
    }

    @Test
    void target_isAlwaysTheBest() {
      RandomGenerator random = Seed.of(5).generator();
      for (int trial = 0; trial < 50; trial++) {
        NegotiationState state = ConcessionStrategyContract.randomState(random);
        assertThat(strategy().target(state)).isEqualTo(state.negotiation().best(state.self()));
      }
    }
  }

  @Test
  void timeDependentTargets_neverRiseAsTimePasses() {
    RandomGenerator random = Seed.of(11).generator();
    for (int trial = 0; trial < 50; trial++) {
      NegotiationState state = ConcessionStrategyContract.randomState(random);
      int self = state.self();
      for (ConcessionStrategy s :
          new ConcessionStrategy[] {
            new BoulwareStrategy(), new LinearStrategy(), new ConcederStrategy()
          }) {
        double previous = Double.POSITIVE_INFINITY;
        for (int t = 0; t < state.negotiation().deadline(); t++) {
          state.turn(t, self);
          double target = s.target(state);
          assertThat(target).isLessThanOrEqualTo(previous);
          previous = target;
        }
      }
    }
  }
}
