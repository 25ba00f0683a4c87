package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The packed sorts give the permutation the boxed comparator sorts gave, both when keys and index
 * fit in one {@code long} and when they do not (the merge sort then serves).
 */
class IndexOrderTest {
  private static int[] boxed(int count, Comparator<Integer> order) {
    return IntStream.range(0, count).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
  }

  private static int[][] distinctOutcomes(SplittableRandom random, int count, int[] radix) {
    Set<String> seen = new HashSet<>();
    int[][] out = new int[count][];
    for (int f = 0; f < count; ) {
      int[] o = new int[radix.length];
      for (int x = 0; x < radix.length; x++) {
        o[x] = random.nextInt(radix[x]);
      }
      if (seen.add(Arrays.toString(o))) {
        out[f++] = o;
      }
    }
    return out;
  }

  @Test
  void byPackage_ordersOutcomesAsArraysCompare() {
    SplittableRandom random = new SplittableRandom(11);
    int[][] small = {{4, 4, 3, 2, 5, 3, 4, 3}, {2, 2, 2}, {1}, {100, 100, 100, 100, 100, 100}};
    for (int[] radix : small) {
      long packages = Arrays.stream(radix).asLongStream().reduce(1, (a, b) -> a * b);
      for (int count : new int[] {0, 1, 2, 3, 50, 1000}) {
        if (count > packages) {
          continue;
        }
        int[][] outcomes = distinctOutcomes(random, count, radix);
        assertThat(IndexOrder.byPackage(outcomes))
            .containsExactly(boxed(count, (a, b) -> Arrays.compare(outcomes[a], outcomes[b])));
      }
    }
  }

  @Test
  void byPackage_fallsBackWhenThePackagesDoNotFitALong() {
    SplittableRandom random = new SplittableRandom(12);
    int[] radix = new int[30];
    Arrays.fill(radix, 1000);
    int[][] outcomes = distinctOutcomes(random, 500, radix);
    assertThat(IndexOrder.byPackage(outcomes))
        .containsExactly(boxed(500, (a, b) -> Arrays.compare(outcomes[a], outcomes[b])));
  }

  @Test
  void byKeyThenPlace_ordersByKeyThenByPlace() {
    SplittableRandom random = new SplittableRandom(13);
    long[][] spans = {{0, 3}, {0, 1_000_000_000_000L}, {-5, 5}, {Long.MIN_VALUE, Long.MAX_VALUE}};
    for (long[] span : spans) {
      for (int count : new int[] {0, 1, 2, 7, 2000}) {
        long[] key = new long[count];
        for (int i = 0; i < count; i++) {
          key[i] =
              span[1] - span[0] < 0
                  ? random.nextLong()
                  : span[0] + random.nextLong(span[1] - span[0] + 1);
        }
        int[] shuffled = IntStream.range(0, count).toArray();
        for (int i = count - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = shuffled[i];
          shuffled[i] = shuffled[j];
          shuffled[j] = t;
        }
        int[] p = shuffled;
        assertThat(IndexOrder.byKeyThenPlace(key, p))
            .containsExactly(
                boxed(
                    count,
                    (a, b) -> {
                      int c = Long.compare(key[a], key[b]);
                      return c != 0 ? c : Integer.compare(p[a], p[b]);
                    }));
      }
    }
  }
}
