package dev.parley.core.simulate;

import java.util.Arrays;
import java.util.List;

/**
 * What a batch of runs shows: how often they agree, impasse or reach the deadline, and how many
 * rounds they take.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman and Fan's type 7, the default
 * of R and NumPy).
 *
 * @param runs the number of runs
 * @param agreements the runs that ended in an agreement
 * @param impasses the runs in which a party walked away
 * @param deadlines the runs that reached the deadline
 * @param rounds the distribution of the rounds played, over every run
 */
public record SimulationSummary(
    int runs, int agreements, int impasses, int deadlines, Distribution rounds) {

  /**
   * A distribution of counts.
   *
   * @param q1 the first quartile
   * @param q3 the third quartile
   */
  public record Distribution(
      double min, double q1, double median, double q3, double max, double mean) {}

  /** Returns the summary of a batch. */
  public static SimulationSummary of(List<SimulationRun> runs) {
    int agreements = 0;
    int impasses = 0;
    int deadlines = 0;
    double[] rounds = new double[runs.size()];
    for (int i = 0; i < rounds.length; i++) {
      Outcome o = runs.get(i).outcome();
      switch (o) {
        case Outcome.Agreement a -> agreements++;
        case Outcome.Impasse x -> impasses++;
        case Outcome.Deadline d -> deadlines++;
      }
      rounds[i] = o.rounds();
    }
    return new SimulationSummary(
        runs.size(), agreements, impasses, deadlines, distribution(rounds));
  }

  /** Returns the share of runs that ended in an agreement, or NaN for no runs. */
  public double agreementRate() {
    return runs == 0 ? Double.NaN : (double) agreements / runs;
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
