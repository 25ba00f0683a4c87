package dev.parley.core.bargain.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The points kept so far in a Pareto sweep, answering whether a new point is weakly dominated by
 * one of them on every coordinate but the first.
 *
 * <p>The sweep visits points in descending lexicographic order of their vectors, so every kept
 * point is already at least as good on coordinate 0 as the point being asked about; weak dominance
 * on the remaining coordinates then means dominance, because identical vectors are grouped before
 * they are asked about. Which index serves depends on the number of parties k: a running maximum (k
 * = 2), a staircase in a sorted map (k = 3, after Kung, Luccio and Preparata 1975), or a k-d tree
 * over the candidate points whose nodes track the maxima of their kept points (k ≥ 4).
 */
public abstract sealed class DominanceIndex {
  /**
   * Returns whether some kept point is at least as good as point {@code p} on coordinates 1..k-1.
   */
  public abstract boolean isDominated(int p);

  /** Keeps point {@code p}. */
  public abstract void keep(int p);

  /**
   * Returns an index for points whose tick vectors are stored row by row.
   *
   * @param ticks the vectors of all candidate points, {@code k} values each
   * @param count the number of candidate points
   */
  public static DominanceIndex create(long[] ticks, int k, int count) {
    return switch (k) {
      case 1 -> new Single();
      case 2 -> new RunningMax(ticks);
      case 3 -> new Staircase(ticks);
      default -> new KdTree(ticks, k, count);
    };
  }

  private static final class Single extends DominanceIndex {
    private boolean any;

    @Override
    public boolean isDominated(int p) {
      return any;
    }

    @Override
    public void keep(int p) {
      any = true;
    }
  }

  private static final class RunningMax extends DominanceIndex {
    private final long[] ticks;
    private long max = Long.MIN_VALUE;
    private boolean any;

    RunningMax(long[] ticks) {
      this.ticks = ticks;
    }

    @Override
    public boolean isDominated(int p) {
      return any && max >= ticks[2 * p + 1];
    }

    @Override
    public void keep(int p) {
      any = true;
      max = Math.max(max, ticks[2 * p + 1]);
    }
  }

  /** Kept points projected on coordinates (1, 2): keys ascending, values strictly descending. */
  private static final class Staircase extends DominanceIndex {
    private final long[] ticks;
    private final TreeMap<Long, Long> steps = new TreeMap<>();

    Staircase(long[] ticks) {
      this.ticks = ticks;
    }

    @Override
    public boolean isDominated(int p) {
      Map.Entry<Long, Long> above = steps.ceilingEntry(ticks[3 * p + 1]);
      return above != null && above.getValue() >= ticks[3 * p + 2];
    }

    @Override
    public void keep(int p) {
      long a = ticks[3 * p + 1];
      long b = ticks[3 * p + 2];
      Map.Entry<Long, Long> below = steps.floorEntry(a);
      while (below != null && below.getValue() <= b) {
        steps.remove(below.getKey());
        below = steps.lowerEntry(below.getKey());
      }
      steps.put(a, b);
    }
  }

  /**
   * A k-d tree over all candidate points on coordinates 1..k-1, built once; keeping a point raises
   * the maxima stored on the path from its leaf to the root, and a query descends only into nodes
   * whose maxima could dominate.
   */
  private static final class KdTree extends DominanceIndex {
    private static final int LEAF = 8;
    private final long[] ticks;
    private final int k;
    private final int dims;
    private final int[] perm;
    private final boolean[] kept;
    private final int[] leafOf;
    // Node arrays: range [lo, hi) of perm, children, parent, and maxima of kept points.
    private int[] lo;
    private int[] hi;
    private int[] left;
    private int[] right;
    private int[] parent;
    private long[] max;
    private int nodes;
    private boolean anyKept;
    private int last = -1;

    KdTree(long[] ticks, int k, int count) {
      this.ticks = ticks;
      this.k = k;
      this.dims = k - 1;
      this.perm = new int[count];
      for (int i = 0; i < count; i++) {
        perm[i] = i;
      }
      this.kept = new boolean[count];
      this.leafOf = new int[count];
      int capacity = Math.max(1, 2 * (count / LEAF + 1) + 1);
      lo = new int[capacity];
      hi = new int[capacity];
      left = new int[capacity];
      right = new int[capacity];
      parent = new int[capacity];
      build(0, count, 0, -1);
      max = new long[nodes * dims];
      java.util.Arrays.fill(max, Long.MIN_VALUE);
    }

    private int build(int from, int to, int depth, int up) {
      int node = nodes++;
      if (node >= lo.length) {
        grow();
      }
      lo[node] = from;
      hi[node] = to;
      parent[node] = up;
      if (to - from <= LEAF) {
        left[node] = -1;
        right[node] = -1;
        for (int i = from; i < to; i++) {
          leafOf[perm[i]] = node;
        }
        return node;
      }
      int axis = 1 + depth % dims;
      int mid = (from + to) >>> 1;
      select(from, to - 1, mid, axis);
      int l = build(from, mid, depth + 1, node);
      int r = build(mid, to, depth + 1, node);
      left[node] = l;
      right[node] = r;
      return node;
    }

    private void grow() {
      int size = lo.length * 2;
      lo = java.util.Arrays.copyOf(lo, size);
      hi = java.util.Arrays.copyOf(hi, size);
      left = java.util.Arrays.copyOf(left, size);
      right = java.util.Arrays.copyOf(right, size);
      parent = java.util.Arrays.copyOf(parent, size);
    }

    /** Hoare's selection: puts the point of rank {@code nth} on {@code axis} at {@code nth}. */
    private void select(int from, int to, int nth, int axis) {
      while (from < to) {
        long pivot = ticks[perm[(from + to) >>> 1] * k + axis];
        int i = from;
        int j = to;
        while (i <= j) {
          while (ticks[perm[i] * k + axis] < pivot) {
            i++;
          }
          while (ticks[perm[j] * k + axis] > pivot) {
            j--;
          }
          if (i <= j) {
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            i++;
            j--;
          }
        }
        if (nth <= j) {
          to = j;
        } else if (nth >= i) {
          from = i;
        } else {
          return;
        }
      }
    }

    @Override
    public boolean isDominated(int p) {
      if (!anyKept) {
        return false;
      }
      // consecutive points of the sweep are often dominated by the same kept point
      if (last >= 0 && covers(last * k, p * k)) {
        return true;
      }
      return search(0, p * k);
    }

    private boolean search(int node, int q) {
      int m = node * dims;
      for (int j = 0; j < dims; j++) {
        if (max[m + j] < ticks[q + 1 + j]) {
          return false;
        }
      }
      if (left[node] < 0) {
        for (int i = lo[node]; i < hi[node]; i++) {
          int c = perm[i];
          if (kept[c] && covers(c * k, q)) {
            last = c;
            return true;
          }
        }
        return false;
      }
      // The right child holds the larger values on its axis: a dominator is likelier there.
      return search(right[node], q) || search(left[node], q);
    }

    private boolean covers(int p, int q) {
      for (int j = 1; j < k; j++) {
        if (ticks[p + j] < ticks[q + j]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void keep(int p) {
      anyKept = true;
      kept[p] = true;
      int base = p * k;
      for (int node = leafOf[p]; node >= 0; node = parent[node]) {
        int m = node * dims;
        boolean raised = false;
        for (int j = 0; j < dims; j++) {
          long v = ticks[base + 1 + j];
          if (v > max[m + j]) {
            max[m + j] = v;
            raised = true;
          }
        }
        if (!raised) {
          return;
        }
      }
    }
  }
}
