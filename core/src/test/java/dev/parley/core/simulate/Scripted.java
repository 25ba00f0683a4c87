package dev.parley.core.simulate;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** An agent type whose agents play a script: a function of the state, for protocol tests. */
record Scripted(String name, Function<NegotiationState, Move> script) implements AgentType {
  @Override
  public NegotiationAgent create(Negotiation negotiation, int party) {
    return new NegotiationAgent() {
      @Override
      public double demand(NegotiationState state) {
        return 0.5;
      }

      @Override
      public Move act(NegotiationState state, RandomGenerator random) {
        return script.apply(state);
      }
    };
  }

  /** Offers the given package in every turn. */
  static Scripted offering(int... outcome) {
    return new Scripted("offer", s -> new Move.Offer(s.negotiation().bid(outcome)));
  }

  /** Accepts whatever is on the table, and offers the given package when nothing is. */
  static Scripted accepting(int... outcome) {
    return new Scripted(
        "accept",
        s ->
            s.standing().isPresent()
                ? new Move.Accept()
                : new Move.Offer(s.negotiation().bid(outcome)));
  }

  /** Walks away in the given round, and offers the package before. */
  static Scripted walkingAwayIn(int round, int... outcome) {
    return new Scripted(
        "walk",
        s ->
            s.round() >= round
                ? new Move.Walkaway()
                : new Move.Offer(s.negotiation().bid(outcome)));
  }

  static List<AgentType> of(AgentType... types) {
    return List.of(types);
  }
}
