package dev.parley.core.montecarlo;

import dev.parley.core.model.Distribution;

/**
 * Quantile functions of the scenario distributions, and the standard normal distribution function
 * and its inverse they need.
 */
final class Quantiles {
  /*
   * Φ is computed by Marsaglia's Taylor series, Φ(x) = ½ + φ(x)(x + x³/3 + x⁵/(3·5) + …), for
   * |x| ≤ 3 (absolute error about 1e-16), and by the continued fraction of the Mills ratio,
   * 1 − Φ(x) = φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))), beyond, which keeps full relative precision
   * in the tails [1]. Φ⁻¹ starts from Acklam's rational approximation (relative error 1.15e-9)
   * and takes one Halley step, which brings it to about machine precision [2].
   *
   * [1] G. Marsaglia, "Evaluating the Normal Distribution", J. Statistical Software 11(4), 2004.
   * [2] P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution
   *     function", 2003; Halley refinement as in his note.
   */
  private static final double LOG_SQRT_2PI = 0.9189385332046728;
  private static final double SQRT_2PI = 2.5066282746310007;

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };

  private Quantiles() {}

  /** Returns the value of the distribution at probability {@code u}, in (0, 1). */
  static double of(Distribution distribution, double u) {
    return compile(distribution).at(u);
  }

  /** Returns the quantile function of a distribution, with its constants computed once. */
  static Inverse compile(Distribution distribution) {
    return switch (distribution) {
      case Distribution.Point p -> new Inverse(Inverse.POINT, p.value(), 0, 0, 0, 0, 0);
      case Distribution.Uniform d ->
          d.low() == d.high()
              ? new Inverse(Inverse.POINT, d.low(), 0, 0, 0, 0, 0)
              : new Inverse(Inverse.UNIFORM, d.low(), d.high() - d.low(), 0, 0, 0, 0);
      case Distribution.Triangular t ->
          t.low() == t.high()
              ? new Inverse(Inverse.POINT, t.low(), 0, 0, 0, 0, 0)
              : new Inverse(
                  Inverse.TRIANGULAR,
                  t.low(),
                  t.high(),
                  (t.mode() - t.low()) / (t.high() - t.low()),
                  (t.high() - t.low()) * (t.mode() - t.low()),
                  (t.high() - t.low()) * (t.high() - t.mode()),
                  0);
      case Distribution.Normal n -> normal(n.mean(), n.sd(), n.low(), n.high());
    };
  }

  private static Inverse normal(double mean, double sd, double low, double high) {
    double clampedMean = Math.min(high, Math.max(low, mean));
    if (sd == 0) {
      return new Inverse(Inverse.POINT, clampedMean, 0, 0, 0, 0, 0);
    }
    double a = (low - mean) / sd;
    double b = (high - mean) / sd;
    // a window in the upper tail is mirrored into the lower tail, where Φ is precise
    boolean mirrored = a >= 0;
    double lo = mirrored ? -b : a;
    double hi = mirrored ? -a : b;
    double pa = cdf(lo);
    double pb = cdf(hi);
    if (!(pb > pa)) {
      return new Inverse(Inverse.POINT, clampedMean, 0, 0, 0, 0, 0);
    }
    return new Inverse(
        mirrored ? Inverse.NORMAL_MIRRORED : Inverse.NORMAL, mean, sd, lo, hi, pa, pb, low, high);
  }

  /** The quantile function of one distribution, its constants computed once. */
  static final class Inverse {
    static final int POINT = 0;
    static final int UNIFORM = 1;
    static final int TRIANGULAR = 2;
    static final int NORMAL = 3;
    static final int NORMAL_MIRRORED = 4;

    private final int kind;
    private final double c0;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double c5;
    private final double low;
    private final double high;

    Inverse(int kind, double c0, double c1, double c2, double c3, double c4, double c5) {
      this(kind, c0, c1, c2, c3, c4, c5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    Inverse(
        int kind,
        double c0,
        double c1,
        double c2,
        double c3,
        double c4,
        double c5,
        double low,
        double high) {
      this.kind = kind;
      this.c0 = c0;
      this.c1 = c1;
      this.c2 = c2;
      this.c3 = c3;
      this.c4 = c4;
      this.c5 = c5;
      this.low = low;
      this.high = high;
    }

    /** Returns the value at probability u in (0, 1). */
    double at(double u) {
      return switch (kind) {
        case POINT -> c0;
        case UNIFORM -> c0 + c1 * u;
        // c0 low, c1 high, c2 split, c3 (high − low)(mode − low), c4 (high − low)(high − mode)
        case TRIANGULAR -> u < c2 ? c0 + Math.sqrt(u * c3) : c1 - Math.sqrt((1 - u) * c4);
        default -> {
          // c0 mean, c1 sd, [c2, c3] the standardised window (lower-tail side), c4 = Φ(c2),
          // c5 = Φ(c3)
          boolean mirrored = kind == NORMAL_MIRRORED;
          double p = c4 + (mirrored ? 1 - u : u) * (c5 - c4);
          double z;
          if (!(p > 0)) {
            z = c2;
          } else if (!(p < 1)) {
            z = c3;
          } else {
            z = Math.min(c3, Math.max(c2, inverseCdf(p)));
          }
          if (mirrored) {
            z = -z;
          }
          yield Math.min(high, Math.max(low, c0 + c1 * z));
        }
      };
    }
  }

  /** Returns the standard normal distribution function Φ(x). */
  static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= -3) {
      return upperTail(-x);
    }
    if (x >= 3) {
      return 1 - upperTail(x);
    }
    double s = x;
    double t = 0;
    double term = x;
    double q = x * x;
    for (int i = 1; s != t; ) {
      t = s;
      i += 2;
      term *= q / i;
      s = t + term;
    }
    return 0.5 + s * StrictMath.exp(-0.5 * q - LOG_SQRT_2PI);
  }

  /** Returns 1 − Φ(x) for x ≥ 3 by the Mills-ratio continued fraction, evaluated backwards. */
  private static double upperTail(double x) {
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double f = x;
    for (int k = 200; k >= 1; k--) {
      f = x + k / f;
    }
    return StrictMath.exp(-0.5 * x * x - LOG_SQRT_2PI) / f;
  }

  /** Returns the standard normal quantile Φ⁻¹(p) for p in (0, 1). */
  static double inverseCdf(double p) {
    if (p <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    double low = 0.02425;
    double x;
    if (p < low) {
      double q = Math.sqrt(-2 * StrictMath.log(p));
      x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - low) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
              * q
              / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * StrictMath.log1p(-p));
      x =
          -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    double e = x < 0 ? cdf(x) - p : (1 - p) - upperOrComplement(x);
    double u = e * SQRT_2PI * StrictMath.exp(0.5 * x * x);
    return x - u / (1 + 0.5 * x * u);
  }

  /** Returns 1 − Φ(x) for x ≥ 0, precise in the tail. */
  private static double upperOrComplement(double x) {
    return x >= 3 ? upperTail(x) : 1 - cdf(x);
  }
}
