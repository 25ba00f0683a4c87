package dev.parley.core.simulate;

import dev.parley.core.bargain.BargainingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Bargaining problems for the simulation tests. */
final class Problems {
  private Problems() {}

  /**
   * Returns a divisible pie between two parties: one issue with {@code grid + 1} options, option o
   * giving the first party o/grid and the second the rest.
   */
  static BargainingProblem pie(int grid, double firstReservation, double secondReservation) {
    List<String> options = new ArrayList<>();
    double[][][] c = new double[2][1][grid + 1];
    for (int o = 0; o <= grid; o++) {
      options.add("s" + o);
      c[0][0][o] = (double) o / grid;
      c[1][0][o] = 1 - (double) o / grid;
    }
    return BargainingProblem.of(
        List.of("first", "second"),
        List.of("share"),
        List.of(options),
        c,
        new double[] {firstReservation, secondReservation});
  }

  /** Returns a random additive problem with normalised weights and reservations below 0.5. */
  static BargainingProblem additive(RandomGenerator random, int parties, int issues, int options) {
    List<String> partyNames = new ArrayList<>();
    for (int j = 0; j < parties; j++) {
      partyNames.add("p" + j);
    }
    List<String> issueNames = new ArrayList<>();
    List<List<String>> optionNames = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      issueNames.add("i" + i);
      List<String> names = new ArrayList<>();
      for (int o = 0; o < options; o++) {
        names.add("o" + o);
      }
      optionNames.add(names);
    }
    double[][][] c = new double[parties][issues][options];
    double[] d = new double[parties];
    for (int j = 0; j < parties; j++) {
      double[] w = new double[issues];
      double total = 0;
      for (int i = 0; i < issues; i++) {
        w[i] = 0.05 + random.nextDouble();
        total += w[i];
      }
      for (int i = 0; i < issues; i++) {
        for (int o = 0; o < options; o++) {
          c[j][i][o] = w[i] / total * random.nextDouble();
        }
        c[j][i][random.nextInt(options)] = w[i] / total;
      }
      d[j] = 0.5 * random.nextDouble();
    }
    return BargainingProblem.of(partyNames, issueNames, optionNames, c, d);
  }

  /**
   * Returns a negotiation with the same patience for every party, in which the parties move in
   * problem order in every run (scenario negotiations draw the order per run instead).
   */
  static Negotiation negotiation(BargainingProblem problem, double patience, int deadline) {
    double[] p = new double[problem.partyCount()];
    java.util.Arrays.fill(p, patience);
    return Negotiation.of(problem, p, deadline)
        .withOrder(Negotiation.identity(problem.partyCount()));
  }
}
