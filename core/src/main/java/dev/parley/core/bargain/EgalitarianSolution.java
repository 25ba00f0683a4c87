package dev.parley.core.bargain;

/**
 * The egalitarian (Kalai) solution: the individually rational package that maximises the smallest
 * gain {@code u_j − d_j}, gains compared in utility units without normalisation.
 *
 * <p>Source: E. Kalai, "Proportional Solutions to Bargaining Situations", Econometrica 45 (1977).
 * It presumes utilities are comparable across parties, so unlike Nash and Kalai–Smorodinsky it is
 * not invariant to rescaling one party's utility. Ties are broken by the leximin order of the
 * sorted gains, then towards the lexicographically greatest utility vector. Cost: O(F·k log k).
 */
public final class EgalitarianSolution extends ExactOptimum {
  @Override
  public String name() {
    return "kalai";
  }

  @Override
  boolean rationalOnly() {
    return true;
  }

  @Override
  int comparePrimary(RationalSet set, int a, int b) {
    return Long.compare(Gains.sortedRaw(set, a)[0], Gains.sortedRaw(set, b)[0]);
  }

  @Override
  int compareSecondary(RationalSet set, int a, int b) {
    return java.util.Arrays.compare(Gains.sortedRaw(set, a), Gains.sortedRaw(set, b));
  }

  @Override
  double value(RationalSet set, int i) {
    return Ticks.toUtility(Gains.sortedRaw(set, i)[0]);
  }
}
