package dev.parley.core.simulate;

/**
 * The hardliner: the party demands its best package in every turn and never concedes; it accepts
 * only an offer worth as much to it. The limit of the time-dependent tactics as e tends to 0
 * (NegMAS's "hardheaded", exponent ∞).
 */
public record HardlinerStrategy() implements ConcessionStrategy {
  @Override
  public String name() {
    return "hardliner";
  }

  @Override
  public double target(NegotiationState state) {
    return state.negotiation().best(state.self());
  }
}
