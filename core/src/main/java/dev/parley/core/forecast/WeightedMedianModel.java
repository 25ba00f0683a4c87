package dev.parley.core.forecast;

import dev.parley.core.random.Seed;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The weighted median: on each dimension, the position at which the actors to either side hold no
 * more than half of the total capability × salience — the position a majority of weighted votes
 * cannot move (Black 1948).
 *
 * <p>When the half falls exactly between two positions the median is their midpoint. Cost: O(d·n
 * log n).
 */
public final class WeightedMedianModel implements Forecaster {
  @Override
  public String name() {
    return "median";
  }

  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    int n = problem.actorCount();
    int d = problem.dimensionCount();
    double[] out = new double[d];
    for (int k = 0; k < d; k++) {
      final int dim = k;
      Integer[] order = new Integer[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        order[i] = i;
        total += problem.capability(i) * problem.salience(i, k);
      }
      Arrays.sort(order, Comparator.comparingDouble(i -> problem.position(i, dim)));
      if (total <= 0) {
        out[k] = (problem.position(order[(n - 1) / 2], k) + problem.position(order[n / 2], k)) / 2;
        continue;
      }
      double cumulative = 0;
      double half = total / 2;
      out[k] = problem.position(order[n - 1], k);
      for (int x = 0; x < n; x++) {
        int i = order[x];
        cumulative += problem.capability(i) * problem.salience(i, k);
        if (Math.abs(cumulative - half) <= 1e-12 * total) {
          int next = x + 1 < n ? order[x + 1] : i;
          out[k] = (problem.position(i, k) + problem.position(next, k)) / 2;
          break;
        }
        if (cumulative > half) {
          out[k] = problem.position(i, k);
          break;
        }
      }
    }
    return Forecast.of(name(), out);
  }
}
