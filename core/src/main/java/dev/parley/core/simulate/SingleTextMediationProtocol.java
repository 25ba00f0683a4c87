package dev.parley.core.simulate;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Single-text mediation: a mediator drafts one negotiating text, puts it to the parties, and amends
 * it step by step towards a fair package until every party accepts it.
 *
 * <p>Source: H. Raiffa, The Art and Science of Negotiation (Harvard, 1982): the single negotiating
 * text, as at Camp David in 1978, criticised by each side and redrafted until all sign. Here, in
 * every round the mediator puts its text to the vote; each party, in the run's order, accepts it,
 * rejects it (its move is then a counter-proposal, kept as its criticism and recorded) or walks
 * away. A text everyone accepts is the agreement. Otherwise the mediator amends it: it moves a step
 * of length {@code step} (Euclidean, in utility space) from the text towards its target, the Nash
 * or Kalai–Smorodinsky package of the exact analysis, and takes the frontier package nearest to
 * that point among those strictly nearer the target than the text; at the target it stays. The
 * first draft is one party's favourite package (a mediator adopting a side's plan as its first
 * text) or, by default, a frontier package drawn from the mediator's stream. With no individually
 * rational package the target is the {@link Negotiation#reference()}. Each text takes one round.
 * Cost per round: O(k) agent moves plus O(F·k) for the amendment.
 *
 * @param target the package the mediator steers towards
 * @param step the length of an amendment in utility space, positive
 * @param firstDraft the party whose favourite package is the first draft, or -1 for a random one
 */
public record SingleTextMediationProtocol(Target target, double step, int firstDraft)
    implements Protocol {
  /** The default amendment length: 0.05 of utility. */
  public static final double DEFAULT_STEP = 0.05;

  /** The fair package a mediator steers towards. */
  public enum Target {
    /** The Nash bargaining package. */
    NASH,
    /** The Kalai–Smorodinsky package. */
    KALAI_SMORODINSKY
  }

  /** Validates the fields. */
  public SingleTextMediationProtocol {
    Objects.requireNonNull(target, "target");
    if (!(step > 0)) {
      throw new IllegalArgumentException("step must be positive, was " + step);
    }
    if (firstDraft < -1) {
      throw new IllegalArgumentException("first draft must be a party or -1, was " + firstDraft);
    }
  }

  /** Returns the mediator steering to the Nash package from a random first draft. */
  public SingleTextMediationProtocol() {
    this(Target.NASH, DEFAULT_STEP, -1);
  }

  @Override
  public String name() {
    return "mediator";
  }

  /** Returns the package the mediator steers towards in a negotiation. */
  public Bid targetOf(Negotiation n) {
    return (target == Target.NASH ? n.nash() : n.kalaiSmorodinsky()).orElse(n.reference());
  }

  @Override
  public SimulationRun simulate(Negotiation whole, List<AgentType> agents, Seed seed) {
    if (firstDraft >= whole.partyCount()) {
      throw new IllegalArgumentException("no party " + firstDraft + " to draft the first text");
    }
    Negotiation n = whole.forRun(seed);
    NegotiationAgent[] players = AlternatingOffersProtocol.create(n, agents);
    int k = n.partyCount();
    RandomGenerator[] random = n.streams(seed);
    RandomGenerator mediator = seed.stream(k);
    Bid goal = targetOf(n);
    Bid text =
        firstDraft >= 0
            ? n.favourite(firstDraft)
            : n.frontierBid(n.canonical(mediator.nextInt(n.frontier().size())));
    List<Step> trace = new ArrayList<>();
    NegotiationState state = new NegotiationState(n);
    Outcome outcome = null;
    for (int t = 0; t < n.deadline() && outcome == null; t++) {
      state.table(text, -1, t);
      trace.add(new Step(0, t, -1, Step.Action.TEXT, text, Double.NaN));
      boolean all = true;
      for (int slot = 0; slot < k && outcome == null; slot++) {
        int p = n.mover(slot);
        state.turn(t, p);
        double demand = players[p].demand(state);
        switch (players[p].act(state, random[p])) {
          case Move.Accept accept -> trace.add(new Step(0, t, p, Step.Action.ACCEPT, text, demand));
          case Move.Offer offer -> {
            all = false;
            state.offered(p, offer.bid());
            trace.add(new Step(0, t, p, Step.Action.REJECT, offer.bid(), demand));
          }
          case Move.Walkaway walkaway -> {
            trace.add(new Step(0, t, p, Step.Action.WALK_AWAY, null, demand));
            outcome =
                new Outcome.Impasse(
                    p,
                    t + 1,
                    AlternatingOffersProtocol.payoffs(
                        n, AlternatingOffersProtocol.reservations(n), t));
          }
        }
      }
      if (outcome == null && all) {
        outcome =
            new Outcome.Agreement(
                text, t, t + 1, AlternatingOffersProtocol.payoffs(n, text.utilities(), t));
      } else if (outcome == null) {
        text = amend(n, text, goal);
      }
    }
    if (outcome == null) {
      outcome =
          new Outcome.Deadline(
              n.deadline(),
              AlternatingOffersProtocol.payoffs(
                  n, AlternatingOffersProtocol.reservations(n), n.deadline()));
    }
    int[] settled = new int[n.problem().issueCount()];
    Arrays.fill(settled, -1);
    if (outcome instanceof Outcome.Agreement a) {
      settled = a.bid().outcome();
    }
    return new SimulationRun(
        outcome,
        trace,
        List.of(SessionTable.of(n)),
        Arrays.stream(settled).boxed().toList(),
        Arrays.stream(n.order()).boxed().toList());
  }

  /** Returns the text one step from {@code text} towards {@code goal}, on the frontier. */
  Bid amend(Negotiation n, Bid text, Bid goal) {
    int k = n.partyCount();
    double distance = distance(n, text, goal);
    if (distance <= 1e-12) {
      return text;
    }
    double share = Math.min(1, step / distance);
    double[] aim = new double[k];
    for (int j = 0; j < k; j++) {
      aim[j] = text.utility(j) + share * (goal.utility(j) - text.utility(j));
    }
    var frontier = n.frontier();
    double limit = (distance - 1e-12) * (distance - 1e-12);
    int best = goal.frontierIndex();
    double bestDistance = Double.POSITIVE_INFINITY;
    // packages in package order and parties by rank, so that ties and sums never follow the order
    // in which the problem lists its parties
    for (int place = 0; place < frontier.size(); place++) {
      int x = n.canonical(place);
      double toGoal = 0;
      double toAim = 0;
      for (int r = 0; r < k; r++) {
        int j = n.byRank(r);
        double u = frontier.utility(x, j);
        double e = u - goal.utility(j);
        double a = u - aim[j];
        toGoal += e * e;
        toAim += a * a;
      }
      if (toGoal < limit && toAim < bestDistance) {
        bestDistance = toAim;
        best = x;
      }
    }
    return best < 0 ? goal : n.frontierBid(best);
  }

  private static double distance(Negotiation n, Bid a, Bid b) {
    double sum = 0;
    for (int r = 0; r < n.partyCount(); r++) {
      int j = n.byRank(r);
      double e = a.utility(j) - b.utility(j);
      sum += e * e;
    }
    return Math.sqrt(sum);
  }
}
