package dev.parley.core.bargain;

/**
 * How opposed the parties' interests are: the distance from the best package to the point where
 * every party gets its own maximum, divided by √k so that it lies in [0, 1] for utilities in [0,
 * 1].
 *
 * <p>0 means one package is best for everybody; larger values mean every package leaves some party
 * far from its best. GENIUS reports the unnormalised minimum distance to (1, …, 1) and NegMAS's
 * {@code opposition_level} the minimum distance to the parties' maximum utilities; this is the
 * latter, normalised. The minimum over all packages is reached on the Pareto frontier (a dominating
 * package is closer), so it is computed there. Cost: O(F·k).
 */
public final class OppositionLevel {
  private OppositionLevel() {}

  /** Returns the opposition level of a complete frontier with at least one vector. */
  public static double of(ParetoFrontier frontier) {
    if (!frontier.isComplete() || frontier.size() == 0) {
      throw new IllegalArgumentException("expected a complete, non-empty frontier");
    }
    int k = frontier.partyCount();
    double[] best = new double[k];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < frontier.size(); i++) {
      for (int j = 0; j < k; j++) {
        best[j] = Math.max(best[j], frontier.utility(i, j));
      }
    }
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < frontier.size(); i++) {
      double sq = 0;
      for (int j = 0; j < k; j++) {
        double gap = best[j] - frontier.utility(i, j);
        sq += gap * gap;
      }
      min = Math.min(min, sq);
    }
    return Math.sqrt(min / k);
  }
}
