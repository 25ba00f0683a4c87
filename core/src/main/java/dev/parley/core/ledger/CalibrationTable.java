package dev.parley.core.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * How often events given a probability in each band happened: for bins of forecast probability, the
 * count of scored entries, their mean forecast and the share that came true.
 *
 * <p>A well-calibrated forecaster's observed frequency is close to the mean forecast in every bin.
 * Bins are equal: [0, 1/k), [1/k, 2/k), …, [(k−1)/k, 1], the last one closed. Only entries resolved
 * {@code TRUE} or {@code FALSE} are counted; {@link #excluded()} counts the others.
 *
 * @param bins every bin, in order, empty ones included
 * @param excluded how many entries were left out as unresolved or void
 */
public record CalibrationTable(List<Bin> bins, int excluded) {
  /** Validates the fields. */
  public CalibrationTable {
    bins = List.copyOf(bins);
  }

  /**
   * One band of forecast probability.
   *
   * @param lower the band's lower bound (included)
   * @param upper the band's upper bound (excluded, except for the last band)
   * @param count how many scored entries fall in it
   * @param meanForecast their mean probability; NaN when the band is empty
   * @param observedFrequency the share of them that came true; NaN when the band is empty
   */
  public record Bin(
      double lower, double upper, int count, double meanForecast, double observedFrequency) {}

  /** Returns the table of entries in {@code k} equal bins. */
  public static CalibrationTable of(List<LedgerEntry> entries, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("expected at least 1 bin, but found " + k);
    }
    int[] count = new int[k];
    int[] happened = new int[k];
    List<List<Double>> forecasts = new ArrayList<>(k);
    for (int b = 0; b < k; b++) {
      forecasts.add(new ArrayList<>());
    }
    int excluded = 0;
    for (LedgerEntry entry : entries) {
      Outcome outcome = entry.resolution().outcome();
      if (!outcome.isScored()) {
        excluded++;
        continue;
      }
      int b = Math.min((int) (entry.probability() * k), k - 1);
      count[b]++;
      happened[b] += outcome == Outcome.TRUE ? 1 : 0;
      forecasts.get(b).add(entry.probability());
    }
    List<Bin> bins = new ArrayList<>(k);
    for (int b = 0; b < k; b++) {
      double[] p = forecasts.get(b).stream().mapToDouble(Double::doubleValue).toArray();
      bins.add(
          new Bin(
              (double) b / k,
              (double) (b + 1) / k,
              count[b],
              BrierScore.orderFreeMean(p),
              count[b] == 0 ? Double.NaN : (double) happened[b] / count[b]));
    }
    return new CalibrationTable(bins, excluded);
  }
}
