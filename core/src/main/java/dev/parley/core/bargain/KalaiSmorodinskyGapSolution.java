package dev.parley.core.bargain;

/**
 * The Kalai–Smorodinsky variant "closest to the diagonal": the individually rational package whose
 * normalised gains {@code (u_j − d_j) / (I_j − d_j)} are most nearly equal, minimising their spread
 * {@code max_j g_j − min_j g_j}.
 *
 * <p>On a continuous frontier it coincides with {@link KalaiSmorodinskySolution}; on a discrete one
 * it may not. Ties are broken by the larger smallest gain, then towards the lexicographically
 * greatest utility vector. Cost: O(F·k log k) with exact fractions.
 */
public final class KalaiSmorodinskyGapSolution extends ExactOptimum {
  @Override
  public String name() {
    return "ks_gap";
  }

  @Override
  boolean rationalOnly() {
    return true;
  }

  @Override
  int comparePrimary(RationalSet set, int a, int b) {
    return Gains.compare(Gains.normalisedGap(set, b), Gains.normalisedGap(set, a));
  }

  @Override
  int compareSecondary(RationalSet set, int a, int b) {
    long[] x = Gains.sortedNormalised(set, a)[0];
    long[] y = Gains.sortedNormalised(set, b)[0];
    return Gains.compareFractions(x[0], x[1], y[0], y[1]);
  }

  @Override
  double value(RationalSet set, int i) {
    java.math.BigInteger[] gap = Gains.normalisedGap(set, i);
    return new java.math.BigDecimal(gap[0])
        .divide(new java.math.BigDecimal(gap[1]), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }
}
