package dev.parley.core.bargain;

/**
 * The utilitarian solution: the package that maximises the sum of the parties' utilities, over all
 * feasible packages, rational or not.
 *
 * <p>Every maximiser is Pareto-optimal (a dominating package would have a larger sum), so the
 * frontier suffices. Like the egalitarian solution it presumes comparable utilities. Ties are
 * broken towards the lexicographically greatest utility vector. Cost: O(F·k).
 */
public final class MaximumWelfareSolution extends ExactOptimum {
  @Override
  public String name() {
    return "max_welfare";
  }

  @Override
  boolean rationalOnly() {
    return false;
  }

  @Override
  int comparePrimary(RationalSet set, int a, int b) {
    return Long.compare(welfare(set, a), welfare(set, b));
  }

  @Override
  double value(RationalSet set, int i) {
    double sum = 0;
    for (int j = 0; j < set.k; j++) {
      sum += set.frontier.utility(i, j);
    }
    return sum;
  }

  private static long welfare(RationalSet set, int i) {
    long sum = 0;
    for (int j = 0; j < set.k; j++) {
      sum += set.frontier.tick(i, j);
    }
    return sum;
  }
}
