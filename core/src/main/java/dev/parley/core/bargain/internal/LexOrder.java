package dev.parley.core.bargain.internal;

/**
 * Sorts point indexes by their tick vectors, stored row by row in one {@code long[]}.
 *
 * <p>A stable merge sort on {@code int[]}, so that no index is boxed and equal vectors keep their
 * input order.
 */
public final class LexOrder {
  private LexOrder() {}

  /**
   * Returns the indexes {@code 0..count-1} sorted by their vectors in descending lexicographic
   * order.
   *
   * @param ticks the vectors, {@code dims} values per point
   */
  public static int[] descending(long[] ticks, int dims, int count) {
    int[] idx = new int[count];
    for (int i = 0; i < count; i++) {
      idx[i] = i;
    }
    int[] tmp = new int[count];
    for (int width = 1; width < count; width *= 2) {
      for (int lo = 0; lo < count - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, count);
        if (compare(ticks, dims, idx[mid - 1], idx[mid]) <= 0) {
          continue;
        }
        int a = lo;
        int b = mid;
        int out = lo;
        while (a < mid && b < hi) {
          tmp[out++] = compare(ticks, dims, idx[a], idx[b]) <= 0 ? idx[a++] : idx[b++];
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

  /** Orders points so that the lexicographically greater vector comes first. */
  private static int compare(long[] ticks, int dims, int p, int q) {
    int pi = p * dims;
    int qi = q * dims;
    for (int j = 0; j < dims; j++) {
      long a = ticks[pi + j];
      long b = ticks[qi + j];
      if (a != b) {
        return a > b ? -1 : 1;
      }
    }
    return 0;
  }

  /** Returns whether two points have identical vectors. */
  public static boolean same(long[] ticks, int dims, int p, int q) {
    int pi = p * dims;
    int qi = q * dims;
    for (int j = 0; j < dims; j++) {
      if (ticks[pi + j] != ticks[qi + j]) {
        return false;
      }
    }
    return true;
  }
}
