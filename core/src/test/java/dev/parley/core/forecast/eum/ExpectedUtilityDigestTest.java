package dev.parley.core.forecast.eum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import dev.parley.testkit.BitDigest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins every number the expected-utility model produces on seeded random problems, in every mode,
 * to a SHA-256 digest taken before the model was optimised: a faster model must give the same runs
 * bit for bit. The cases: {@value #CASES} problems of 2 to 8 actors and 2 dimensions (positions on
 * a grid half the time, so ties occur), each under a model with every option drawn at random and
 * under the two documented modes.
 */
@Tag("pinned")
class ExpectedUtilityDigestTest {
  private static final int CASES = 400;

  /** The digest of the runs, taken on the unoptimised model. */
  private static final String PINNED =
      "76b13dee07ca6a309c54f59d876a0271397eb75b5782678886f4fc6aebbe3f2e";

  @Test
  void runsAndForecasts_matchTheDigestPinnedBeforeOptimisation() {
    BitDigest digest = new BitDigest();
    for (int k = 0; k < CASES; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED + 2, k, 8, 2);
      for (ExpectedUtilityModel model :
          List.of(
              ExpectedUtilityModelTest.randomModel(k),
              ExpectedUtilityModel.scholzCode(),
              ExpectedUtilityModel.paper())) {
        for (int d = 0; d < p.dimensionCount(); d++) {
          add(digest, model.run(p, d));
        }
        add(digest, model.forecast(p, Seed.of(k)));
      }
    }
    assertThat(digest.hex()).isEqualTo(PINNED);
  }

  private static void add(BitDigest digest, ExpectedUtilityRun run) {
    digest.add(run.initialPositions());
    digest.add(run.initialMedian());
    digest.add(run.initialMean());
    digest.add(run.rounds().size());
    for (RoundResult round : run.rounds()) {
      digest.add(round.round());
      digest.add(round.riskExponents());
      digest.add(round.offers().size());
      for (Offer o : round.offers()) {
        digest.add(o.mover());
        digest.add(o.proposer());
        digest.add(o.kind().ordinal());
        digest.add(o.moverUtility());
        digest.add(o.proposerUtility());
        digest.add(o.position());
      }
      digest.add(round.positions());
      digest.add(round.median());
      digest.add(round.mean());
    }
    digest.add(run.stop().ordinal());
    digest.add(run.forecast());
  }

  private static void add(BitDigest digest, Forecast f) {
    digest.add(f.outcome());
    digest.add(f.history().size());
    for (List<List<Double>> state : f.history()) {
      for (List<Double> actor : state) {
        digest.add(actor);
      }
    }
    digest.add(f.details().get("rounds"));
  }
}
