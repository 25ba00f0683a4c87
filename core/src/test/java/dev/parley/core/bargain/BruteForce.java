package dev.parley.core.bargain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Pareto frontier by the definition, pairwise over all packages: for small test problems. */
final class BruteForce {
  record Vector(long[] ticks, long count, int[] first) {}

  final List<Vector> vectors;

  private BruteForce(List<Vector> vectors) {
    this.vectors = vectors;
  }

  static BruteForce of(BargainingProblem p) {
    List<int[]> outcomes = new ArrayList<>();
    enumerate(p, 0, new int[p.issueCount()], outcomes);
    List<long[]> ticks = new ArrayList<>();
    for (int[] o : outcomes) {
      long[] t = new long[p.partyCount()];
      for (int j = 0; j < t.length; j++) {
        t[j] = Ticks.of(p.utility(j, o));
      }
      ticks.add(t);
    }
    Map<String, Vector> front = new LinkedHashMap<>();
    for (int a = 0; a < outcomes.size(); a++) {
      boolean dominated = false;
      for (int b = 0; b < outcomes.size() && !dominated; b++) {
        dominated = dominates(ticks.get(b), ticks.get(a));
      }
      if (!dominated) {
        String key = Arrays.toString(ticks.get(a));
        Vector v = front.get(key);
        front.put(
            key,
            v == null
                ? new Vector(ticks.get(a), 1, outcomes.get(a))
                : new Vector(v.ticks, v.count + 1, v.first));
      }
    }
    List<Vector> sorted = new ArrayList<>(front.values());
    sorted.sort(Comparator.comparing(Vector::ticks, Arrays::compare));
    return new BruteForce(sorted);
  }

  private static boolean dominates(long[] p, long[] q) {
    boolean strict = false;
    for (int j = 0; j < p.length; j++) {
      if (p[j] < q[j]) {
        return false;
      }
      strict |= p[j] > q[j];
    }
    return strict;
  }

  private static void enumerate(BargainingProblem p, int issue, int[] current, List<int[]> out) {
    if (issue == p.issueCount()) {
      out.add(current.clone());
      return;
    }
    for (int o = 0; o < p.optionCount(issue); o++) {
      if (p.isFeasible(issue, o)) {
        current[issue] = o;
        enumerate(p, issue + 1, current, out);
      }
    }
  }
}
