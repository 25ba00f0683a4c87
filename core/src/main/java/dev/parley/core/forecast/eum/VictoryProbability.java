package dev.parley.core.forecast.eum;

/** How the probability that a challenger's position beats the responder's is computed. */
public enum VictoryProbability {
  /**
   * Scholz et al. (2011) eqs. 30–31: the capability × salience weighted share of the actors who
   * prefer the challenger's position, each weighted by how much closer it is to them, {@code P_ij =
   * Σ_{k:Δk>0} c_k s_k Δ_k / Σ_k c_k s_k |Δ_k|} with {@code Δ_k = |x_k − x_j| − |x_k − x_i|}, so
   * that {@code P_ij + P_ji = 1}.
   */
  PAIRWISE,
  /**
   * Scholz's own code: each voter's preference is measured with its own risk exponent, {@code
   * v_k(p, q) = c_k s_k [(|x_k − q|/R)^{r_k} − (|x_k − p|/R)^{r_k}]}, and the denominator sums
   * {@code |v_k|} over every voter and every ordered pair of actors' positions, so probabilities
   * are tiny and {@code P_ij + P_ji ≠ 1}.
   */
  SCHOLZ_CODE
}
