package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TitForTatStrategyTest {
  /** Party 0 plays tit for tat against party 1 on a pie; returns the state after 1's offers. */
  private static NegotiationState after(Negotiation n, int... secondShares) {
    NegotiationState state = new NegotiationState(n);
    int round = 1;
    for (int share : secondShares) {
      Bid bid = n.bid(new int[] {100 - share});
      state.offered(1, bid);
      state.table(bid, 1, round);
      round += 2;
    }
    state.turn(round, 0);
    return state;
  }

  private static Negotiation pie() {
    return Negotiation.of(Problems.pie(100, 0.2, 0.1), new double[] {1, 1}, 100);
  }

  @Nested
  class Naive implements ConcessionStrategyContract {
    @Override
    public ConcessionStrategy strategy() {
      return TitForTatStrategy.naive();
    }

    @Test
    void mirrorsConcessions_inOwnUtility() {
      Negotiation n = pie();
      assertThat(strategy().target(after(n))).isEqualTo(1.0);
      assertThat(strategy().target(after(n, 100))).isCloseTo(1.0, within(1e-12));
      assertThat(strategy().target(after(n, 100, 90))).isCloseTo(0.9, within(1e-12));
      assertThat(strategy().target(after(n, 100, 90, 75))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void retaliates_whenTheOtherTakesBack() {
      Negotiation n = pie();
      assertThat(strategy().target(after(n, 100, 70, 90))).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void neverGoesBelowItsReservation() {
      Negotiation n = pie();
      assertThat(strategy().target(after(n, 100, 0))).isCloseTo(0.2, within(1e-12));
    }
  }

  @Nested
  class Nice implements ConcessionStrategyContract {
    @Override
    public ConcessionStrategy strategy() {
      return TitForTatStrategy.nice();
    }

    @Test
    void mirrorsTheShareOfTheWayToTheNashPackage() {
      Negotiation n = pie();
      Bid nash = n.nash().orElseThrow();
      double way0 = 1 - nash.utility(0);
      double way1 = 1 - nash.utility(1);
      double gone = 0.1 / way1;
      assertThat(strategy().target(after(n, 100, 90))).isCloseTo(1 - gone * way0, within(1e-12));
    }

    @Test
    void neverRetaliates() {
      Negotiation n = pie();
      double conceded = strategy().target(after(n, 100, 70));
      assertThat(strategy().target(after(n, 100, 70, 90))).isEqualTo(conceded);
    }
  }
}
