package dev.parley.io.deu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CouncilVotingWeightsTest {
  private static double total(boolean nice) {
    double sum = 0;
    for (String actor : DeuReader.ACTORS) {
      if (!actor.equals("com") && !actor.equals("ep")) {
        sum += CouncilVotingWeights.weight(actor, nice);
      }
    }
    return sum;
  }

  @Test
  void weights_addUpToTheTreatyTotals() {
    // 87 votes in the EU-15 Council; 352 under Nice with 28 members.
    assertThat(total(false)).isEqualTo(87);
    assertThat(total(true)).isEqualTo(352);
  }

  @Test
  void commissionAndParliament_getTheLargestWeight() {
    for (boolean nice : new boolean[] {false, true}) {
      double largest = 0;
      for (String actor : DeuReader.ACTORS) {
        largest = Math.max(largest, CouncilVotingWeights.weight(actor, nice));
      }
      assertThat(CouncilVotingWeights.weight("com", nice)).isEqualTo(largest);
      assertThat(CouncilVotingWeights.weight("ep", nice)).isEqualTo(largest);
    }
    assertThat(CouncilVotingWeights.weight("de", false)).isEqualTo(10);
    assertThat(CouncilVotingWeights.weight("pl", true)).isEqualTo(27);
    assertThat(CouncilVotingWeights.weight("pl", false)).isZero();
  }

  @Test
  void unknownActor_isAProgrammerError() {
    assertThatThrownBy(() -> CouncilVotingWeights.weight("xx", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx");
  }
}
