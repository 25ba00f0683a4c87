package dev.parley.core.bargain;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exact arithmetic on gains in ticks: normalised gains as fractions compared without rounding, and
 * sorted gain vectors for the leximin order.
 */
final class Gains {
  private Gains() {}

  /** Compares a/b with c/d for positive b and d, exactly (128-bit products). */
  static int compareFractions(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, d);
    long lo1 = a * d;
    long hi2 = Math.multiplyHigh(c, b);
    long lo2 = c * b;
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(lo1, lo2);
  }

  /** Party j's normalised gain (u − d) / (I − d) at vector i as {numerator, denominator}. */
  static long[] normalised(RationalSet set, int i, int j) {
    long span = set.span(j);
    return span == 0 ? new long[] {1, 1} : new long[] {set.gain(i, j), span};
  }

  /** Returns the normalised gains at vector i sorted ascending, as fractions. */
  static long[][] sortedNormalised(RationalSet set, int i) {
    long[][] g = new long[set.k][];
    for (int j = 0; j < set.k; j++) {
      g[j] = normalised(set, i, j);
    }
    Arrays.sort(g, (x, y) -> compareFractions(x[0], x[1], y[0], y[1]));
    return g;
  }

  /** Compares two ascending fraction vectors in the leximin order (greater is better). */
  static int compareLeximin(long[][] x, long[][] y) {
    for (int j = 0; j < x.length; j++) {
      int c = compareFractions(x[j][0], x[j][1], y[j][0], y[j][1]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Returns the raw gains u − d at vector i sorted ascending. */
  static long[] sortedRaw(RationalSet set, int i) {
    long[] g = new long[set.k];
    for (int j = 0; j < set.k; j++) {
      g[j] = set.gain(i, j);
    }
    Arrays.sort(g);
    return g;
  }

  /** Returns max − min of the normalised gains at vector i, as an exact fraction. */
  static BigInteger[] normalisedGap(RationalSet set, int i) {
    long[][] g = sortedNormalised(set, i);
    long[] lo = g[0];
    long[] hi = g[set.k - 1];
    BigInteger num =
        BigInteger.valueOf(hi[0])
            .multiply(BigInteger.valueOf(lo[1]))
            .subtract(BigInteger.valueOf(lo[0]).multiply(BigInteger.valueOf(hi[1])));
    BigInteger den = BigInteger.valueOf(hi[1]).multiply(BigInteger.valueOf(lo[1]));
    return new BigInteger[] {num, den};
  }

  /** Compares two non-negative fractions given as {numerator, denominator}. */
  static int compare(BigInteger[] x, BigInteger[] y) {
    return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
  }
}
