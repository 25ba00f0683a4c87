package dev.parley.core.forecast.eum;

/**
 * Ambiguity A1: whose salience weighs the contested branch of a challenge's expected utility, the
 * probability that the challenged actor resists.
 */
public enum LeadingSalience {
  /** The responder's salience {@code s_j} in {@code E^i U_ij} (eq. 6; Scholz's reading). */
  RESPONDER,
  /** The challenger's own salience {@code s_i}. */
  CHALLENGER
}
