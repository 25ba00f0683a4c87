package dev.parley.core.model;

/**
 * How an actor's utility for a package is computed from its stances.
 *
 * <p>A package's utility is {@code min(cap, Σ_i w_i · v_i(o_i))}, where {@code v_i} is the worth of
 * the chosen option on issue {@code i} and {@code w_i} the actor's salience of that issue. With
 * {@code normalizeSaliences}, the saliences are divided by their sum, so that only their ratios
 * matter; otherwise they are used as written, as GENIUS does with issue weights.
 *
 * @param cap the ceiling on a package's utility; positive infinity for none (GENIUS clips at 1)
 */
public record UtilityModel(boolean normalizeSaliences, double cap) {
  /** The default: saliences normalised to sum to one, no ceiling. */
  public static final UtilityModel DEFAULT = new UtilityModel(true, Double.POSITIVE_INFINITY);

  /** Returns whether utilities are capped. */
  public boolean isCapped() {
    return cap != Double.POSITIVE_INFINITY;
  }
}
