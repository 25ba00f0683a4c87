package dev.parley.core.simulate;

/**
 * The Boulware tactic: the party holds out near its best and concedes to its reservation only as
 * the deadline comes, following {@code u(t) = r + (max − r)(1 − t^(1/e))} with e below 1.
 *
 * <p>Source: P. Faratin, C. Sierra, N. R. Jennings, "Negotiation decision functions for autonomous
 * agents", Robotics and Autonomous Systems 24 (1998); GENIUS's TimeDependentAgentBoulware. The
 * default e = 0.25 is NegMAS's Boulware exponent 4.0 in GENIUS's convention (see {@link
 * TimeDependentCurve}).
 *
 * @param exponent the concession exponent e, in (0, 1)
 */
public record BoulwareStrategy(double exponent) implements ConcessionStrategy {
  /** The default exponent, 0.25. */
  public static final double DEFAULT_EXPONENT = 0.25;

  /** Validates the exponent. */
  public BoulwareStrategy {
    TimeDependentCurve.checkExponent(exponent, 0, 1, "Boulware");
  }

  /** Returns the tactic with the default exponent. */
  public BoulwareStrategy() {
    this(DEFAULT_EXPONENT);
  }

  @Override
  public String name() {
    return "boulware";
  }

  @Override
  public double target(NegotiationState state) {
    return TimeDependentCurve.target(state, exponent);
  }
}
