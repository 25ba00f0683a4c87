package dev.parley.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The branch and bound finds what the frontier-based analysis finds: the same deal indicator, the
 * same deal margin and the same Nash package (ties included), on seeded random problems.
 */
class PackageSearchTest {
  /**
   * Returns a random problem; with {@code coarse}, worths on a grid of 0.1 and equal weights, so
   * that many packages tie exactly.
   */
  static BargainingProblem random(RandomGenerator r, boolean coarse) {
    return random(r, coarse, 2 + r.nextInt(3), 2 + r.nextInt(5));
  }

  /** Returns a random problem with k parties and n issues. */
  static BargainingProblem random(RandomGenerator r, boolean coarse, int k, int n) {
    List<String> parties = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      parties.add("p" + j);
    }
    List<String> issues = new ArrayList<>();
    List<List<String>> options = new ArrayList<>();
    boolean[][] feasible = new boolean[n][];
    int[] m = new int[n];
    for (int i = 0; i < n; i++) {
      issues.add("i" + i);
      m[i] = 2 + r.nextInt(4);
      List<String> o = new ArrayList<>();
      feasible[i] = new boolean[m[i]];
      for (int x = 0; x < m[i]; x++) {
        o.add("o" + x);
        feasible[i][x] = x == 0 || r.nextDouble() > 0.15;
      }
      options.add(o);
    }
    double[][][] c = new double[k][n][];
    double[] d = new double[k];
    for (int j = 0; j < k; j++) {
      double[] w = new double[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        w[i] = coarse ? 1 : 0.1 + r.nextDouble();
        total += w[i];
      }
      for (int i = 0; i < n; i++) {
        c[j][i] = new double[m[i]];
        for (int x = 0; x < m[i]; x++) {
          double worth = coarse ? r.nextInt(11) / 10.0 : r.nextDouble();
          c[j][i][x] = w[i] / total * worth;
        }
      }
      d[j] = coarse ? r.nextInt(8) / 10.0 : 0.2 + 0.5 * r.nextDouble();
    }
    double cap = r.nextInt(5) == 0 ? 0.8 : Double.POSITIVE_INFINITY;
    return new BargainingProblem(parties, issues, options, c, d, feasible, cap);
  }

  @Test
  void search_agreesWithTheFrontierOnRandomProblems() {
    RandomGenerator r = Seed.of(2026).generator();
    int[] counts = check(600, t -> random(r, t % 2 == 0));
    // the sample covers problems with and without a deal
    assertThat(counts[0]).isBetween(60, 540);
    assertThat(counts[1]).isPositive();
  }

  @Test
  void search_agreesWithTheFrontierForManyParties() {
    // beyond 16 parties the products are compared in logarithms
    RandomGenerator r = Seed.of(7).generator();
    int[] counts =
        check(
            40,
            t -> {
              BargainingProblem p = random(r, false, 18, 3);
              double[] low = new double[18];
              for (int j = 0; j < low.length; j++) {
                low[j] = 0.1 + 0.3 * r.nextDouble();
              }
              return p.withDisagreement(low);
            });
    assertThat(counts[1]).isPositive();
  }

  /** Checks problems against the frontier; returns how many had a deal and a Nash package. */
  private static int[] check(int problems, java.util.function.IntFunction<BargainingProblem> make) {
    PackageSearch search = new PackageSearch(Long.MAX_VALUE);
    int deals = 0;
    int nash = 0;
    for (int t = 0; t < problems; t++) {
      BargainingProblem p = make.apply(t);
      ParetoFrontier f = new SequentialMergeParetoFrontier().compute(p);
      assertThat(f.isComplete()).isTrue();
      search.load(p);
      assertThat(search.searchNash()).isTrue();
      assertThat(search.searchMargin()).isTrue();
      boolean deal = false;
      double margin = Double.NEGATIVE_INFINITY;
      for (int v = 0; v < f.size(); v++) {
        deal |= f.isRational(v);
        double smallest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < p.partyCount(); j++) {
          smallest = Math.min(smallest, f.utility(v, j) - p.disagreement(j));
        }
        margin = Math.max(margin, smallest);
      }
      assertThat(search.deal()).as("problem %d: deal", t).isEqualTo(deal);
      assertThat(search.margin()).as("problem %d: margin", t).isCloseTo(margin, within(1e-9));
      Optional<Agreement> expected =
          deal ? new NashBargainingSolution().solve(f) : Optional.empty();
      assertThat(search.hasNash()).as("problem %d: Nash exists", t).isEqualTo(expected.isPresent());
      if (expected.isPresent()) {
        int[] chosen = search.nashPackage();
        for (int i = 0; i < p.issueCount(); i++) {
          assertThat(chosen[i])
              .as("problem %d, issue %d", t, i)
              .isEqualTo(expected.get().outcome().get(i));
        }
        for (int j = 0; j < p.partyCount(); j++) {
          assertThat(search.nashUtilities()[j]).isEqualTo(expected.get().utility(j));
        }
        nash++;
      }
      if (deal) {
        deals++;
      }
    }
    return new int[] {deals, nash};
  }

  @Test
  void exhaustedBudget_isReported() {
    BargainingProblem p = random(Seed.of(5).generator(), false);
    PackageSearch search = new PackageSearch(1);
    search.load(p);
    assertThat(search.searchNash()).isFalse();
  }
}
