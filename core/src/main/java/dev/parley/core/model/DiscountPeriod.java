package dev.parley.core.model;

/**
 * The period a discount factor ({@link ActorProfile#patience()}) applies to: a year, or one
 * bargaining round of the scenario's {@link Clock}.
 */
public enum DiscountPeriod {
  /** A discount factor per year (365 days): the default, written as a bare number. */
  YEAR,
  /** A discount factor per bargaining round ({@code scenario.round_days} days). */
  ROUND
}
