package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The axioms a bargaining solution concept satisfies, checked on seeded random problems. An
 * implementation's test implements this interface and says which optional axioms hold.
 */
interface BargainingSolutionContract {
  long SEED = Long.getLong("parley.seed", 7_2025L);

  /** Returns the concept under test. */
  BargainingSolution solution();

  /** Returns whether the concept only selects individually rational packages. */
  default boolean isRationalOnly() {
    return true;
  }

  /** Returns whether the concept is invariant to rescaling one party's utility. */
  default boolean isScaleInvariant() {
    return false;
  }

  private static String reproduce(int trial) {
    return "trial " + trial + "; reproduce with -Dparley.seed=" + SEED;
  }

  @Test
  default void solution_isIndividuallyRational() {
    RandomGenerator random = Seed.of(SEED).generator();
    for (int trial = 0; trial < 150; trial++) {
      BargainingProblem p =
          RandomProblems.additive(
              random, 2 + random.nextInt(3), 1 + random.nextInt(4), 4, random.nextBoolean());
      ParetoFrontier f = new SequentialMergeParetoFrontier().compute(p);
      Optional<Agreement> a = solution().solve(f);
      boolean anyRational = false;
      for (int i = 0; i < f.size(); i++) {
        anyRational |= f.isRational(i);
      }
      if (isRationalOnly()) {
        if (a.isPresent()) {
          assertThat(f.isRational(a.get().index())).as(reproduce(trial)).isTrue();
        }
        if (!anyRational) {
          assertThat(a).as(reproduce(trial)).isEmpty();
        }
      } else {
        assertThat(a).as(reproduce(trial)).isPresent();
      }
    }
  }

  @Test
  default void solution_isParetoOptimal() {
    RandomGenerator random = Seed.of(SEED + 1).generator();
    for (int trial = 0; trial < 100; trial++) {
      BargainingProblem p =
          RandomProblems.additive(
              random, 2 + random.nextInt(3), 1 + random.nextInt(4), 4, random.nextBoolean());
      Optional<Agreement> a = solution().solve(new SequentialMergeParetoFrontier().compute(p));
      if (a.isEmpty()) {
        continue;
      }
      long[] chosen = ticks(a.get().utilities());
      for (BruteForce.Vector v : BruteForce.of(p).vectors) {
        assertThat(dominates(v.ticks(), chosen)).as(reproduce(trial)).isFalse();
      }
      int[] outcome = a.get().outcome().stream().mapToInt(Integer::intValue).toArray();
      assertThat(ticks(p.utilities(outcome))).as(reproduce(trial)).isEqualTo(chosen);
    }
  }

  @Test
  default void solution_isInvariantToRescalingOneParty_whenTheConceptIs() {
    if (!isScaleInvariant()) {
      return;
    }
    RandomGenerator random = Seed.of(SEED + 2).generator();
    for (int trial = 0; trial < 100; trial++) {
      BargainingProblem p =
          RandomProblems.additive(random, 2 + random.nextInt(3), 1 + random.nextInt(4), 4, false);
      int party = random.nextInt(p.partyCount());
      // Powers of two keep the rescaled contributions exact, so no tick moves.
      double scale = random.nextBoolean() ? 0.5 : 2;
      BargainingProblem q = rescale(p, party, scale);
      Optional<Agreement> before = solution().solve(new SequentialMergeParetoFrontier().compute(p));
      Optional<Agreement> after = solution().solve(new SequentialMergeParetoFrontier().compute(q));
      assertThat(after.isPresent()).as(reproduce(trial)).isEqualTo(before.isPresent());
      if (before.isPresent()) {
        assertThat(after.get().outcome()).as(reproduce(trial)).isEqualTo(before.get().outcome());
      }
    }
  }

  @Test
  default void solution_treatsMirroredPartiesAlike() {
    RandomGenerator random = Seed.of(SEED + 3).generator();
    for (int trial = 0; trial < 100; trial++) {
      BargainingProblem p = mirrored(random, 1 + random.nextInt(4));
      ParetoFrontier f = new SequentialMergeParetoFrontier().compute(p);
      Optional<Agreement> a = solution().solve(f);
      if (a.isEmpty()) {
        continue;
      }
      List<long[]> selected = new ArrayList<>();
      selected.add(ticks(a.get().utilities()));
      for (int t : a.get().ties()) {
        selected.add(new long[] {f.tick(t, 0), f.tick(t, 1)});
      }
      long[] swapped = {selected.get(0)[1], selected.get(0)[0]};
      assertThat(selected).as(reproduce(trial)).anySatisfy(v -> assertThat(v).isEqualTo(swapped));
    }
  }

  private static long[] ticks(List<Double> utilities) {
    return utilities.stream().mapToLong(Ticks::of).toArray();
  }

  private static long[] ticks(double[] utilities) {
    return java.util.Arrays.stream(utilities).mapToLong(Ticks::of).toArray();
  }

  private static boolean dominates(long[] p, long[] q) {
    boolean strict = false;
    for (int j = 0; j < p.length; j++) {
      if (p[j] < q[j]) {
        return false;
      }
      strict |= p[j] > q[j];
    }
    return strict;
  }

  private static BargainingProblem rescale(BargainingProblem p, int party, double scale) {
    double[][][] c = contributions(p);
    for (double[] issue : c[party]) {
      for (int o = 0; o < issue.length; o++) {
        issue[o] *= scale;
      }
    }
    double[] d = p.disagreementPoint();
    d[party] *= scale;
    return new BargainingProblem(p.parties(), p.issues(), options(p), c, d, feasible(p), p.cap());
  }

  /** Two parties; party 1 values option o of every issue as party 0 values option m−1−o. */
  private static BargainingProblem mirrored(RandomGenerator random, int issues) {
    List<List<String>> options = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[][][] c = new double[2][issues][];
    for (int i = 0; i < issues; i++) {
      int m = 2 + random.nextInt(3);
      List<String> opts = new ArrayList<>();
      c[0][i] = new double[m];
      c[1][i] = new double[m];
      for (int o = 0; o < m; o++) {
        opts.add("o" + o);
        c[0][i][o] = random.nextInt(5) / 8.0;
      }
      for (int o = 0; o < m; o++) {
        c[1][i][o] = c[0][i][m - 1 - o];
      }
      options.add(opts);
      names.add("i" + i);
    }
    double d = random.nextInt(3) / 8.0;
    return BargainingProblem.of(List.of("a", "b"), names, options, c, new double[] {d, d});
  }

  private static double[][][] contributions(BargainingProblem p) {
    double[][][] c = new double[p.partyCount()][p.issueCount()][];
    for (int j = 0; j < p.partyCount(); j++) {
      for (int i = 0; i < p.issueCount(); i++) {
        c[j][i] = new double[p.optionCount(i)];
        for (int o = 0; o < p.optionCount(i); o++) {
          c[j][i][o] = p.contribution(j, i, o);
        }
      }
    }
    return c;
  }

  private static List<List<String>> options(BargainingProblem p) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < p.issueCount(); i++) {
      out.add(p.options(i));
    }
    return out;
  }

  private static boolean[][] feasible(BargainingProblem p) {
    boolean[][] f = new boolean[p.issueCount()][];
    for (int i = 0; i < p.issueCount(); i++) {
      f[i] = new boolean[p.optionCount(i)];
      for (int o = 0; o < p.optionCount(i); o++) {
        f[i][o] = p.isFeasible(i, o);
      }
    }
    return f;
  }
}
