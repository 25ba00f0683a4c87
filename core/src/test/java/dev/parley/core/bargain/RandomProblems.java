package dev.parley.core.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded generators of small bargaining problems for property tests. */
final class RandomProblems {
  private RandomProblems() {}

  /**
   * Returns a random additive problem.
   *
   * @param coarse when true, contributions are multiples of 0.05 so that many packages tie
   */
  static BargainingProblem additive(
      RandomGenerator random, int parties, int issues, int maxOptions, boolean coarse) {
    List<String> partyNames = new ArrayList<>();
    for (int j = 0; j < parties; j++) {
      partyNames.add("p" + j);
    }
    List<String> issueNames = new ArrayList<>();
    List<List<String>> options = new ArrayList<>();
    boolean[][] feasible = new boolean[issues][];
    for (int i = 0; i < issues; i++) {
      issueNames.add("i" + i);
      int m = 1 + random.nextInt(maxOptions);
      List<String> names = new ArrayList<>();
      feasible[i] = new boolean[m];
      for (int o = 0; o < m; o++) {
        names.add("o" + o);
        feasible[i][o] = m == 1 || random.nextDouble() > 0.15;
      }
      feasible[i][random.nextInt(m)] = true;
      options.add(names);
    }
    double[][][] contributions = new double[parties][issues][];
    double[] disagreement = new double[parties];
    for (int j = 0; j < parties; j++) {
      double[] weights = new double[issues];
      double total = 0;
      for (int i = 0; i < issues; i++) {
        weights[i] = random.nextDouble() + 0.05;
        total += weights[i];
      }
      for (int i = 0; i < issues; i++) {
        int m = options.get(i).size();
        contributions[j][i] = new double[m];
        for (int o = 0; o < m; o++) {
          double e = coarse ? random.nextInt(3) / 2.0 : random.nextDouble();
          contributions[j][i][o] =
              coarse ? Math.rint(weights[i] / total * 20) / 20 * e : weights[i] / total * e;
        }
      }
      disagreement[j] = random.nextDouble() * 0.6;
    }
    return new BargainingProblem(
        partyNames,
        issueNames,
        options,
        contributions,
        disagreement,
        feasible,
        Double.POSITIVE_INFINITY);
  }
}
