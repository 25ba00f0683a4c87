package dev.parley.core.simulate;

/**
 * A kind of negotiator, such as {@code boulware}: it makes the agent of a party in a negotiation.
 */
public interface AgentType {
  /** Returns the kind's short name, as the command line and reports spell it. */
  String name();

  /**
   * Returns the agent that plays a party in a negotiation; precomputation it needs (a plan, a
   * reference point) is done here, once for all the runs of the negotiation.
   */
  NegotiationAgent create(Negotiation negotiation, int party);
}
