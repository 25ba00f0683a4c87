package dev.parley.core.simulate;

/**
 * The linear time-dependent tactic: the party concedes from its best to its reservation at a
 * constant rate, {@code u(t) = r + (max − r)(1 − t)}.
 *
 * <p>Source: Faratin, Sierra and Jennings (1998) with e = 1; GENIUS's TimeDependentAgentLinear.
 */
public record LinearStrategy() implements ConcessionStrategy {
  @Override
  public String name() {
    return "linear";
  }

  @Override
  public double target(NegotiationState state) {
    return TimeDependentCurve.target(state, 1);
  }
}
