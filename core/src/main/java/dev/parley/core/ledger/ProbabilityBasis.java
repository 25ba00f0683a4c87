package dev.parley.core.ledger;

/** Where a ledger entry's probability comes from. */
public enum ProbabilityBasis {
  /** Read from the speaker's hedge words through a {@link HedgeScale}. */
  HEDGE,
  /** A prediction market's price or a forecasting crowd's aggregate. */
  MARKET,
  /** One of Parley's own models. */
  MODEL
}
