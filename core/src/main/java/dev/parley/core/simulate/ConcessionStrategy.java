package dev.parley.core.simulate;

/**
 * How much a party demands in each turn: its target utility, as a function of time and of what the
 * others have offered.
 *
 * <p>Targets are in the party's own undiscounted utility and lie in {@code [min(r, max), max]},
 * where r is its reservation value and max its best utility over the feasible packages. A {@link
 * ConcessionAgent} turns a strategy into a negotiator: it bids near the target from the Pareto
 * frontier and accepts offers worth at least the target. Strategies are stateless and thread-safe.
 */
public interface ConcessionStrategy {
  /** Returns the strategy's short name, as the command line and reports spell it. */
  String name();

  /** Returns the utility the party whose turn it is demands now. */
  double target(NegotiationState state);

  /** Returns the lowest target a party may have: its reservation, or its best if that is lower. */
  static double floor(Negotiation negotiation, int party) {
    return Math.min(negotiation.reservation(party), negotiation.best(party));
  }

  /** Returns a target clamped to the party's range {@code [floor, best]}. */
  static double clamp(Negotiation negotiation, int party, double target) {
    return Math.max(floor(negotiation, party), Math.min(negotiation.best(party), target));
  }
}
