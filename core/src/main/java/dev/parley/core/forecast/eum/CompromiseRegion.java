package dev.parley.core.forecast.eum;

/**
 * Ambiguity A3: where the octant in which the other actor has the upper hand and the mover
 * compromises lies, with {@code a} the mover's expected utility of challenging and {@code b} the
 * other's.
 */
public enum CompromiseRegion {
  /** Scholz's figure 6: {@code a < 0 < b} and {@code |b| > |a|}. */
  FIGURE,
  /**
   * Scholz's text as printed: {@code a < 0}, {@code b < 0} and {@code |b| > |a|}; the figure's
   * octant then brings no move, and half of the stalemate quadrant becomes a compromise.
   */
  TEXT
}
