package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SequentialMergeParetoFrontierTest {
  private static final long SEED = Long.getLong("parley.seed", 20251126L);

  @Test
  void frontier_equalsEnumeration_onRandomProblems() {
    RandomGenerator random = Seed.of(SEED).generator();
    for (int trial = 0; trial < 600; trial++) {
      int parties = 1 + random.nextInt(5);
      int issues = random.nextInt(6);
      boolean coarse = random.nextBoolean();
      BargainingProblem problem = RandomProblems.additive(random, parties, issues, 5, coarse);
      ParetoFrontier fast = new SequentialMergeParetoFrontier().compute(problem);
      ParetoFrontier slow = new EnumerationParetoFrontier(1_000_000).compute(problem);
      String context =
          "trial "
              + trial
              + " (reproduce with -Dparley.seed="
              + SEED
              + "), k="
              + parties
              + ", n="
              + issues;
      assertSameFrontier(fast, slow, context);
    }
  }

  @Test
  void frontier_isTheBruteForceDefinition_onRandomProblems() {
    RandomGenerator random = Seed.of(SEED + 1).generator();
    for (int trial = 0; trial < 200; trial++) {
      BargainingProblem problem =
          RandomProblems.additive(
              random, 1 + random.nextInt(4), random.nextInt(5), 4, random.nextBoolean());
      ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(problem);
      BruteForce truth = BruteForce.of(problem);
      assertThat(frontier.size()).as("trial %d size", trial).isEqualTo(truth.vectors.size());
      for (int i = 0; i < frontier.size(); i++) {
        long[] ticks = new long[problem.partyCount()];
        for (int j = 0; j < ticks.length; j++) {
          ticks[j] = frontier.tick(i, j);
        }
        BruteForce.Vector expected = truth.vectors.get(i);
        assertThat(ticks).as("trial %d vector %d", trial, i).isEqualTo(expected.ticks());
        assertThat(frontier.outcomeCount(i))
            .as("trial %d count %d", trial, i)
            .isEqualTo(expected.count());
        assertThat(frontier.outcome(i))
            .as("trial %d first outcome %d", trial, i)
            .isEqualTo(expected.first());
      }
    }
  }

  @Test
  void frontier_reportsBoundInsteadOfTruncating() {
    RandomGenerator random = Seed.of(SEED + 2).generator();
    BargainingProblem problem = RandomProblems.additive(random, 4, 12, 5, false);
    ParetoFrontier frontier = new SequentialMergeParetoFrontier(200, 0).compute(problem);
    assertThat(frontier.isComplete()).isFalse();
    assertThat(frontier.size()).isZero();
    assertThat(frontier.limit())
        .get()
        .satisfies(l -> assertThat(l.pointsReached()).isGreaterThan(200));
  }

  @Test
  void cappedFrontier_matchesEnumerationWhenDerivedFromUncapped() {
    RandomGenerator random = Seed.of(SEED + 3).generator();
    for (int trial = 0; trial < 100; trial++) {
      BargainingProblem base =
          RandomProblems.additive(random, 2 + random.nextInt(2), 1 + random.nextInt(4), 4, false);
      BargainingProblem capped = capAt(base, 0.6);
      ParetoFrontier derived = new SequentialMergeParetoFrontier(1_000_000, 0).compute(capped);
      ParetoFrontier enumerated = new EnumerationParetoFrontier(1_000_000).compute(capped);
      assertThat(derived.size()).as("trial %d", trial).isEqualTo(enumerated.size());
      for (int i = 0; i < derived.size(); i++) {
        assertThat(derived.utilities(i)).isEqualTo(enumerated.utilities(i));
      }
    }
  }

  private static BargainingProblem capAt(BargainingProblem p, double cap) {
    boolean[][] feasible = new boolean[p.issueCount()][];
    double[][][] c = new double[p.partyCount()][p.issueCount()][];
    for (int i = 0; i < p.issueCount(); i++) {
      feasible[i] = new boolean[p.optionCount(i)];
      for (int o = 0; o < p.optionCount(i); o++) {
        feasible[i][o] = p.isFeasible(i, o);
      }
      for (int j = 0; j < p.partyCount(); j++) {
        c[j][i] = new double[p.optionCount(i)];
        for (int o = 0; o < p.optionCount(i); o++) {
          c[j][i][o] = p.contribution(j, i, o);
        }
      }
    }
    List<List<String>> options = new java.util.ArrayList<>();
    for (int i = 0; i < p.issueCount(); i++) {
      options.add(p.options(i));
    }
    return new BargainingProblem(
        p.parties(), p.issues(), options, c, p.disagreementPoint(), feasible, cap);
  }

  static void assertSameFrontier(ParetoFrontier a, ParetoFrontier b, String context) {
    assertThat(a.size()).as(context + ": size").isEqualTo(b.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.utilities(i)).as(context + ": vector " + i).isEqualTo(b.utilities(i));
      assertThat(a.outcomeCount(i)).as(context + ": count " + i).isEqualTo(b.outcomeCount(i));
      assertThat(a.outcome(i)).as(context + ": outcome " + i).isEqualTo(b.outcome(i));
    }
  }
}
