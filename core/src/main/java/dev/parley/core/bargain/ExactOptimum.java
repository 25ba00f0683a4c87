package dev.parley.core.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The skeleton of a solution concept that optimises an exact criterion over frontier vectors: the
 * best vector under a primary order, ties on the primary listed, then a secondary order, then the
 * lexicographically greatest utility vector, the parties taken in the order of their names (so that
 * permuting the parties of a problem does not change which tied vector wins).
 */
abstract class ExactOptimum implements BargainingSolution {
  /** Returns whether only individually rational vectors compete. */
  abstract boolean rationalOnly();

  /** Compares vectors a and b on the primary criterion; positive when a is better. */
  abstract int comparePrimary(RationalSet set, int a, int b);

  /** Compares vectors a and b among primary ties; positive when a is better. */
  int compareSecondary(RationalSet set, int a, int b) {
    return 0;
  }

  /** Returns the optimised quantity at vector i, in utility units. */
  abstract double value(RationalSet set, int i);

  @Override
  public final Optional<Agreement> solve(ParetoFrontier frontier) {
    RationalSet set = RationalSet.of(frontier);
    int[] candidates = rationalOnly() ? set.members : allOf(frontier);
    if (candidates.length == 0) {
      return Optional.empty();
    }
    int best = candidates[0];
    List<Integer> level = new ArrayList<>(List.of(best));
    for (int x = 1; x < candidates.length; x++) {
      int i = candidates[x];
      int c = comparePrimary(set, i, best);
      if (c > 0) {
        level.clear();
      }
      if (c >= 0) {
        level.add(i);
        int s = c > 0 ? 1 : compareSecondary(set, i, best);
        if (s > 0 || (s == 0 && set.compareByName(i, best) > 0)) {
          best = i;
        }
      }
    }
    final int chosen = best;
    List<Integer> ties = level.stream().filter(i -> i != chosen).toList();
    return Optional.of(Agreement.at(name(), frontier, chosen, value(set, chosen), ties));
  }

  private static int[] allOf(ParetoFrontier frontier) {
    int[] all = new int[frontier.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }
}
