package dev.parley.core.forecast.smp;

/** Which spatial model of politics to run: KTAB's own, quirks included, or the corrected one. */
public enum SmpVariant {
  /**
   * KTAB's model as its code runs it, so that its reference runs are reproduced exactly: the
   * receiver's bargain is interpolated with an expected gain passed as a probability, the
   * power-weighted compromise weighs the receiver's view with the initiator's capability, and
   * stochastic runs draw from one stream in actor order.
   */
  KTAB,
  /**
   * The model with KTAB's quirks fixed: the receiver's bargain uses the receiver's estimate of the
   * probability of victory, the compromise weighs each view with its own actor's capability, every
   * actor draws from its own random stream, near ties are broken in a stable order, and actors
   * without weight or a degenerate risk range do not stop the run.
   */
  CORRECTED
}
