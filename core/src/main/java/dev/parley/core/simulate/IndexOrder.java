package dev.parley.core.simulate;

import java.util.Arrays;

/**
 * Sorts the indexes {@code 0..count-1} of a negotiation's frontier without boxing them.
 *
 * <p>Both orders used are total (every two indexes compare unequal), so any correct sort yields the
 * same permutation. When the sort keys and the index fit together in one non-negative {@code long}
 * (the usual case: ticks of utilities in [0, 1] need 40 bits, a frontier of a million points 20),
 * each index is packed below its key and the {@code long[]} is sorted by {@link
 * Arrays#sort(long[])}; otherwise a stable merge sort compares the indexes through the keys.
 */
final class IndexOrder {
  /** Compares two indexes. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  private IndexOrder() {}

  /**
   * Returns the indexes of {@code outcomes} in ascending lexicographic order of the arrays, which
   * must be distinct, of one length and with no negative entries.
   */
  static int[] byPackage(int[][] outcomes) {
    int f = outcomes.length;
    int n = f == 0 ? 0 : outcomes[0].length;
    int indexBits = bits(f);
    // mixed radix: digit x has base radix[x]; the number has the arrays' lexicographic order
    long limit = Long.MAX_VALUE >>> indexBits;
    long[] weight = new long[n];
    long total = 1;
    boolean packs = true;
    for (int x = n - 1; x >= 0 && packs; x--) {
      int radix = 1;
      for (int[] outcome : outcomes) {
        radix = Math.max(radix, outcome[x] + 1);
      }
      weight[x] = total;
      if (total > limit / radix) {
        packs = false;
      } else {
        total *= radix;
      }
    }
    if (!packs) {
      return sorted(f, (a, b) -> Arrays.compare(outcomes[a], outcomes[b]));
    }
    long[] keys = new long[f];
    for (int i = 0; i < f; i++) {
      long key = 0;
      int[] outcome = outcomes[i];
      for (int x = 0; x < n; x++) {
        key += outcome[x] * weight[x];
      }
      keys[i] = key << indexBits | i;
    }
    return unpack(keys, indexBits);
  }

  /**
   * Returns the indexes in ascending order of {@code key}, ties in ascending order of {@code
   * place}, a permutation of {@code 0..count-1}.
   */
  static int[] byKeyThenPlace(long[] key, int[] place) {
    int f = place.length;
    int placeBits = bits(f);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < f; i++) {
      min = Math.min(min, key[i]);
      max = Math.max(max, key[i]);
    }
    long range = max - min;
    if (f > 0 && (range < 0 || range > Long.MAX_VALUE >>> placeBits)) {
      return sorted(
          f,
          (a, b) -> {
            int c = Long.compare(key[a], key[b]);
            return c != 0 ? c : Integer.compare(place[a], place[b]);
          });
    }
    long[] keys = new long[f];
    int[] at = new int[f];
    for (int i = 0; i < f; i++) {
      keys[i] = (key[i] - min) << placeBits | place[i];
      at[place[i]] = i;
    }
    int[] byPlace = unpack(keys, placeBits);
    for (int r = 0; r < f; r++) {
      byPlace[r] = at[byPlace[r]];
    }
    return byPlace;
  }

  /** Sorts packed keys and returns their low {@code bits} bits in that order. */
  private static int[] unpack(long[] keys, int bits) {
    Arrays.sort(keys);
    long mask = (1L << bits) - 1;
    int[] out = new int[keys.length];
    for (int r = 0; r < keys.length; r++) {
      out[r] = (int) (keys[r] & mask);
    }
    return out;
  }

  /** Returns the bits needed for the numbers {@code 0..count-1}, at least 1. */
  private static int bits(int count) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(count - 1, 0)));
  }

  /** Returns the indexes {@code 0..count-1} in ascending order of {@code comparator}, stably. */
  static int[] sorted(int count, IndexComparator comparator) {
    int[] idx = new int[count];
    for (int i = 0; i < count; i++) {
      idx[i] = i;
    }
    int[] tmp = new int[count];
    for (int width = 1; width < count; width *= 2) {
      for (int lo = 0; lo < count - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, count);
        if (comparator.compare(idx[mid - 1], idx[mid]) <= 0) {
          continue;
        }
        int a = lo;
        int b = mid;
        int out = lo;
        while (a < mid && b < hi) {
          tmp[out++] = comparator.compare(idx[a], idx[b]) <= 0 ? idx[a++] : idx[b++];
        }
        while (a < mid) {
          tmp[out++] = idx[a++];
        }
        while (b < hi) {
          tmp[out++] = idx[b++];
        }
        System.arraycopy(tmp, lo, idx, lo, hi - lo);
      }
    }
    return idx;
  }
}
