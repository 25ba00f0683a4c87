package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ZopaOpeningTest {
  @Test
  void requiredReservation_opensTheZoneExactly_forEachParty() {
    RandomGenerator random = Seed.of(21).generator();
    int checked = 0;
    for (int trial = 0; trial < 300; trial++) {
      BargainingProblem p =
          RandomProblems.additive(random, 2 + random.nextInt(3), 1 + random.nextInt(4), 4, false);
      double[] d = p.disagreementPoint();
      for (int j = 0; j < d.length; j++) {
        d[j] += 0.3;
      }
      p = p.withDisagreement(d);
      ParetoFrontier f = new SequentialMergeParetoFrontier().compute(p);
      if (!new RationalCounter().count(p).isEmpty()) {
        continue;
      }
      checked++;
      ZopaOpening opening = ZopaOpening.of(f);
      for (ReservationChange change : opening.perParty()) {
        if (!change.isPossible()) {
          continue;
        }
        double[] lowered = p.disagreementPoint();
        lowered[change.party()] = change.required();
        assertThat(new RationalCounter().count(p.withDisagreement(lowered)).isEmpty()).isFalse();
        lowered[change.party()] = change.required() + 1e-6;
        assertThat(new RationalCounter().count(p.withDisagreement(lowered)).isEmpty()).isTrue();
      }
      double[] cut = p.disagreementPoint();
      for (int j = 0; j < cut.length; j++) {
        cut[j] -= opening.uniformCut();
      }
      assertThat(new RationalCounter().count(p.withDisagreement(cut)).isEmpty()).isFalse();
    }
    assertThat(checked).isGreaterThan(20);
  }
}
