package dev.parley.core.simulate;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The stacked alternating offers protocol (SAOP) for any number of parties, as GENIUS and GeniusWeb
 * define it: the parties move in a fixed round-robin order; on its turn a party accepts the offer
 * on the table, makes a new offer (which replaces it), or walks away, which ends the negotiation
 * for everyone. An offer is agreed when every other party has accepted it in the turns that follow
 * it; a counter-offer starts the count again. With two parties this is Rubinstein's alternating
 * offers.
 *
 * <p>Sources: R. Aydoğan, D. Festen, K. V. Hindriks, C. M. Jonker, "Alternating offers protocols
 * for multilateral negotiation", in Modern Approaches to Agent-based Complex Automated Negotiation
 * (Springer, 2017); GENIUS's StackedAlternatingOffersProtocol; GeniusWeb's SAOP. Each round is one
 * turn; the first party in the run's order moves in round 0. Unless the negotiation fixes the
 * order, each run draws it from its seed over the parties sorted by name ({@link
 * Negotiation#forRun}), so the order in which the scenario lists its parties plays no part. Cost:
 * O(N) turns, each as costly as the agents' moves.
 */
public final class AlternatingOffersProtocol implements Protocol {
  @Override
  public String name() {
    return "saop";
  }

  @Override
  public SimulationRun simulate(Negotiation whole, List<AgentType> agents, Seed seed) {
    Negotiation negotiation = whole.forRun(seed);
    NegotiationAgent[] players = create(negotiation, agents);
    RandomGenerator[] random = negotiation.streams(seed);
    List<Step> trace = new ArrayList<>();
    Outcome outcome = play(negotiation, players, random, 0, identity(negotiation), trace);
    int[] settled = new int[negotiation.problem().issueCount()];
    Arrays.fill(settled, -1);
    if (outcome instanceof Outcome.Agreement a) {
      settled = a.bid().outcome();
    }
    return new SimulationRun(
        outcome,
        trace,
        List.of(SessionTable.of(negotiation)),
        Arrays.stream(settled).boxed().toList(),
        Arrays.stream(negotiation.order()).boxed().toList());
  }

  static NegotiationAgent[] create(Negotiation negotiation, List<AgentType> agents) {
    if (agents.size() != negotiation.partyCount()) {
      throw new IllegalArgumentException(
          "expected an agent for each of "
              + negotiation.partyCount()
              + " parties, but found "
              + agents.size());
    }
    NegotiationAgent[] out = new NegotiationAgent[agents.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = agents.get(j).create(negotiation, j);
    }
    return out;
  }

  static int[] identity(Negotiation negotiation) {
    return Negotiation.identity(negotiation.partyCount());
  }

  /**
   * Plays one session and returns its outcome, in the session's own rounds and parties.
   *
   * @param session the session index recorded in the trace
   * @param global the problem index of each of the negotiation's parties, recorded in the trace
   */
  static Outcome play(
      Negotiation n,
      NegotiationAgent[] agents,
      RandomGenerator[] random,
      int session,
      int[] global,
      List<Step> trace) {
    int k = n.partyCount();
    NegotiationState state = new NegotiationState(n);
    int accepts = 0;
    for (int t = 0; t < n.deadline(); t++) {
      int p = n.mover(t);
      state.turn(t, p);
      NegotiationAgent agent = agents[p];
      double demand = agent.demand(state);
      Move move = agent.act(state, random[p]);
      switch (move) {
        case Move.Offer offer -> {
          state.table(offer.bid(), p, t);
          state.offered(p, offer.bid());
          accepts = 0;
          trace.add(new Step(session, t, global[p], Step.Action.OFFER, offer.bid(), demand));
        }
        case Move.Accept accept -> {
          Bid bid = state.standing().orElse(null);
          if (bid == null) {
            throw new IllegalStateException(
                "party " + p + " accepted in round " + t + " with no offer on the table");
          }
          trace.add(new Step(session, t, global[p], Step.Action.ACCEPT, bid, demand));
          accepts++;
          if (accepts == k - 1) {
            return new Outcome.Agreement(
                bid,
                state.standingRound(),
                t + 1,
                payoffs(n, bid.utilities(), state.standingRound()));
          }
        }
        case Move.Walkaway walkaway -> {
          trace.add(new Step(session, t, global[p], Step.Action.WALK_AWAY, null, demand));
          return new Outcome.Impasse(p, t + 1, payoffs(n, reservations(n), t));
        }
      }
    }
    return new Outcome.Deadline(n.deadline(), payoffs(n, reservations(n), n.deadline()));
  }

  static double[] reservations(Negotiation n) {
    double[] d = new double[n.partyCount()];
    for (int j = 0; j < d.length; j++) {
      d[j] = n.reservation(j);
    }
    return d;
  }

  static List<Double> payoffs(Negotiation n, double[] utilities, int round) {
    List<Double> out = new ArrayList<>(utilities.length);
    for (int j = 0; j < utilities.length; j++) {
      out.add(n.discounted(j, utilities[j], round));
    }
    return out;
  }
}
