package dev.parley.core.ledger;

/**
 * The logarithmic score of probability forecasts of binary events: the mean of ln p when the event
 * happened and ln(1 − p) when not, in natural log (nats); higher is better, 0 is perfect (Good,
 * "Rational decisions", JRSS B 14(1), 1952).
 *
 * <p>The probability is first clamped to [{@link #CLAMP}, 1 − {@link #CLAMP}], so a confident miss
 * costs at most ln 0.001 ≈ −6.91 rather than −∞. Within the clamp the score is strictly proper: the
 * expected score under a true probability q is highest when p = q (Gneiting and Raftery, JASA 102,
 * 2007). The terms are sorted before they are added, so the score does not depend on the order of
 * the forecasts. Cost: O(n log n).
 */
public final class LogScore {
  /** The least probability (and one minus the greatest) used in the logarithm. */
  public static final double CLAMP = 0.001;

  private LogScore() {}

  /** Returns the logarithmic score of one forecast, in nats (at most 0). */
  public static double of(double p, boolean happened) {
    BrierScore.checkProbability(p);
    double q = Math.min(Math.max(p, CLAMP), 1 - CLAMP);
    return StrictMath.log(happened ? q : 1 - q);
  }

  /**
   * Returns the mean logarithmic score of forecasts {@code p[i]} of events that happened when
   * {@code happened[i]}, or NaN when there are none.
   */
  public static double mean(double[] p, boolean[] happened) {
    BrierScore.checkLengths(p, happened);
    double[] terms = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      terms[i] = of(p[i], happened[i]);
    }
    return BrierScore.orderFreeMean(terms);
  }
}
