package dev.parley.core.simulate;

/**
 * The conceder tactic: the party concedes quickly at first and little later, following {@code u(t)
 * = r + (max − r)(1 − t^(1/e))} with e above 1.
 *
 * <p>Source: Faratin, Sierra and Jennings (1998); GENIUS's TimeDependentAgentConceder. The default
 * e = 4 is NegMAS's conceder exponent 0.25 in GENIUS's convention (see {@link TimeDependentCurve}).
 *
 * @param exponent the concession exponent e, above 1
 */
public record ConcederStrategy(double exponent) implements ConcessionStrategy {
  /** The default exponent, 4. */
  public static final double DEFAULT_EXPONENT = 4;

  /** Validates the exponent. */
  public ConcederStrategy {
    TimeDependentCurve.checkExponent(exponent, 1, Double.POSITIVE_INFINITY, "conceder");
  }

  /** Returns the tactic with the default exponent. */
  public ConcederStrategy() {
    this(DEFAULT_EXPONENT);
  }

  @Override
  public String name() {
    return "conceder";
  }

  @Override
  public double target(NegotiationState state) {
    return TimeDependentCurve.target(state, exponent);
  }
}
