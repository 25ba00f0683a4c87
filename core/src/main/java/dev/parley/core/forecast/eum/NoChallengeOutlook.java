package dev.parley.core.forecast.eum;

/**
 * How {@code T} is set, the indicator that things get better for an actor that does not challenge
 * (the responder is then expected to move to the median {@code μ}). It matters only when {@code Q <
 * 1}.
 */
public enum NoChallengeOutlook {
  /**
   * Scholz's cases 1 and 3A against 2 and 3B: {@code T = 1} when {@code |x_i − μ| < |x_i − x_j|},
   * else 0.
   */
  CASES,
  /** {@code T = 1}: not challenging always makes things better. */
  BETTER,
  /** {@code T = 0}: not challenging always makes things worse. */
  WORSE
}
