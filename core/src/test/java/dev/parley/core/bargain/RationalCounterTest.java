package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.math.BigInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RationalCounterTest {
  private static final long SEED = Long.getLong("parley.seed", 99L);

  @Test
  void count_equalsEnumeration_onRandomProblems() {
    RandomGenerator random = Seed.of(SEED).generator();
    for (int trial = 0; trial < 300; trial++) {
      BargainingProblem p =
          RandomProblems.additive(
              random, 1 + random.nextInt(4), random.nextInt(6), 5, random.nextBoolean());
      long weak = 0;
      long strict = 0;
      for (int[] o : all(p)) {
        boolean w = true;
        boolean s = true;
        for (int j = 0; j < p.partyCount(); j++) {
          long t = Ticks.of(p.utility(j, o));
          long d = Ticks.of(p.disagreement(j));
          w &= t >= d;
          s &= t > d;
        }
        weak += w ? 1 : 0;
        strict += s ? 1 : 0;
      }
      RationalCount count = new RationalCounter().count(p);
      String context = "trial " + trial + "; reproduce with -Dparley.seed=" + SEED;
      assertThat(count.exact()).as(context).isTrue();
      assertThat(count.rational()).as(context).isEqualTo(BigInteger.valueOf(weak));
      assertThat(count.strict()).as(context).isEqualTo(BigInteger.valueOf(strict));
      assertThat(count.total()).as(context).isEqualTo(BigInteger.valueOf(all(p).size()));
    }
  }

  @Test
  void count_estimatesWithinItsStandardError_whenTheBudgetRunsOut() {
    RandomGenerator random = Seed.of(SEED + 1).generator();
    BargainingProblem p = RandomProblems.additive(random, 3, 9, 5, false);
    RationalCount exact = new RationalCounter().count(p);
    RationalCount estimate = new RationalCounter(10, 200_000, Seed.of(5)).count(p);
    assertThat(exact.exact()).isTrue();
    assertThat(estimate.exact()).isFalse();
    assertThat(estimate.samples()).isEqualTo(200_000);
    // Four standard errors: a seeded check that fails only if the estimator is biased.
    assertThat(Math.abs(estimate.fraction() - exact.fraction()))
        .isLessThanOrEqualTo(4 * Math.max(estimate.standardError(), 1e-6));
  }

  @Test
  void estimate_isReproducibleFromItsSeed() {
    BargainingProblem p = RandomProblems.additive(Seed.of(3).generator(), 3, 9, 5, false);
    RationalCount a = new RationalCounter(10, 10_000, Seed.of(5)).count(p);
    RationalCount b = new RationalCounter(10, 10_000, Seed.of(5)).count(p);
    assertThat(a).isEqualTo(b);
  }

  static java.util.List<int[]> all(BargainingProblem p) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    fill(p, 0, new int[p.issueCount()], out);
    return out;
  }

  private static void fill(BargainingProblem p, int i, int[] cur, java.util.List<int[]> out) {
    if (i == p.issueCount()) {
      out.add(cur.clone());
      return;
    }
    for (int o : p.feasibleOptions(i)) {
      cur[i] = o;
      fill(p, i + 1, cur, out);
    }
  }
}
