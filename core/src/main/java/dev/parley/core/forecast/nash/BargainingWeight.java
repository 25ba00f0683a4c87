package dev.parley.core.forecast.nash;

/** The exponent of each actor's gain in the weighted Nash product. */
public enum BargainingWeight {
  /**
   * Capability × salience, {@code c_i s_i}: the weights under which the compromise model is the
   * Nash solution when every actor gains equally (Achen, in Thomson et al. 2006).
   */
  CAPABILITY_SALIENCE,
  /**
   * Capability alone. The Nash solution is invariant to rescaling each actor's utility, so salience
   * then has no effect at all.
   */
  CAPABILITY
}
