package dev.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.smp.SmpParameters.BargainInterpolation;
import dev.parley.core.forecast.smp.SmpParameters.BargainModel;
import dev.parley.core.forecast.smp.SmpParameters.ElectionModel;
import dev.parley.core.forecast.smp.SmpParameters.RiskAdjust;
import dev.parley.core.forecast.smp.SmpParameters.RiskRange;
import dev.parley.core.forecast.smp.SmpParameters.ThirdPartyCommit;
import dev.parley.core.forecast.smp.SmpParameters.Transitions;
import dev.parley.core.forecast.smp.SmpParameters.VictoryProbability;
import dev.parley.core.forecast.smp.SmpParameters.VotingRule;
import dev.parley.core.random.Seed;
import dev.parley.testkit.BitDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins every number the spatial model of politics produces on seeded random problems, in both
 * variants and under random parameters, to a SHA-256 digest taken before the model was optimised: a
 * faster model must give the same runs bit for bit. The cases: {@value #CASES} problems of 2 to 10
 * actors and 1 to 3 dimensions (positions on a grid half the time, so actors share positions), each
 * run with KTAB's defaults in both variants, with random parameters (stochastic transitions
 * included), with a random accommodation matrix, and replayed with a fixed choice of bargains.
 */
@Tag("pinned")
class SpatialModelOfPoliticsDigestTest {
  private static final int CASES = 150;
  private static final long SEED = 20251126L;

  /** The digest of the runs, taken on the unoptimised model. */
  private static final String PINNED =
      "91f797f2d99150acaffb15ec423cc5f9cc6d1cc35956f36c2ac7bba96e591627";

  @Test
  void runsAndForecasts_matchTheDigestPinnedBeforeOptimisation() {
    Digest digest = new Digest();
    for (int k = 0; k < CASES; k++) {
      RandomGenerator r = Seed.of(SEED).stream(k);
      SpatialProblem p = problem(r);
      SmpParameters random = parameters(r);
      double[][] accommodation = accommodation(r, p.actorCount());
      Seed seed = Seed.of(r.nextLong());
      for (SpatialModelOfPolitics model :
          List.of(
              SpatialModelOfPolitics.ktab(),
              SpatialModelOfPolitics.corrected(),
              SpatialModelOfPolitics.ktab().withParameters(random),
              SpatialModelOfPolitics.corrected().withParameters(random))) {
        add(digest, () -> model.run(p, null, seed));
        add(digest, () -> model.run(p, accommodation, seed));
        add(
            digest,
            () ->
                model.replay(
                    p, null, (turn, actor, init, rcvr, prob) -> (turn + actor) % init.length));
        try {
          Forecast f = model.forecast(p, seed);
          digest.add(f.outcome());
          for (List<List<Double>> state : f.history()) {
            for (List<Double> actor : state) {
              digest.add(actor);
            }
          }
          digest.add(new ArrayList<>(f.details().values()));
        } catch (RuntimeException e) {
          digest.add(e.toString());
          digest.failures++;
        }
      }
    }
    // nearly every run succeeds, so the digest covers the numbers, not failures
    assertThat(digest.failures).isLessThan(10);
    assertThat(digest.hex()).isEqualTo(PINNED);
  }

  private static SpatialProblem problem(RandomGenerator r) {
    int n = 2 + r.nextInt(9);
    int d = 1 + r.nextInt(3);
    List<String> actors = new ArrayList<>();
    List<String> dims = new ArrayList<>();
    double[] cap = new double[n];
    double[][] pos = new double[n][d];
    double[][] sal = new double[n][d];
    for (int k = 0; k < d; k++) {
      dims.add("d" + k);
    }
    for (int i = 0; i < n; i++) {
      actors.add("a" + i);
      cap[i] = 1 + 99 * r.nextDouble();
      double total = 0;
      for (int k = 0; k < d; k++) {
        pos[i][k] = r.nextBoolean() ? 25 * r.nextInt(5) : 100 * r.nextDouble();
        sal[i][k] = 0.05 + r.nextDouble();
        total += sal[i][k];
      }
      double share = 0.5 + 0.5 * r.nextDouble();
      for (int k = 0; k < d; k++) {
        sal[i][k] = sal[i][k] / total * share;
      }
    }
    return SpatialProblem.of(actors, dims, cap, pos, sal);
  }

  private static SmpParameters parameters(RandomGenerator r) {
    int min = 1 + r.nextInt(3);
    return new SmpParameters(
        pick(r, VictoryProbability.values()),
        pick(r, ElectionModel.values()),
        pick(r, Transitions.values()),
        pick(r, VotingRule.values()),
        pick(r, RiskAdjust.values()),
        pick(r, RiskRange.values()),
        pick(r, ThirdPartyCommit.values()),
        pick(r, BargainInterpolation.values()),
        pick(r, BargainModel.values()),
        min,
        min + r.nextInt(40),
        r.nextDouble() * 0.1);
  }

  private static double[][] accommodation(RandomGenerator r, int n) {
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      double total = 0;
      for (int j = 0; j < n; j++) {
        a[i][j] = r.nextDouble();
        total += a[i][j];
      }
      double share = r.nextDouble();
      for (int j = 0; j < n; j++) {
        a[i][j] = a[i][j] / total * share;
      }
    }
    return a;
  }

  private static <T> T pick(RandomGenerator r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private interface RunSupplier {
    SmpRun get();
  }

  private static void add(Digest digest, RunSupplier run) {
    SmpRun s;
    try {
      s = run.get();
    } catch (RuntimeException e) {
      digest.add(e.toString());
      digest.failures++;
      return;
    }
    int n = s.outcomes().stream().mapToInt(o -> o.actors().size()).sum();
    digest.add(s.model());
    digest.add(s.stateCount());
    digest.add(s.converged() ? 1 : 0);
    int dims = s.outcomes().get(0).position().size();
    for (int t = 0; t < s.stateCount(); t++) {
      for (int i = 0; i < n; i++) {
        digest.add(s.probability(t, i));
        for (int k = 0; k < dims; k++) {
          digest.add(s.position(t, i, k));
        }
      }
      if (t > 0) {
        digest.add(s.movementRatio(t));
      }
    }
    for (ProbableOutcome o : s.outcomes()) {
      digest.add(o.position());
      digest.add(o.probability());
      digest.add(o.actors().size());
      for (int a : o.actors()) {
        digest.add(a);
      }
    }
    for (double x : s.expectedOutcome()) {
      digest.add(x);
    }
  }

  /** The digest, and how many runs failed (their messages are digested instead). */
  private static final class Digest extends BitDigest {
    private int failures;
  }
}
