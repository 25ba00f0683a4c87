package dev.parley.core.forecast.eum;

/**
 * Ambiguity A2: which expected utilities sum to an actor's security level, from which its risk
 * attitude is derived (Scholz et al. eqs. 32–34).
 */
public enum SecurityLevel {
  /**
   * {@code Sec_i = Σ_{j≠i} E U_ji}: what the other actors expect from challenging {@code i}, the
   * danger {@code i} is in (Scholz's prose and BdM 1985).
   */
  CHALLENGERS,
  /**
   * {@code Sec_i = Σ_{j≠i} E U_ij}: what {@code i} expects from challenging the others, BdM 1997's
   * reversed subscripts, which Scholz rejects.
   */
  OWN_CHALLENGES
}
