package dev.parley.core.simulate;

/**
 * The tactic the scenario itself implies for a party: a time-dependent curve whose floor is the
 * party's reservation value, whose horizon is the party's own deadline, and whose exponent is its
 * impatience relative to the others'.
 *
 * <p>With ρⱼ = −ln δⱼ the party's discount rate per round and ρ̄ the mean rate of the parties, the
 * exponent is {@code e = ρⱼ / ρ̄}: a party as patient as the average concedes linearly, a more
 * patient one is Boulware (e below 1), a less patient one a conceder (e above 1), and a perfectly
 * patient one (δ = 1) holds out until its deadline. Time is {@code round / D} for the party's own
 * deadline D, so a party with an early deadline concedes faster. When every party is perfectly
 * patient, e = 1. The choice rests on Rubinstein's result that bargaining power is inverse to the
 * discount rate (see {@link dev.parley.core.bargain.RubinsteinSplit}); it is Parley's, documented
 * in docs/simulate.md, not a published tactic. A {@link ConcessionAgent} playing it walks away at
 * the party's deadline.
 */
public record ScenarioStrategy() implements ConcessionStrategy {
  @Override
  public String name() {
    return "scenario";
  }

  @Override
  public double target(NegotiationState state) {
    Negotiation n = state.negotiation();
    int self = state.self();
    double exponent = exponent(n, self);
    int horizon = n.partyDeadline(self);
    double time = horizon == 0 ? 1 : Math.min(1, (double) state.round() / horizon);
    return TimeDependentCurve.target(
        time, exponent, ConcessionStrategy.floor(n, self), n.best(self));
  }

  /** Returns a party's concession exponent, {@code ρⱼ / ρ̄}. */
  static double exponent(Negotiation n, int party) {
    double mean = 0;
    for (int j = 0; j < n.partyCount(); j++) {
      mean += -StrictMath.log(n.patience(j));
    }
    mean /= n.partyCount();
    if (mean == 0) {
      return 1;
    }
    return -StrictMath.log(n.patience(party)) / mean;
  }
}
