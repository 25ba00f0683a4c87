package dev.parley.core.forecast.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Cross-validation folds that keep every group whole: all items of a group (the issues of one DEU
 * proposal) fall in the same fold, so a model is never scored on an item whose group it was fitted
 * on.
 *
 * <p>The distinct groups, in order of first appearance, are shuffled by Fisher–Yates with the given
 * generator, and the {@code j}-th group of the shuffled order goes to fold {@code j mod folds}, so
 * folds differ in size by at most one group. The same generator state gives the same folds. Cost:
 * O(items + groups).
 */
public final class GroupedFolds {
  private GroupedFolds() {}

  /**
   * Returns the fold of each item, in item order.
   *
   * @param groups each item's group
   * @param folds the number of folds, at least 2 and at most the number of distinct groups
   * @param random the generator of the shuffle
   * @return each item's fold, in {@code [0, folds)}
   */
  public static int[] assign(List<String> groups, int folds, RandomGenerator random) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String g : groups) {
      index.putIfAbsent(g, index.size());
    }
    int distinct = index.size();
    if (folds < 2 || folds > distinct) {
      throw new IllegalArgumentException(
          "expected 2 to " + distinct + " folds (one group at least in each), but found " + folds);
    }
    int[] order = new int[distinct];
    for (int j = 0; j < distinct; j++) {
      order[j] = j;
    }
    for (int j = distinct - 1; j > 0; j--) {
      int swap = random.nextInt(j + 1);
      int t = order[j];
      order[j] = order[swap];
      order[swap] = t;
    }
    int[] foldOfGroup = new int[distinct];
    for (int j = 0; j < distinct; j++) {
      foldOfGroup[order[j]] = j % folds;
    }
    int[] out = new int[groups.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          foldOfGroup[Objects.requireNonNull(index.get(groups.get(i)), "every group is indexed")];
    }
    return out;
  }

  /** Returns the items of a fold ({@code inside}) or of every other fold, in item order. */
  public static int[] members(int[] fold, int k, boolean inside) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < fold.length; i++) {
      if ((fold[i] == k) == inside) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
