package dev.parley.core.forecast.eum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.SpatialProblem;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BdM 1994 emission-standards example (shared data/bdm/), run in Scholz-code mode against the
 * per-round table of research/anchors-forecasting.md §1.7, to the precision printed there.
 */
class EmissionStandardsTest {
  private static final double ACTUAL_OUTCOME = 8.833;

  private static SpatialProblem problem;

  /** Reads the shared CSV (Actor,Capability,Position,Salience; salience 0-100). */
  @BeforeAll
  static void read() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SharedData.resolve("data/bdm/bdm1994_emission_standards.csv"), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    int n = lines.size() - 1;
    double[] c = new double[n];
    double[][] x = new double[n][1];
    double[][] s = new double[n][1];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",");
      names.add(f[0]);
      c[i] = Double.parseDouble(f[1]);
      x[i][0] = Double.parseDouble(f[2]);
      s[i][0] = Double.parseDouble(f[3]) / 100;
    }
    problem =
        new SpatialProblem(
            names,
            List.of("lag"),
            c,
            x,
            s,
            new double[] {4},
            new double[] {10},
            new double[] {Double.NaN});
  }

  private static int actor(String name) {
    return problem.actors().indexOf(name);
  }

  @Test
  void scholzCode_startsFromTheWeightedMedianAndMean() {
    ExpectedUtilityRun run = ExpectedUtilityModel.scholzCode().run(problem, 0);
    assertThat(run.initialMedian()).isEqualTo(7.0);
    assertThat(run.initialMean()).isCloseTo(7.38996, within(5e-6));
  }

  @Test
  void scholzCode_reproducesTheRoundOneRiskExponents() {
    RoundResult first = ExpectedUtilityModel.scholzCode().run(problem, 0).round(1);
    String[] names = {
      "Netherlands", "Belgium", "Luxembourg", "Germany", "France",
      "Italy", "UK", "Ireland", "Denmark", "Greece"
    };
    double[] expected = {1.4057, 0.7542, 0.5089, 1.4057, 1.0465, 1.0465, 1.9649, 0.5, 2.0, 1.1121};
    for (int k = 0; k < names.length; k++) {
      assertThat(first.riskExponent(actor(names[k])))
          .as(names[k])
          .isCloseTo(expected[k], within(5e-5));
    }
  }

  @Test
  void scholzCode_reproducesBelgiumsRoundOneCompromise() {
    RoundResult first = ExpectedUtilityModel.scholzCode().run(problem, 0).round(1);
    Offer belgium =
        first.offers().stream().filter(o -> o.mover() == actor("Belgium")).findFirst().get();
    assertThat(belgium.proposer()).isEqualTo(actor("France"));
    assertThat(belgium.kind()).isEqualTo(OfferKind.COMPROMISE);
    assertThat(belgium.moverUtility()).isCloseTo(-0.11483, within(5e-6));
    assertThat(belgium.proposerUtility()).isCloseTo(0.24330, within(5e-6));
    assertThat(belgium.position()).isCloseTo(8.4159, within(5e-5));
  }

  @Test
  void scholzCode_reproducesThePerRoundTable() {
    // research/anchors-forecasting.md §1.7: Belgium, Luxembourg, Ireland, mean, median.
    double[][] table = {
      {8.416, 7.000, 4.000, 7.4613, 8.416},
      {9.611, 8.416, 7.000, 7.5525, 9.611},
      {9.962, 9.611, 8.416, 7.5901, 9.962},
      {4.801, 9.962, 9.611, 7.3581, 9.962},
      {5.524, 4.801, 9.962, 7.3492, 9.962},
      {7.472, 5.524, 5.524, 7.4149, 7.472},
      {8.825, 7.472, 7.472, 7.5105, 8.825},
      {9.671, 8.825, 8.825, 7.5724, 9.671},
      {4.145, 9.671, 9.671, 7.3250, 9.671},
      {4.292, 4.145, 4.145, 7.2421, 7.0},
    };
    ExpectedUtilityRun run = ExpectedUtilityModel.scholzCode().run(problem, 0);
    assertThat(run.rounds()).hasSize(10);
    assertThat(run.stop()).isEqualTo(StopReason.ROUNDS);
    for (int t = 1; t <= 10; t++) {
      RoundResult round = run.round(t);
      double[] row = table[t - 1];
      assertThat(round.position(actor("Belgium")))
          .as("Belgium %d", t)
          .isCloseTo(row[0], within(5e-4));
      assertThat(round.position(actor("Luxembourg")))
          .as("Luxembourg %d", t)
          .isCloseTo(row[1], within(5e-4));
      assertThat(round.position(actor("Ireland")))
          .as("Ireland %d", t)
          .isCloseTo(row[2], within(5e-4));
      assertThat(round.mean()).as("mean %d", t).isCloseTo(row[3], within(5e-5));
      assertThat(round.median()).as("median %d", t).isCloseTo(row[4], within(5e-4));
      for (String still : List.of("Netherlands", "Germany", "Denmark")) {
        assertThat(round.position(actor(still))).as("%s %d", still, t).isEqualTo(4.0);
      }
      for (String still : List.of("France", "Italy", "UK")) {
        assertThat(round.position(actor(still))).as("%s %d", still, t).isEqualTo(10.0);
      }
      assertThat(round.position(actor("Greece"))).as("Greece %d", t).isEqualTo(7.0);
    }
  }

  @Test
  void scholzCode_forecastIsTheLastMedianScoredAgainstTheActualOutcome() {
    ExpectedUtilityRun run = ExpectedUtilityModel.scholzCode().run(problem, 0);
    assertThat(run.forecast()).isEqualTo(run.round(10).median());
    // After 10 rounds the median is back at 7.0: 1.833 years short of the actual 8.833, while
    // the weighted mean of the initial positions (the compromise model) is 1.443 short.
    assertThat(Math.abs(run.forecast() - ACTUAL_OUTCOME)).isCloseTo(1.833, within(5e-4));
    assertThat(Math.abs(run.initialMean() - ACTUAL_OUTCOME)).isCloseTo(1.443, within(5e-4));
  }

  /** Scholz et al. (2011) Table 2: the weighted median after rounds 1-8. */
  private static final double[] TABLE_2_MEDIANS = {8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6};

  private static int roundsWithinTenthOfTable2(ExpectedUtilityRun run, StringBuilder misses) {
    int hits = 0;
    for (int t = 1; t <= 8; t++) {
      double median = run.round(t).median();
      if (Math.abs(median - TABLE_2_MEDIANS[t - 1]) <= 0.1) {
        hits++;
      } else {
        misses.append(t).append(' ');
      }
    }
    return hits;
  }

  @Test
  void scholzCode_matchesTable2ExceptRoundTwo() {
    StringBuilder misses = new StringBuilder();
    int hits = roundsWithinTenthOfTable2(ExpectedUtilityModel.scholzCode().run(problem, 0), misses);
    // Round 2: 9.611 here against 9.9 printed (docs/forecast-models.md).
    assertThat(hits).isEqualTo(7);
    assertThat(misses.toString().strip()).isEqualTo("2");
  }

  @Test
  void paperMode_endsInConflictsAtSevenAndMissesTable2() {
    ExpectedUtilityRun run = ExpectedUtilityModel.paper().run(problem, 0);
    // With probabilities that sum to one every actor expects to win its challenges, the dyads fall
    // in the conflict octants, and the losers converge on Greece's 7 by round 4; the median never
    // leaves 7, so no round is within 0.1 of Table 2 (docs/forecast-models.md).
    for (RoundResult round : run.rounds()) {
      assertThat(round.offers()).allMatch(o -> o.kind() == OfferKind.CONFLICT);
      assertThat(round.median()).isEqualTo(7.0);
    }
    assertThat(run.round(4).positions()).allMatch(x -> x == 7.0);
    assertThat(roundsWithinTenthOfTable2(run, new StringBuilder())).isZero();
    assertThat(Math.abs(run.forecast() - ACTUAL_OUTCOME)).isCloseTo(1.833, within(5e-4));
  }

  @Test
  void pairwiseProbabilities_neverGiveTable2sFirstRound() {
    // Every combination of A1-A4, capitulation and perspective with the paper's probabilities
    // (96 in all): none puts the round-1 median within 0.1 of Table 2's 8.4, and none matches more
    // than 4 of the 8 medians.
    int combinations = 0;
    int bestHits = 0;
    for (LeadingSalience a1 : LeadingSalience.values()) {
      for (SecurityLevel a2 : SecurityLevel.values()) {
        for (CompromiseRegion a3 : CompromiseRegion.values()) {
          for (OfferChoice a4 : OfferChoice.values()) {
            for (boolean capitulation : new boolean[] {true, false}) {
              for (Perspective perspective : Perspective.values()) {
                ExpectedUtilityModel model =
                    ExpectedUtilityModel.paper().toBuilder()
                        .leadingSalience(a1)
                        .security(a2)
                        .compromiseRegion(a3)
                        .offerChoice(a4)
                        .capitulation(capitulation)
                        .perspective(perspective)
                        .build();
                ExpectedUtilityRun run = model.run(problem, 0);
                combinations++;
                assertThat(Math.abs(run.round(1).median() - 8.4))
                    .as("%s", model)
                    .isGreaterThan(0.1);
                bestHits = Math.max(bestHits, roundsWithinTenthOfTable2(run, new StringBuilder()));
              }
            }
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(96);
    assertThat(bestHits).isEqualTo(4);
  }
}
