package dev.parley.core.bargain;

/**
 * The egalitarian variant "closest to equal gains": the individually rational package whose gains
 * {@code u_j − d_j} have the smallest spread {@code max − min}. Ties are broken by the larger
 * smallest gain, then towards the lexicographically greatest utility vector. Cost: O(F·k log k).
 */
public final class EgalitarianGapSolution extends ExactOptimum {
  @Override
  public String name() {
    return "kalai_gap";
  }

  @Override
  boolean rationalOnly() {
    return true;
  }

  @Override
  int comparePrimary(RationalSet set, int a, int b) {
    return Long.compare(gap(set, b), gap(set, a));
  }

  @Override
  int compareSecondary(RationalSet set, int a, int b) {
    return Long.compare(Gains.sortedRaw(set, a)[0], Gains.sortedRaw(set, b)[0]);
  }

  @Override
  double value(RationalSet set, int i) {
    return Ticks.toUtility(gap(set, i));
  }

  private static long gap(RationalSet set, int i) {
    long[] g = Gains.sortedRaw(set, i);
    return g[g.length - 1] - g[0];
  }
}
