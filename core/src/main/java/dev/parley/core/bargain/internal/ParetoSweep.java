package dev.parley.core.bargain.internal;

/**
 * The non-dominated subset of a set of points, with identical points merged.
 *
 * <p>Points are visited in descending lexicographic order of their tick vectors; a point can only
 * be dominated by one visited before it, so each point is asked once of a {@link DominanceIndex}
 * holding the points kept so far. Identical vectors form a group that is kept or dropped as one:
 * its count is the sum of its members' counts and its representative the member with the smallest
 * priority. Cost: O(N log N) for the sort plus N queries of the index.
 */
public final class ParetoSweep {
  /** The representatives of the kept groups, in descending lexicographic order. */
  public final int[] kept;

  /** The merged count of each kept group, parallel to {@link #kept}. */
  public final long[] counts;

  private ParetoSweep(int[] kept, long[] counts) {
    this.kept = kept;
    this.counts = counts;
  }

  /**
   * Filters points to their Pareto-optimal groups.
   *
   * @param ticks the points' vectors, {@code k} values each
   * @param count the number of points
   * @param counts how many outcomes each point stands for
   * @param priority the order in which members of a group compete to represent it: smallest wins
   */
  public static ParetoSweep filter(long[] ticks, int k, int count, long[] counts, long[] priority) {
    int[] order = LexOrder.descending(ticks, k, count);
    DominanceIndex index = DominanceIndex.create(ticks, k, count);
    int[] kept = new int[Math.min(count, 1024)];
    long[] merged = new long[kept.length];
    int size = 0;
    int g = 0;
    while (g < count) {
      int first = order[g];
      int h = g + 1;
      while (h < count && LexOrder.same(ticks, k, first, order[h])) {
        h++;
      }
      if (!index.isDominated(first)) {
        index.keep(first);
        int best = first;
        long total = 0;
        for (int x = g; x < h; x++) {
          int p = order[x];
          total = add(total, counts[p]);
          if (priority[p] < priority[best]) {
            best = p;
          }
        }
        if (size == kept.length) {
          kept = java.util.Arrays.copyOf(kept, size * 2);
          merged = java.util.Arrays.copyOf(merged, size * 2);
        }
        kept[size] = best;
        merged[size] = total;
        size++;
      }
      g = h;
    }
    return new ParetoSweep(
        java.util.Arrays.copyOf(kept, size), java.util.Arrays.copyOf(merged, size));
  }

  private static long add(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
