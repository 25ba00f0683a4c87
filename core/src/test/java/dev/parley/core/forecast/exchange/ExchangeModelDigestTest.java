package dev.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import dev.parley.testkit.BitDigest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins every number the exchange model produces on seeded random problems to a SHA-256 digest taken
 * before the model was optimised: a faster model must give the same runs bit for bit, exchanges in
 * the same order. The cases: {@value #CASES} problems of 2 to 10 actors and 2 to 6 dimensions, each
 * as drawn and once more with equal capabilities and saliences on a grid of quarters (some zero),
 * so that exchanges of equal gain occur and the order of ties is pinned too.
 */
@Tag("pinned")
class ExchangeModelDigestTest {
  private static final int CASES = 300;

  /** The digest of the runs, taken on the unoptimised model. */
  private static final String PINNED =
      "215b0470c6d27802565df5a5659d02db7888d329bd418ed4776e3e5048843551";

  @ParameterizedTest(name = "bits of each pair kept: {0}")
  @ValueSource(booleans = {true, false})
  void runsAndForecasts_matchTheDigestPinnedBeforeOptimisation(boolean masks) {
    BitDigest digest = new BitDigest();
    int ties = 0;
    for (int k = 0; k < CASES; k++) {
      SpatialProblem drawn =
          RandomSpatialProblems.problem(RandomSpatialProblems.SEED + 3, k, 10, 2 + k % 5);
      for (SpatialProblem p : List.of(drawn, tied(drawn))) {
        ExchangeModel model = new ExchangeModel("exchange", k % 3 == 0 ? 2 : 1000, masks);
        ExchangeRun run = model.run(p);
        add(digest, run);
        ties += ties(run);
        add(digest, model.forecast(p, Seed.of(k)));
      }
    }
    assertThat(ties).as("exchanges of the same gain in the same round").isGreaterThan(10);
    assertThat(digest.hex()).isEqualTo(PINNED);
  }

  @ParameterizedTest(name = "{0} dimensions")
  @ValueSource(ints = {40, 63, 64})
  void manyDimensions_keptBitsAndTestedConditions_giveTheSameRuns(int dimensions) {
    for (int k = 0; k < 6; k++) {
      SpatialProblem drawn =
          RandomSpatialProblems.problem(RandomSpatialProblems.SEED + 5, k, 4, dimensions);
      for (SpatialProblem p : List.of(drawn, tied(drawn))) {
        BitDigest kept = new BitDigest();
        add(kept, new ExchangeModel("exchange", 1000, true).run(p));
        BitDigest tested = new BitDigest();
        add(tested, new ExchangeModel("exchange", 1000, false).run(p));
        assertThat(kept.hex()).as("case %d", k).isEqualTo(tested.hex());
      }
    }
  }

  /** The problem with capability 1 for all and saliences rounded to quarters, some of them 0. */
  static SpatialProblem tied(SpatialProblem p) {
    int n = p.actorCount();
    int d = p.dimensionCount();
    double[] c = new double[n];
    double[][] s = new double[n][d];
    double[] lower = new double[d];
    double[] upper = new double[d];
    double[] reference = new double[d];
    for (int i = 0; i < n; i++) {
      c[i] = 1;
      for (int k = 0; k < d; k++) {
        s[i][k] = Math.min(4, Math.floor(p.salience(i, k) * 5)) / 4;
      }
    }
    for (int k = 0; k < d; k++) {
      lower[k] = p.lower(k);
      upper[k] = p.upper(k);
      reference[k] = p.reference(k);
    }
    return new SpatialProblem(
        p.actors(), p.dimensions(), c, p.positions(), s, lower, upper, reference);
  }

  /** Counts the exchanges whose smaller gain equals that of the one made before in its round. */
  private static int ties(ExchangeRun run) {
    int out = 0;
    List<Exchange> made = run.exchanges();
    for (int t = 1; t < made.size(); t++) {
      Exchange a = made.get(t - 1);
      Exchange b = made.get(t);
      if (a.round() == b.round()
          && Math.min(a.firstGain(), a.secondGain()) == Math.min(b.firstGain(), b.secondGain())) {
        out++;
      }
    }
    return out;
  }

  private static void add(BitDigest digest, ExchangeRun run) {
    digest.add(run.exchanges().size());
    for (Exchange e : run.exchanges()) {
      digest.add(e.round());
      digest.add(e.first());
      digest.add(e.second());
      digest.add(e.firstConcedes());
      digest.add(e.secondConcedes());
      digest.add(e.firstShift());
      digest.add(e.secondShift());
      digest.add(e.firstGain());
      digest.add(e.secondGain());
    }
    digest.add(run.positions().size());
    for (List<List<Double>> state : run.positions()) {
      for (List<Double> actor : state) {
        digest.add(actor);
      }
    }
    digest.add(run.outcome());
    digest.add(run.converged() ? 1 : 0);
  }

  private static void add(BitDigest digest, Forecast f) {
    digest.add(f.model());
    digest.add(f.outcome());
    digest.add(f.history().size());
    for (List<List<Double>> state : f.history()) {
      for (List<Double> actor : state) {
        digest.add(actor);
      }
    }
    for (String key : List.of("rounds", "exchanges", "converged")) {
      digest.add(f.details().get(key));
    }
    digest.add(f.details().size());
  }
}
