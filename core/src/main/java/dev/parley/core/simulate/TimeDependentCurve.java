package dev.parley.core.simulate;

/**
 * The concession curve of the time-dependent tactics (Faratin, Sierra and Jennings 1998): {@code
 * u(t) = min + (max − min)(1 − t^(1/e))} for time t in [0, 1].
 *
 * <p>The exponent convention is GENIUS's and Faratin's: e below 1 is Boulware (holds out, concedes
 * late), e = 1 linear, e above 1 conceder. NegMAS writes the same curve as {@code 1 − t^x} with x =
 * 1/e, so its Boulware 4.0, linear 1.0 and conceder 0.25 are e = 0.25, 1 and 4 here. e = 0 is the
 * limit that never concedes before t = 1.
 */
final class TimeDependentCurve {
  private TimeDependentCurve() {}

  static double target(double time, double exponent, double min, double max) {
    double t = Math.max(0, Math.min(1, time));
    double conceded;
    if (exponent == 0) {
      conceded = t >= 1 ? 1 : 0;
    } else if (exponent == 1) {
      conceded = t;
    } else {
      conceded = StrictMath.pow(t, 1 / exponent);
    }
    return max - (max - min) * conceded;
  }

  static double target(NegotiationState state, double exponent) {
    Negotiation n = state.negotiation();
    int self = state.self();
    return target(state.time(), exponent, ConcessionStrategy.floor(n, self), n.best(self));
  }

  static void checkExponent(double exponent, double low, double high, String name) {
    if (!(exponent > low && exponent < high)) {
      throw new IllegalArgumentException(
          name + " exponent must be in (" + low + ", " + high + "), was " + exponent);
    }
  }
}
