package dev.parley.core.forecast;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of spatial problems for property tests: problem {@code k} of a seed depends
 * only on the seed and {@code k}.
 */
public final class RandomSpatialProblems {
  /** The seed every property test of the forecast packages uses unless it says otherwise. */
  public static final long SEED = 20250815L;

  private RandomSpatialProblems() {}

  /**
   * Returns a problem with 2 to {@code maxActors} actors and {@code dimensions} dimensions on the
   * 0–100 scale: capabilities in (0, 1], positions on a grid of 5 points with probability ½ (so
   * ties occur) and uniform otherwise, saliences in (0, 1], and a reference point in [0, 100] on
   * about two dimensions out of three.
   */
  public static SpatialProblem problem(long seed, int k, int maxActors, int dimensions) {
    RandomGenerator random = Seed.of(seed).stream(k);
    int n = 2 + random.nextInt(maxActors - 1);
    List<String> actors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[] c = new double[n];
    double[][] x = new double[n][dimensions];
    double[][] s = new double[n][dimensions];
    for (int i = 0; i < n; i++) {
      actors.add("a" + i);
      c[i] = 1 - random.nextDouble();
      for (int d = 0; d < dimensions; d++) {
        x[i][d] = random.nextBoolean() ? 25 * random.nextInt(5) : 100 * random.nextDouble();
        s[i][d] = 1 - random.nextDouble();
      }
    }
    double[] lower = new double[dimensions];
    double[] upper = new double[dimensions];
    double[] reference = new double[dimensions];
    Arrays.fill(upper, 100);
    for (int d = 0; d < dimensions; d++) {
      names.add("d" + d);
      reference[d] = random.nextInt(3) == 0 ? Double.NaN : 100 * random.nextDouble();
    }
    return new SpatialProblem(actors, names, c, x, s, lower, upper, reference);
  }

  /** Returns a one-dimension problem with the given actors. */
  public static SpatialProblem line(
      double[] capability, double[] position, double[] salience, double reference) {
    int n = position.length;
    List<String> actors = new ArrayList<>();
    double[][] x = new double[n][1];
    double[][] s = new double[n][1];
    for (int i = 0; i < n; i++) {
      actors.add("a" + i);
      x[i][0] = position[i];
      s[i][0] = salience[i];
    }
    return new SpatialProblem(
        actors,
        List.of("d"),
        capability,
        x,
        s,
        new double[] {0},
        new double[] {100},
        new double[] {reference});
  }
}
