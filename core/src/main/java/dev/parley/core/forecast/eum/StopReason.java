package dev.parley.core.forecast.eum;

/** Why a run of the expected-utility model stopped. */
public enum StopReason {
  /** It ran the fixed number of rounds it was asked for. */
  ROUNDS,
  /** The median settled, under {@link StoppingRule.MedianStable}. */
  MEDIAN_STABLE,
  /** The median had not settled when the round cap was reached. */
  ROUND_CAP,
  /** Every actor holds the same position, so there is nothing to bargain over. */
  NO_RANGE
}
