package dev.parley.core.simulate;

/**
 * The tactic the scenario itself implies for a party: a time-dependent curve from its best utility
 * down to its reservation value, over a horizon in calendar time set by its own patience and
 * deadline, with an exponent that is its impatience relative to the others'.
 *
 * <p>The <em>horizon</em> is {@link Negotiation#horizon}: the round H at which the party's best
 * package, discounted by its patience, is worth no more than walking away now ({@code δ^H · best =
 * r}, so {@code H = ln(r / best) / ln δ} with δ per round of the scenario's clock), or its own
 * deadline if that comes first. Holding out past H cannot pay: even winning everything then is
 * worth less than walking away today, so a party that reasons about its own discounting has
 * conceded to its floor by H. Only when neither patience nor a deadline sets a horizon (δ = 1, or
 * nothing to walk away to, and no deadline) does the party concede over the run's cap, as a plain
 * time-dependent agent concedes over its session. So agreements are dated by the parties' own
 * patience and deadlines, in days, and the cap on the rounds only ends a run.
 *
 * <p>With ρⱼ = −ln δⱼ the party's discount rate per round and ρ̄ the mean rate of the parties, the
 * exponent is {@code e = ρⱼ / ρ̄}: a party as patient as the average concedes linearly, a more
 * patient one is Boulware (e below 1), a less patient one a conceder (e above 1). When every party
 * is perfectly patient, e = 1. The choice rests on Rubinstein's result that bargaining power is
 * inverse to the discount rate (see {@link dev.parley.core.bargain.RubinsteinSplit}); it is
 * Parley's, documented in docs/simulate.md, not a published tactic. A {@link ConcessionAgent}
 * playing it walks away at the party's deadline.
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
    double horizon = n.horizon(self);
    double time = horizon <= 0 ? 1 : Math.min(1, state.round() / horizon);
    return TimeDependentCurve.target(
        time, exponent, ConcessionStrategy.floor(n, self), n.best(self));
  }

  /** Returns a party's concession exponent, {@code ρⱼ / ρ̄}. */
  static double exponent(Negotiation n, int party) {
    double[] rates = new double[n.partyCount()];
    for (int j = 0; j < rates.length; j++) {
      rates[j] = -StrictMath.log(n.patience(j));
    }
    double mean = Negotiation.sum(rates, rates.length) / rates.length;
    if (mean == 0) {
      return 1;
    }
    return rates[party] / mean;
  }
}
