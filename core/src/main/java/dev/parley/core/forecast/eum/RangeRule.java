package dev.parley.core.forecast.eum;

/** The range {@code R} by which distances are normalised to [0, 1]. */
public enum RangeRule {
  /** The range of the actors' initial positions, kept for the whole run (Scholz's code). */
  FIXED,
  /** The range of the actors' current positions, recomputed every round. */
  DYNAMIC,
  /** The width of the dimension's scale, {@code upper − lower}. */
  SCALE
}
