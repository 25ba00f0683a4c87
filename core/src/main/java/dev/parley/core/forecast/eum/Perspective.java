package dev.parley.core.forecast.eum;

/** Whose risk exponent evaluates the two expected utilities that place a dyad in an octant. */
public enum Perspective {
  /**
   * The actor that would move evaluates both its own challenge and the other's with its own risk
   * exponent (BdM's quadrant charts; Scholz's code).
   */
  RECEIVER,
  /** Each actor's challenge is evaluated with its own risk exponent (the paper's appendix). */
  OWN
}
