package dev.parley.core.forecast.nash;

/** What each actor gets if the bargaining fails, the disagreement point of the Nash solution. */
public enum Disagreement {
  /**
   * The dimension's reference point (the status quo) where the problem gives one; on a dimension
   * without one, each actor's worst point ({@link #WORST_POINT}).
   */
  REFERENCE_POINT,
  /**
   * Each actor's worst outcome on the scale, the end farthest from its ideal; the reference point
   * is ignored, and the individually rational interval is the whole scale.
   */
  WORST_POINT
}
