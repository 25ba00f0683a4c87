package dev.parley.core.simulate;

import java.util.random.RandomGenerator;

/**
 * A party's negotiator: on its turn it accepts the offer on the table, makes an offer, or walks
 * away.
 *
 * <p>An agent is made for one party of one {@link Negotiation} by an {@link AgentType}. It keeps no
 * state between turns beyond what it precomputed at creation: everything it knows of the run is in
 * the {@link NegotiationState} it is shown, and everything random comes from the generator it is
 * given. So one agent may serve concurrent runs, and a run is a function of its seed.
 */
public interface NegotiationAgent {
  /**
   * Returns the least utility, to the party itself and undiscounted, that it would settle for in
   * this turn: its aspiration. Traces record it, so concessions can be read off them.
   */
  double demand(NegotiationState state);

  /** Returns the party's move in this turn. */
  Move act(NegotiationState state, RandomGenerator random);
}
