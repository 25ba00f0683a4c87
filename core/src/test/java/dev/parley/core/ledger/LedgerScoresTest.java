package dev.parley.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the scores over seeded random cases. */
class LedgerScoresTest {
  private static final long SEED = Long.getLong("parley.seed", 20251207L);
  private static final LocalDate MADE = LocalDate.of(2025, 1, 1);

  private static String reproduce(int trial) {
    return "trial " + trial + "; reproduce with -Dparley.seed=" + SEED;
  }

  private static LedgerEntry entry(int i, String who, double p, Outcome outcome) {
    LedgerEntry e =
        LedgerEntry.of(
            who,
            "event " + i,
            PredictionKind.FORECAST,
            MADE,
            null,
            null,
            List.of(),
            p,
            ProbabilityBasis.MARKET,
            List.of(new Citation("doc-" + i, null, "outlet-" + (i % 3))));
    return outcome == Outcome.UNRESOLVED
        ? e
        : e.withResolution(Resolution.of(outcome, MADE.plusDays(30), List.of(Citation.of("r"))));
  }

  @Test
  void brier_ofAPerfectForecaster_isZero_andLogScoreIsTheClampsBest() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int trial = 0; trial < 200; trial++) {
      int n = random.nextInt(1, 50);
      double[] p = new double[n];
      boolean[] o = new boolean[n];
      for (int i = 0; i < n; i++) {
        o[i] = random.nextBoolean();
        p[i] = o[i] ? 1 : 0;
      }
      assertThat(BrierScore.mean(p, o)).as(reproduce(trial)).isZero();
      assertThat(LogScore.mean(p, o))
          .as(reproduce(trial))
          .isCloseTo(StrictMath.log(1 - LogScore.CLAMP), within(1e-12));
    }
  }

  @Test
  void brier_liesInZeroOne_andLogScoreAtMostZero() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int trial = 0; trial < 1000; trial++) {
      int n = random.nextInt(1, 40);
      double[] p = new double[n];
      boolean[] o = new boolean[n];
      for (int i = 0; i < n; i++) {
        p[i] = random.nextInt(10) == 0 ? random.nextInt(2) : random.nextDouble();
        o[i] = random.nextBoolean();
      }
      assertThat(BrierScore.mean(p, o)).as(reproduce(trial)).isBetween(0.0, 1.0);
      assertThat(LogScore.mean(p, o))
          .as(reproduce(trial))
          .isBetween(StrictMath.log(LogScore.CLAMP), 0.0);
    }
  }

  @Test
  void bothScores_areProper_expectedScoreIsBestAtTheTrueProbability() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int trial = 0; trial < 5000; trial++) {
      double q = LogScore.CLAMP + random.nextDouble() * (1 - 2 * LogScore.CLAMP);
      double p = random.nextDouble();
      if (Math.abs(p - q) < 1e-6) {
        continue;
      }
      double brierAtQ = q * BrierScore.of(q, true) + (1 - q) * BrierScore.of(q, false);
      double brierAtP = q * BrierScore.of(p, true) + (1 - q) * BrierScore.of(p, false);
      double logAtQ = q * LogScore.of(q, true) + (1 - q) * LogScore.of(q, false);
      double logAtP = q * LogScore.of(p, true) + (1 - q) * LogScore.of(p, false);
      String context = "q " + q + ", p " + p + "; " + reproduce(trial);
      assertThat(brierAtQ).as(context).isLessThan(brierAtP);
      assertThat(logAtQ).as(context).isGreaterThan(logAtP);
    }
  }

  @Test
  void scores_doNotDependOnTheOrderOfTheEntries_toTheLastBit() {
    SplittableRandom random = new SplittableRandom(SEED + 3);
    List<LedgerEntry> entries = randomEntries(random, 300);
    List<LedgerScore> expected = LedgerScores.byGroup(entries, LedgerScores.BY_PERSON);
    Random shuffler = new Random(SEED);
    for (int trial = 0; trial < 20; trial++) {
      List<LedgerEntry> shuffled = new ArrayList<>(entries);
      Collections.shuffle(shuffled, shuffler);
      assertThat(LedgerScores.byGroup(shuffled, LedgerScores.BY_PERSON))
          .as(reproduce(trial))
          .isEqualTo(expected);
    }
  }

  @Test
  void byGroup_excludesAndCountsVoidAndUnresolved_andEqualsScoringEachGroupAlone() {
    SplittableRandom random = new SplittableRandom(SEED + 4);
    List<LedgerEntry> entries = randomEntries(random, 200);
    List<LedgerScore> scores = LedgerScores.byGroup(entries, LedgerScores.BY_OUTLET);
    assertThat(scores)
        .extracting(LedgerScore::group)
        .containsExactly("outlet-0", "outlet-1", "outlet-2");
    int scored = 0;
    for (LedgerScore score : scores) {
      List<LedgerEntry> members =
          entries.stream()
              .filter(e -> LedgerScores.BY_OUTLET.apply(e).equals(score.group()))
              .toList();
      assertThat(score.scored() + score.unresolved() + score.voided()).isEqualTo(members.size());
      assertThat(score.voided())
          .isEqualTo(
              members.stream().filter(e -> e.resolution().outcome() == Outcome.VOID).count());
      List<LedgerEntry> decided =
          members.stream().filter(e -> e.resolution().outcome().isScored()).toList();
      double sum = 0;
      for (LedgerEntry e : decided) {
        sum += BrierScore.of(e.probability(), e.resolution().outcome() == Outcome.TRUE);
      }
      assertThat(score.brier()).isCloseTo(sum / decided.size(), within(1e-12));
      scored += score.scored();
    }
    LedgerScore all = LedgerScores.score("all", entries);
    assertThat(all.scored()).isEqualTo(scored);
  }

  @Test
  void score_withNothingResolved_isNaN() {
    LedgerScore score = LedgerScores.score("x", List.of(entry(1, "a", 0.5, Outcome.UNRESOLVED)));
    assertThat(score.scored()).isZero();
    assertThat(score.unresolved()).isEqualTo(1);
    assertThat(score.brier()).isNaN();
    assertThat(score.log()).isNaN();
  }

  @Test
  void calibration_binsCountMeanForecastAndObservedFrequency() {
    List<LedgerEntry> entries =
        List.of(
            entry(1, "a", 0.05, Outcome.FALSE),
            entry(2, "a", 0.15, Outcome.TRUE),
            entry(3, "a", 0.75, Outcome.TRUE),
            entry(4, "a", 0.71, Outcome.FALSE),
            entry(5, "a", 0.79, Outcome.TRUE),
            entry(6, "a", 1.0, Outcome.TRUE),
            entry(7, "a", 0.5, Outcome.VOID),
            entry(8, "a", 0.5, Outcome.UNRESOLVED));
    CalibrationTable table = CalibrationTable.of(entries, 10);
    assertThat(table.bins()).hasSize(10);
    assertThat(table.excluded()).isEqualTo(2);
    CalibrationTable.Bin seventies = table.bins().get(7);
    assertThat(seventies.count()).isEqualTo(3);
    assertThat(seventies.meanForecast()).isCloseTo(0.75, within(1e-12));
    assertThat(seventies.observedFrequency()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(table.bins().get(9).count()).as("1.0 falls in the last, closed bin").isEqualTo(1);
    assertThat(table.bins().get(5).count()).isZero();
    assertThat(table.bins().get(5).meanForecast()).isNaN();
  }

  @Test
  void calibration_countsEveryScoredEntryOnce_andMeansStayInTheirBins() {
    SplittableRandom random = new SplittableRandom(SEED + 5);
    for (int trial = 0; trial < 50; trial++) {
      List<LedgerEntry> entries = randomEntries(random, random.nextInt(1, 200));
      int k = random.nextInt(1, 20);
      CalibrationTable table = CalibrationTable.of(entries, k);
      long scored = entries.stream().filter(e -> e.resolution().outcome().isScored()).count();
      assertThat(table.bins().stream().mapToInt(CalibrationTable.Bin::count).sum())
          .as(reproduce(trial))
          .isEqualTo((int) scored);
      assertThat(table.excluded()).isEqualTo(entries.size() - (int) scored);
      for (CalibrationTable.Bin bin : table.bins()) {
        if (bin.count() > 0) {
          assertThat(bin.meanForecast()).as(reproduce(trial)).isBetween(bin.lower(), bin.upper());
          assertThat(bin.observedFrequency()).isBetween(0.0, 1.0);
        }
      }
    }
  }

  private static List<LedgerEntry> randomEntries(SplittableRandom random, int n) {
    Outcome[] outcomes = Outcome.values();
    List<LedgerEntry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entries.add(
          entry(
              i,
              "who-" + random.nextInt(5),
              random.nextDouble(),
              outcomes[random.nextInt(outcomes.length)]));
    }
    return entries;
  }
}
