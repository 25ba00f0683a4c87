package dev.parley.core.ledger;

import java.util.Arrays;

/**
 * The Brier score of probability forecasts of binary events: the mean of (p − o)², o being 1 when
 * the event happened and 0 when not (Brier, "Verification of forecasts expressed in terms of
 * probability", Monthly Weather Review 78(1), 1950).
 *
 * <p>It lies in [0, 1]; 0 is perfect, lower is better. It is strictly proper: the expected score
 * under a true probability q is lowest when p = q (Gneiting and Raftery, JASA 102, 2007). The terms
 * are sorted before they are added, so the score does not depend on the order of the forecasts.
 * Cost: O(n log n).
 */
public final class BrierScore {
  private BrierScore() {}

  /** Returns the Brier score of one forecast. */
  public static double of(double p, boolean happened) {
    checkProbability(p);
    double d = p - (happened ? 1 : 0);
    return d * d;
  }

  /**
   * Returns the mean Brier score of forecasts {@code p[i]} of events that happened when {@code
   * happened[i]}, or NaN when there are none.
   */
  public static double mean(double[] p, boolean[] happened) {
    checkLengths(p, happened);
    double[] terms = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      terms[i] = of(p[i], happened[i]);
    }
    return orderFreeMean(terms);
  }

  static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("expected a probability in [0, 1], but found " + p);
    }
  }

  static void checkLengths(double[] p, boolean[] happened) {
    if (p.length != happened.length) {
      throw new IllegalArgumentException(
          "expected as many outcomes as forecasts, but found "
              + happened.length
              + " outcomes for "
              + p.length
              + " forecasts");
    }
  }

  /** Returns the mean of terms added in sorted order, or NaN for none. */
  static double orderFreeMean(double[] terms) {
    if (terms.length == 0) {
      return Double.NaN;
    }
    double[] sorted = terms.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double t : sorted) {
      sum += t;
    }
    return sum / sorted.length;
  }
}
