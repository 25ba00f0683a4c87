package dev.parley.core.simulate;

import dev.parley.core.model.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * What a batch of runs shows: how often they agree, impasse or reach the cap, how many rounds they
 * take, on which day after the clock's start their agreements are concluded, and the share that
 * agree within a horizon.
 *
 * <p>An agreement is concluded on the day its last acceptance is made: round {@link
 * Outcome.Agreement#agreedRound()} begins on day {@code agreedRound · roundDays}. {@code
 * p_agreement_within(h)} is the share of all runs concluded by day h (runs without an agreement
 * count as not agreeing). Quantiles interpolate linearly between order statistics (Hyndman and
 * Fan's type 7, the default of R and NumPy).
 *
 * @param runs the number of runs
 * @param agreements the runs that ended in an agreement
 * @param impasses the runs in which a party walked away
 * @param deadlines the runs that reached the cap on the rounds
 * @param rounds the distribution of the rounds played, over every run
 * @param roundDays how many days a round lasts
 * @param agreementDays the distribution of the day each agreement was concluded, over the runs with
 *     one (NaN throughout without agreements)
 * @param horizonDays the horizon of {@link #pAgreementWithin()}, in days
 * @param agreementsWithin the runs whose agreement was concluded by day {@code horizonDays}
 */
public record SimulationSummary(
    int runs,
    int agreements,
    int impasses,
    int deadlines,
    Distribution rounds,
    double roundDays,
    Distribution agreementDays,
    double horizonDays,
    int agreementsWithin) {

  /** The default horizon of {@link #pAgreementWithin()}: 365 days. */
  public static final double DEFAULT_HORIZON_DAYS = 365;

  /**
   * A distribution of counts.
   *
   * @param q1 the first quartile
   * @param q3 the third quartile
   */
  public record Distribution(
      double min, double q1, double median, double q3, double max, double mean) {}

  /**
   * Returns the summary of a batch whose rounds last {@link Clock#DEFAULT_ROUND_DAYS}, with the
   * default horizon.
   */
  public static SimulationSummary of(List<SimulationRun> runs) {
    return of(runs, Clock.DEFAULT_ROUND_DAYS, DEFAULT_HORIZON_DAYS);
  }

  /**
   * Returns the summary of a batch.
   *
   * @param roundDays how many days a round lasts, positive
   * @param horizonDays the horizon of {@link #pAgreementWithin()}, at least 0
   */
  public static SimulationSummary of(
      List<SimulationRun> runs, double roundDays, double horizonDays) {
    if (!(roundDays > 0) || !(horizonDays >= 0)) {
      throw new IllegalArgumentException(
          "expected a positive round length and a horizon of at least 0 days, but found "
              + roundDays
              + " and "
              + horizonDays);
    }
    int agreements = 0;
    int impasses = 0;
    int deadlines = 0;
    int within = 0;
    double[] rounds = new double[runs.size()];
    double[] days = new double[runs.size()];
    for (int i = 0; i < rounds.length; i++) {
      Outcome o = runs.get(i).outcome();
      switch (o) {
        case Outcome.Agreement a -> {
          double day = a.agreedRound() * roundDays;
          days[agreements++] = day;
          if (day <= horizonDays) {
            within++;
          }
        }
        case Outcome.Impasse x -> impasses++;
        case Outcome.Deadline d -> deadlines++;
      }
      rounds[i] = o.rounds();
    }
    return new SimulationSummary(
        runs.size(),
        agreements,
        impasses,
        deadlines,
        distribution(rounds),
        roundDays,
        distribution(Arrays.copyOf(days, agreements)),
        horizonDays,
        within);
  }

  /** Returns the share of runs that ended in an agreement, or NaN for no runs. */
  public double agreementRate() {
    return runs == 0 ? Double.NaN : (double) agreements / runs;
  }

  /**
   * Returns {@code p_agreement_within}: the share of runs whose agreement was concluded within
   * {@link #horizonDays()} days of the clock's start, or NaN for no runs.
   */
  public double pAgreementWithin() {
    return runs == 0 ? Double.NaN : (double) agreementsWithin / runs;
  }

  static Distribution distribution(double[] values) {
    if (values.length == 0) {
      return new Distribution(
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return new Distribution(
        v[0],
        quantile(v, 0.25),
        quantile(v, 0.5),
        quantile(v, 0.75),
        v[v.length - 1],
        sum / v.length);
  }

  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
