package dev.parley.bench.bargain;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random additive domains as the negotiation anchors were timed on
 * (shared/research/anchors-negotiation.md §4): Dirichlet(1) issue weights, integer evaluations
 * 1–100 normalised by the issue's maximum, as GENIUS does, and reservation 0.
 */
public final class RandomDomains {
  private RandomDomains() {}

  /** Returns the domain for the given size and seed. */
  public static BargainingProblem of(int parties, int issues, int options, long seed) {
    RandomGenerator random = Seed.of(seed).generator();
    List<String> partyNames = new ArrayList<>();
    for (int j = 0; j < parties; j++) {
      partyNames.add("party" + j);
    }
    List<String> issueNames = new ArrayList<>();
    List<List<String>> optionNames = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      issueNames.add("issue" + i);
      List<String> names = new ArrayList<>();
      for (int o = 0; o < options; o++) {
        names.add("v" + o);
      }
      optionNames.add(names);
    }
    double[][][] contributions = new double[parties][issues][options];
    for (int j = 0; j < parties; j++) {
      double[] weights = new double[issues];
      double total = 0;
      for (int i = 0; i < issues; i++) {
        weights[i] = -StrictMath.log(1 - random.nextDouble());
        total += weights[i];
      }
      for (int i = 0; i < issues; i++) {
        int[] eval = new int[options];
        int max = 0;
        for (int o = 0; o < options; o++) {
          eval[o] = 1 + random.nextInt(100);
          max = Math.max(max, eval[o]);
        }
        for (int o = 0; o < options; o++) {
          contributions[j][i][o] = weights[i] / total * ((double) eval[o] / max);
        }
      }
    }
    return BargainingProblem.of(
        partyNames, issueNames, optionNames, contributions, new double[parties]);
  }
}
