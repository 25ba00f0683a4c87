package dev.parley.core.forecast.ensemble;

import dev.parley.core.forecast.SpatialProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of each possible outcome location of one dimension of a spatial problem, which the
 * ensemble's conditional logit weighs ({@link RidgeConditionalLogit}).
 *
 * <p>The locations are {@value #LOCATIONS} points, 0 %, 1 %, …, 100 % of the way from the
 * dimension's scale minimum to its maximum; a position is placed at the nearest one. Every feature
 * is a number in [0, 1] computed from what any spatial problem has (capabilities, positions,
 * saliences, the scale) and from the member models' forecasts; none uses the reference point, the
 * actors' names or anything else only some data sets code, so that a model fitted on DEU applies to
 * any scenario. Shares and maxima are relative within the dimension, so rescaling every capability
 * or every salience changes nothing.
 *
 * <p>The actors counted are those with a positive capability × salience on the dimension (an actor
 * with salience 0 has no stake in it; a scenario's actor without a stance sits at the middle with
 * salience 0); if there are none, every actor counts with weight 1. The structural features, in
 * coefficient order ({@link #STRUCTURAL}):
 *
 * <ol>
 *   <li>{@code cs-share}: the share of capability × salience of the actors at the location;
 *   <li>{@code capability-share}: their share of capability;
 *   <li>{@code actor-share}: their share of the actors;
 *   <li>{@code held}: 1 if some actor is at the location;
 *   <li>{@code top-salience}: the largest salience at the location over the largest on the
 *       dimension;
 *   <li>{@code compromise-distance-squared}: the squared distance, as a share of the scale, to the
 *       capability × salience weighted mean;
 *   <li>{@code scale-end}: 1 at either end of the scale;
 *   <li>{@code scale-middle}: 1 at the middle of the scale;
 *   <li>{@code outside-positions}: 1 outside the range of the actors' positions;
 *   <li>{@code median-depth}: the smaller of the capability shares at or below and at or above the
 *       location, ½ at the capability-weighted median.
 * </ol>
 *
 * <p>Then, for each member model, {@code distance-to-<model>}: the distance from the location to
 * the member's forecast as a share of the scale; 0 everywhere when the forecast is not finite,
 * which leaves the member out (a feature constant over the locations does not change a conditional
 * logit). A dimension whose scale has no width has every position at location 0. Cost: O(n + L·m)
 * for n actors, L locations and m members.
 */
public final class LocationFeatures {
  /** The number of outcome locations of a dimension. */
  public static final int LOCATIONS = 101;

  /** The names of the structural features, in coefficient order. */
  public static final List<String> STRUCTURAL =
      List.of(
          "cs-share",
          "capability-share",
          "actor-share",
          "held",
          "top-salience",
          "compromise-distance-squared",
          "scale-end",
          "scale-middle",
          "outside-positions",
          "median-depth");

  private static final int LAST = LOCATIONS - 1;

  private LocationFeatures() {}

  /** Returns the names of every feature, the structural ones then one distance per member. */
  public static List<String> names(List<String> members) {
    List<String> out = new ArrayList<>(STRUCTURAL);
    for (String m : members) {
      out.add("distance-to-" + m);
    }
    return List.copyOf(out);
  }

  /** Returns the location nearest to a position on a dimension, in {@code [0, LOCATIONS)}. */
  public static int locationOf(SpatialProblem problem, int dimension, double position) {
    double unit = unit(problem, dimension, position);
    return (int) Math.max(0, Math.min(LAST, Math.round(unit)));
  }

  /** Returns the position of a location on a dimension's scale. */
  public static double positionOf(SpatialProblem problem, int dimension, double location) {
    double width = problem.upper(dimension) - problem.lower(dimension);
    return width > 0
        ? problem.lower(dimension) + location * width / LAST
        : problem.lower(dimension);
  }

  /**
   * Returns the features of every location of a dimension, {@code [location][feature]}.
   *
   * @param memberForecasts each member's forecast position on the dimension, in member order
   */
  public static double[][] of(SpatialProblem problem, int dimension, double[] memberForecasts) {
    int n = problem.actorCount();
    List<Integer> counted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double w = problem.capability(i) * problem.salience(i, dimension);
      if (w > 0 && Double.isFinite(w) && Double.isFinite(problem.position(i, dimension))) {
        counted.add(i);
      }
    }
    boolean weighted = !counted.isEmpty();
    if (!weighted) {
      for (int i = 0; i < n; i++) {
        if (Double.isFinite(problem.position(i, dimension))) {
          counted.add(i);
        }
      }
    }
    int a = counted.size();
    double[] c = new double[a];
    double[] s = new double[a];
    int[] at = new int[a];
    double totalC = 0;
    double totalCs = 0;
    double topS = 0;
    double weightedSum = 0;
    int lowest = LAST;
    int highest = 0;
    for (int j = 0; j < a; j++) {
      int i = counted.get(j);
      c[j] = weighted ? problem.capability(i) : 1;
      s[j] = weighted ? problem.salience(i, dimension) : 1;
      at[j] = locationOf(problem, dimension, problem.position(i, dimension));
      totalC += c[j];
      totalCs += c[j] * s[j];
      topS = Math.max(topS, s[j]);
      weightedSum += c[j] * s[j] * unit(problem, dimension, problem.position(i, dimension));
      lowest = Math.min(lowest, at[j]);
      highest = Math.max(highest, at[j]);
    }
    int m = memberForecasts.length;
    double[][] out = new double[LOCATIONS][STRUCTURAL.size() + m];
    for (int j = 0; j < a; j++) {
      double[] row = out[at[j]];
      row[0] += c[j] * s[j] / totalCs;
      row[1] += c[j] / totalC;
      row[2] += 1.0 / a;
      row[3] = 1;
      row[4] = Math.max(row[4], s[j] / topS);
    }
    double compromise = a == 0 ? LAST / 2.0 : weightedSum / totalCs;
    double[] atOrBelow = new double[LOCATIONS];
    for (int j = 0; j < a; j++) {
      atOrBelow[at[j]] += c[j];
    }
    double cumulative = 0;
    double[] below = new double[LOCATIONS];
    for (int g = 0; g < LOCATIONS; g++) {
      cumulative += atOrBelow[g];
      below[g] = cumulative;
    }
    double[] unitForecast = new double[m];
    for (int k = 0; k < m; k++) {
      unitForecast[k] = unit(problem, dimension, memberForecasts[k]);
    }
    for (int g = 0; g < LOCATIONS; g++) {
      double[] row = out[g];
      double d = (g - compromise) / LAST;
      row[5] = d * d;
      row[6] = g == 0 || g == LAST ? 1 : 0;
      row[7] = 2 * g == LAST ? 1 : 0;
      row[8] = a > 0 && (g < lowest || g > highest) ? 1 : 0;
      if (a > 0) {
        double atOrAbove = totalC - (g == 0 ? 0 : below[g - 1]);
        row[9] = Math.min(below[g], atOrAbove) / totalC;
      }
      for (int k = 0; k < m; k++) {
        double f = unitForecast[k];
        row[STRUCTURAL.size() + k] = Double.isFinite(f) ? Math.abs(g - f) / LAST : 0;
      }
    }
    return out;
  }

  /** Returns a position in locations from the scale minimum (a real number, not rounded). */
  private static double unit(SpatialProblem problem, int dimension, double position) {
    double width = problem.upper(dimension) - problem.lower(dimension);
    return width > 0 ? (position - problem.lower(dimension)) / width * LAST : 0;
  }
}
