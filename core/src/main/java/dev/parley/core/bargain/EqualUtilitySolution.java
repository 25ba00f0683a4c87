package dev.parley.core.bargain;

/**
 * The equal-utility point: the frontier package that minimises {@code Σ_{i<j} |u_i − u_j|}, with
 * raw utilities, no disagreement point and no normalisation, over the whole frontier.
 *
 * <p>This is what GENIUS's {@code BidSpace.getKalaiSmorodinsky()} computes and labels
 * Kalai–Smorodinsky; it is reported under its own name so that it is not mistaken for {@link
 * KalaiSmorodinskySolution}. Ties are broken towards the lexicographically greatest utility vector.
 * Cost: O(F·k²).
 */
public final class EqualUtilitySolution extends ExactOptimum {
  @Override
  public String name() {
    return "equal_utility";
  }

  @Override
  boolean rationalOnly() {
    return false;
  }

  @Override
  int comparePrimary(RationalSet set, int a, int b) {
    return Long.compare(asymmetry(set, b), asymmetry(set, a));
  }

  @Override
  double value(RationalSet set, int i) {
    return Ticks.toUtility(asymmetry(set, i));
  }

  private static long asymmetry(RationalSet set, int i) {
    long sum = 0;
    for (int a = 0; a < set.k; a++) {
      for (int b = a + 1; b < set.k; b++) {
        sum += Math.abs(set.frontier.tick(i, a) - set.frontier.tick(i, b));
      }
    }
    return sum;
  }
}
