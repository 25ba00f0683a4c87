package dev.parley.core.forecast.nash;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.Objects;

/**
 * The spatial Nash bargaining model with a reference point: on each dimension, the point that
 * maximises the weighted Nash product of the actors' gains over the disagreement point, among the
 * points every actor prefers to disagreement.
 *
 * <p>Specification pinned here (Nash 1950; the asymmetric form of Kalai 1977; the spatial reading
 * of Achen in Thomson et al., "The European Union Decides", 2006, ch. 4, and of
 * research/anchors-forecasting.md §4):
 *
 * <ul>
 *   <li>Utilities are salience-scaled quadratic losses, {@code u_i(x) = −s_i (x − x_i)²}.
 *   <li>The disagreement point {@code q_i} is the dimension's reference point, or each actor's
 *       worst point of the scale ({@link Disagreement}). The gain is {@code g_i(x) = u_i(x) −
 *       u_i(q_i)}.
 *   <li>The forecast maximises {@code Σ w_i log g_i(x)} with bargaining weights {@code w_i = c_i
 *       s_i} or {@code c_i} ({@link BargainingWeight}). Because the Nash solution does not change
 *       when one actor's utility is rescaled, the {@code s_i} in the utility has no effect:
 *       salience matters only through the weights. With weights {@code c_i s_i} and equal gains the
 *       first-order condition {@code Σ w_i (x_i − x)/g_i(x) = 0} gives the compromise model.
 *   <li>Only actors with a positive weight bargain: they alone count in the product and constrain
 *       the individually rational interval {@code ∩_i [x_i − |q_i − x_i|, x_i + |q_i − x_i|]}.
 *   <li>If that interval is the single point {@code q} (an actor's ideal is the reference point, so
 *       any move hurts it), the forecast is {@code q}. If no actor has weight, it is the reference
 *       point, or the mean of the positions without one.
 * </ul>
 *
 * <p>Solution: the log Nash product is strictly concave on the interval's interior and tends to −∞
 * at both ends, so its derivative, strictly decreasing, has exactly one root there; bisection on
 * the sign of the derivative narrows the bracket until no double lies between its ends, which gives
 * the maximiser to the last bit. Cost: O(n·64) per dimension.
 */
public final class NashBargainingModel implements Forecaster {
  private final String name;
  private final Disagreement disagreement;
  private final BargainingWeight weight;

  /** Creates the model named {@code nash}: reference point, weights capability × salience. */
  public NashBargainingModel() {
    this("nash", Disagreement.REFERENCE_POINT, BargainingWeight.CAPABILITY_SALIENCE);
  }

  /** Creates the model with the given name, disagreement point and bargaining weights. */
  public NashBargainingModel(String name, Disagreement disagreement, BargainingWeight weight) {
    this.name = Objects.requireNonNull(name, "name");
    this.disagreement = Objects.requireNonNull(disagreement, "disagreement");
    this.weight = Objects.requireNonNull(weight, "weight");
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns what each actor gets if bargaining fails. */
  public Disagreement disagreement() {
    return disagreement;
  }

  /** Returns the exponents of the actors' gains. */
  public BargainingWeight weight() {
    return weight;
  }

  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    double[] out = new double[problem.dimensionCount()];
    for (int k = 0; k < out.length; k++) {
      out[k] = solve(problem, k);
    }
    return Forecast.of(name, out);
  }

  /** Returns the Nash bargaining point of one dimension. */
  public double solve(SpatialProblem problem, int dimension) {
    int n = problem.actorCount();
    double[] ideal = new double[n];
    double[] w = new double[n];
    double[] q = new double[n];
    boolean reference =
        disagreement == Disagreement.REFERENCE_POINT && problem.hasReference(dimension);
    double lower = problem.lower(dimension);
    double upper = problem.upper(dimension);
    double plain = 0;
    for (int i = 0; i < n; i++) {
      ideal[i] = problem.position(i, dimension);
      plain += ideal[i];
      double c = problem.capability(i);
      w[i] =
          weight == BargainingWeight.CAPABILITY_SALIENCE ? c * problem.salience(i, dimension) : c;
      if (reference) {
        q[i] = problem.reference(dimension);
      } else {
        q[i] = ideal[i] - lower >= upper - ideal[i] ? lower : upper;
      }
    }
    double fallback = reference ? problem.reference(dimension) : plain / n;
    return solve(ideal, w, q, fallback);
  }

  /**
   * Returns the maximiser of {@code Σ w_i log[(q_i − x_i)² − (x − x_i)²]} over the individually
   * rational interval, or {@code fallback} if no actor has a positive weight.
   *
   * @param ideal each actor's ideal point
   * @param w each actor's bargaining weight, non-negative
   * @param q each actor's disagreement point
   */
  static double solve(double[] ideal, double[] w, double[] q, double fallback) {
    int n = ideal.length;
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if (w[i] > 0) {
        // The actor's rational points run from q_i to its mirror image 2 x_i - q_i; taking q_i
        // itself as one end keeps a shared reference point exact.
        double mirror = 2 * ideal[i] - q[i];
        lo = Math.max(lo, Math.min(q[i], mirror));
        hi = Math.min(hi, Math.max(q[i], mirror));
        any = true;
      }
    }
    if (!any) {
      return fallback;
    }
    if (!(hi > lo)) {
      // Some bargaining actor's ideal is its disagreement point: only that point is rational.
      return lo;
    }
    while (true) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        return mid;
      }
      double slope = slope(ideal, w, q, mid);
      if (slope > 0) {
        lo = mid;
      } else if (slope < 0) {
        hi = mid;
      } else {
        return mid;
      }
    }
  }

  /**
   * Returns the derivative of the log Nash product, halved: {@code Σ w_i (x_i − x) / g_i(x)}. Where
   * rounding puts {@code x} on or past an actor's boundary its term is the limit from inside, ±∞.
   */
  private static double slope(double[] ideal, double[] w, double[] q, double x) {
    double sum = 0;
    for (int i = 0; i < ideal.length; i++) {
      if (!(w[i] > 0)) {
        continue;
      }
      double toIdeal = ideal[i] - x;
      double gain = (q[i] - ideal[i]) * (q[i] - ideal[i]) - toIdeal * toIdeal;
      if (gain > 0) {
        sum += w[i] * toIdeal / gain;
      } else if (toIdeal != 0) {
        sum += toIdeal > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      }
    }
    return Double.isNaN(sum) ? 0 : sum;
  }
}
