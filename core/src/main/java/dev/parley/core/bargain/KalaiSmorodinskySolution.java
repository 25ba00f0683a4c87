package dev.parley.core.bargain;

/**
 * The Kalai–Smorodinsky solution: the individually rational package that maximises the smallest
 * normalised gain {@code g_j = (u_j − d_j) / (I_j − d_j)}, where d is the disagreement point and I
 * the ideal point (each party's best utility over the rational packages); {@code g_j = 1} when
 * {@code I_j = d_j}.
 *
 * <p>Source: E. Kalai and M. Smorodinsky, "Other Solutions to Nash's Bargaining Problem",
 * Econometrica 43 (1975): the point where the line from d to I meets the frontier; on a discrete
 * frontier, the max–min of normalised gains. Not to be confused with GENIUS's "Kalai-Smorodinsky",
 * an equal-utility point with no normalisation ({@link EqualUtilitySolution}). Axioms: Pareto
 * optimality, individual rationality, symmetry, invariance to positive affine rescaling, individual
 * monotonicity. Ties on the smallest gain are broken by the leximin order of the sorted gains, then
 * towards the lexicographically greatest utility vector. Cost: O(F·k log k).
 */
public final class KalaiSmorodinskySolution extends ExactOptimum {
  @Override
  public String name() {
    return "ks";
  }

  @Override
  boolean rationalOnly() {
    return true;
  }

  @Override
  int comparePrimary(RationalSet set, int a, int b) {
    long[] x = Gains.sortedNormalised(set, a)[0];
    long[] y = Gains.sortedNormalised(set, b)[0];
    return Gains.compareFractions(x[0], x[1], y[0], y[1]);
  }

  @Override
  int compareSecondary(RationalSet set, int a, int b) {
    return Gains.compareLeximin(Gains.sortedNormalised(set, a), Gains.sortedNormalised(set, b));
  }

  @Override
  double value(RationalSet set, int i) {
    long[] g = Gains.sortedNormalised(set, i)[0];
    return (double) g[0] / g[1];
  }
}
