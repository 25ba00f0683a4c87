package dev.parley.core.bargain;

import java.util.Comparator;
import java.util.List;

/**
 * The frontier vectors every party prefers (weakly) to walking away, with the disagreement and
 * ideal points in ticks: what the solution concepts on individually rational packages work on.
 */
final class RationalSet {
  final ParetoFrontier frontier;
  final int k;
  final int[] members;
  final long[] disagreement;
  final long[] ideal;

  /** The parties in the order of their names: the order of the last tie-break. */
  private final int[] byName;

  private RationalSet(ParetoFrontier frontier, int[] members, long[] disagreement, long[] ideal) {
    this.frontier = frontier;
    this.k = frontier.partyCount();
    this.members = members;
    this.disagreement = disagreement;
    this.ideal = ideal;
    List<String> names = frontier.problem().parties();
    this.byName =
        java.util.stream.IntStream.range(0, k)
            .boxed()
            .sorted(Comparator.comparing((Integer j) -> names.get(j)).thenComparing(j -> j))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /**
   * Compares vectors a and b lexicographically with the parties taken in the order of their names
   * (not the problem's order, so that permuting the parties does not change which tied vector
   * wins); positive when a is greater.
   */
  int compareByName(int a, int b) {
    for (int j : byName) {
      int c = Long.compare(frontier.tick(a, j), frontier.tick(b, j));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static RationalSet of(ParetoFrontier frontier) {
    if (!frontier.isComplete()) {
      throw new IllegalArgumentException("expected a complete frontier, but it is incomplete");
    }
    int k = frontier.partyCount();
    long[] d = new long[k];
    for (int j = 0; j < k; j++) {
      d[j] = Ticks.of(frontier.problem().disagreement(j));
    }
    int[] members = new int[frontier.size()];
    int size = 0;
    long[] ideal = new long[k];
    java.util.Arrays.fill(ideal, Long.MIN_VALUE);
    for (int i = 0; i < frontier.size(); i++) {
      boolean rational = true;
      for (int j = 0; j < k && rational; j++) {
        rational = frontier.tick(i, j) >= d[j];
      }
      if (rational) {
        members[size++] = i;
        for (int j = 0; j < k; j++) {
          ideal[j] = Math.max(ideal[j], frontier.tick(i, j));
        }
      }
    }
    return new RationalSet(frontier, java.util.Arrays.copyOf(members, size), d, ideal);
  }

  boolean isEmpty() {
    return members.length == 0;
  }

  long gain(int i, int j) {
    return frontier.tick(i, j) - disagreement[j];
  }

  /** The denominator of party j's normalised gain: ideal − disagreement, at least one tick. */
  long span(int j) {
    return ideal[j] - disagreement[j];
  }
}
