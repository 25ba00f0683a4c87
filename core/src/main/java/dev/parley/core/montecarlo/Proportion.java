package dev.parley.core.montecarlo;

/**
 * How many of a number of trials had some property, and the share as an estimate of its
 * probability.
 */
public record Proportion(long count, long total) {
  /** Validates the counts. */
  public Proportion {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException(
          "expected 0 ≤ count ≤ total, but found " + count + " of " + total);
    }
  }

  /** Returns the share, {@code count / total}; NaN when there are no trials. */
  public double share() {
    return total == 0 ? Double.NaN : (double) count / total;
  }

  /** Returns the binomial standard error of the share, {@code √(p(1 − p)/total)}. */
  public double standardError() {
    double p = share();
    return total == 0 ? Double.NaN : Math.sqrt(p * (1 - p) / total);
  }
}
