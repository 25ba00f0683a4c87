package dev.parley.core.simulate;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Partial agreements among subsets of parties: a plan of sessions held one after another, each
 * among some of the parties on some of the issues, as the 2025 summits were planned (a bilateral
 * meeting first, then a trilateral one). What a session agrees is fixed for the sessions that
 * follow.
 *
 * <p>A session with open issues on its table is a run of {@link AlternatingOffersProtocol} among
 * its parties on a problem restricted to those issues: the parties' contributions from the other
 * issues are left out, settled issues keep their agreed option, and each party's reservation is
 * scaled by the share of its stake on the table, {@code d · B(table) / B(all)}, where B sums the
 * party's best contribution over a set of issues (a party asks of a partial deal the share of its
 * best it asks of the whole; Parley's convention, docs/simulate.md). A session whose table has no
 * open issue left, once every issue is settled, is a ratification: each of its parties votes on the
 * whole package as at the last round of the run (round {@code deadline − 1}, so a time-dependent
 * party accepts anything above its reservation); one rejection or walk-away is an impasse. A failed
 * session leaves its issues open for the sessions that follow. Unless the negotiation fixes the
 * order of moves, each session's order (and the order of a vote) is drawn from the run's seed over
 * its parties sorted by name.
 *
 * <p>Each session has its own budget of rounds and its own clock, from round 0, for the agents'
 * concession curves (a party's own deadline counts from the session's start, and the scenario
 * tactic's patience horizon is that of the session's own stakes); discounting runs on the run's
 * clock, so an agreement on an offer made in round t of a session that began in round s is worth
 * {@code δ^(s+t)·u}. The sessions together may use at most the negotiation's deadline. The run ends
 * in an agreement once every issue is settled (and ratified, if the plan says so), dated by the
 * last agreement; otherwise in the outcome of the last session that failed. Every issue must be on
 * some session's table.
 *
 * @param plan the sessions, in the order they are held
 */
public record SequentialSessionsProtocol(List<Session> plan) implements Protocol {
  /** Validates and copies the plan. */
  public SequentialSessionsProtocol {
    plan = List.copyOf(plan);
    if (plan.isEmpty()) {
      throw new IllegalArgumentException("expected at least one session, but found none");
    }
  }

  /**
   * One session of a plan.
   *
   * @param parties the parties at the table, by problem index; at least two. They move in this
   *     order when the negotiation fixes its order; otherwise each run draws the session's order
   *     from its seed over the parties sorted by name
   * @param issues the issues on the table, by problem index; empty for every issue still open
   * @param rounds the session's budget of rounds; 0 for every round left
   */
  public record Session(List<Integer> parties, List<Integer> issues, int rounds) {
    /** Validates and copies the fields. */
    public Session {
      parties = List.copyOf(parties);
      issues = List.copyOf(issues);
      if (parties.size() < 2 || new HashSet<>(parties).size() != parties.size()) {
        throw new IllegalArgumentException(
            "expected at least two distinct parties, but found " + parties);
      }
      if (rounds < 0) {
        throw new IllegalArgumentException("rounds must be at least 0, was " + rounds);
      }
    }
  }

  @Override
  public String name() {
    return "sessions";
  }

  @Override
  public SimulationRun simulate(Negotiation n, List<AgentType> agents, Seed seed) {
    int k = n.partyCount();
    int issueCount = n.problem().issueCount();
    check(n, agents);
    RandomGenerator[] random = n.streams(seed);
    RandomGenerator orderStream = seed.stream(k + 1L);
    int[] settled = new int[issueCount];
    Arrays.fill(settled, -1);
    List<Step> trace = new ArrayList<>();
    List<SessionTable> tables = new ArrayList<>();
    Outcome failure = null;
    int offset = 0;
    int agreedRound = -1;
    boolean ratifiedOrOpen = true;
    for (int s = 0; s < plan.size() && offset < n.deadline(); s++) {
      Session session = plan.get(s);
      List<Integer> open = new ArrayList<>();
      for (int i : session.issues().isEmpty() ? SessionTable.range(issueCount) : session.issues()) {
        if (settled[i] < 0) {
          open.add(i);
        }
      }
      int budget = n.deadline() - offset;
      if (session.rounds() > 0) {
        budget = Math.min(budget, session.rounds());
      }
      int[] global = session.parties().stream().mapToInt(Integer::intValue).toArray();
      if (n.drawsOrder()) {
        global = n.drawOrder(global, orderStream);
      }
      if (open.isEmpty()) {
        if (Arrays.stream(settled).anyMatch(o -> o < 0)) {
          continue;
        }
        List<Integer> voters = Arrays.stream(global).boxed().toList();
        tables.add(SessionTable.vote(n, voters, offset));
        Outcome vote = ratify(n, agents, random, tables.size() - 1, voters, settled, offset, trace);
        offset++;
        if (vote != null) {
          failure = vote;
          ratifiedOrOpen = false;
          break;
        }
        agreedRound = offset - 1;
        continue;
      }
      Negotiation sub = restrict(n, global, open, settled, offset, budget);
      tables.add(SessionTable.of(sub, Arrays.stream(global).boxed().toList(), open, offset));
      NegotiationAgent[] players = new NegotiationAgent[global.length];
      RandomGenerator[] streams = new RandomGenerator[global.length];
      for (int l = 0; l < global.length; l++) {
        players[l] = agents.get(global[l]).create(sub, l);
        streams[l] = random[global[l]];
      }
      List<Step> local = new ArrayList<>();
      Outcome result =
          AlternatingOffersProtocol.play(sub, players, streams, tables.size() - 1, global, local);
      trace.addAll(local);
      switch (result) {
        case Outcome.Agreement a -> {
          for (int i : open) {
            settled[i] = a.bid().option(i);
          }
          agreedRound = offset + a.offerRound();
          failure = null;
        }
        case Outcome.Impasse i ->
            failure =
                new Outcome.Impasse(
                    global[i.party()],
                    offset + i.rounds(),
                    AlternatingOffersProtocol.payoffs(
                        n, AlternatingOffersProtocol.reservations(n), offset + i.rounds() - 1));
        case Outcome.Deadline d ->
            failure =
                new Outcome.Deadline(
                    offset + d.rounds(),
                    AlternatingOffersProtocol.payoffs(
                        n, AlternatingOffersProtocol.reservations(n), offset + d.rounds()));
      }
      offset += result.rounds();
    }
    Outcome outcome;
    if (ratifiedOrOpen && Arrays.stream(settled).allMatch(o -> o >= 0)) {
      Bid bid = n.bid(settled);
      outcome =
          new Outcome.Agreement(
              bid,
              agreedRound,
              offset,
              AlternatingOffersProtocol.payoffs(n, bid.utilities(), agreedRound));
    } else if (failure != null) {
      outcome = failure;
    } else {
      outcome =
          new Outcome.Deadline(
              offset,
              AlternatingOffersProtocol.payoffs(
                  n, AlternatingOffersProtocol.reservations(n), offset));
    }
    List<Integer> order = tables.isEmpty() ? List.of() : tables.getFirst().parties();
    return new SimulationRun(
        outcome, trace, tables, Arrays.stream(settled).boxed().toList(), order);
  }

  private void check(Negotiation n, List<AgentType> agents) {
    if (agents.size() != n.partyCount()) {
      throw new IllegalArgumentException(
          "expected an agent for each of "
              + n.partyCount()
              + " parties, but found "
              + agents.size());
    }
    Set<Integer> covered = new HashSet<>();
    for (Session s : plan) {
      for (int j : s.parties()) {
        if (j < 0 || j >= n.partyCount()) {
          throw new IllegalArgumentException("no party " + j + " in the problem");
        }
      }
      for (int i : s.issues()) {
        if (i < 0 || i >= n.problem().issueCount()) {
          throw new IllegalArgumentException("no issue " + i + " in the problem");
        }
      }
      covered.addAll(
          s.issues().isEmpty() ? SessionTable.range(n.problem().issueCount()) : s.issues());
    }
    if (covered.size() != n.problem().issueCount()) {
      throw new IllegalArgumentException(
          "expected every issue on some session's table, but only " + covered + " are");
    }
  }

  /** Holds a ratification vote; returns the failure, or null when every party accepts. */
  private static @Nullable Outcome ratify(
      Negotiation n,
      List<AgentType> agents,
      RandomGenerator[] random,
      int session,
      List<Integer> voters,
      int[] settled,
      int offset,
      List<Step> trace) {
    Bid bid = n.bid(settled);
    NegotiationState state = new NegotiationState(n);
    int last = n.deadline() - 1;
    state.table(bid, -1, last);
    trace.add(new Step(session, 0, -1, Step.Action.TEXT, bid, Double.NaN));
    for (int p : voters) {
      NegotiationAgent agent = agents.get(p).create(n, p);
      state.turn(last, p);
      double demand = agent.demand(state);
      switch (agent.act(state, random[p])) {
        case Move.Accept accept ->
            trace.add(new Step(session, 0, p, Step.Action.ACCEPT, bid, demand));
        case Move.Offer offer -> {
          trace.add(new Step(session, 0, p, Step.Action.REJECT, offer.bid(), demand));
          return new Outcome.Impasse(
              p,
              offset + 1,
              AlternatingOffersProtocol.payoffs(
                  n, AlternatingOffersProtocol.reservations(n), offset));
        }
        case Move.Walkaway walkaway -> {
          trace.add(new Step(session, 0, p, Step.Action.WALK_AWAY, null, demand));
          return new Outcome.Impasse(
              p,
              offset + 1,
              AlternatingOffersProtocol.payoffs(
                  n, AlternatingOffersProtocol.reservations(n), offset));
        }
      }
    }
    return null;
  }

  /** Returns the negotiation of one session: its parties, on the open issues of its table. */
  static Negotiation restrict(
      Negotiation n, int[] parties, List<Integer> open, int[] settled, int offset, int budget) {
    BargainingProblem p = n.problem();
    int issues = p.issueCount();
    int m = parties.length;
    boolean[] onTable = new boolean[issues];
    for (int i : open) {
      onTable[i] = true;
    }
    List<List<String>> options = new ArrayList<>();
    boolean[][] feasible = new boolean[issues][];
    for (int i = 0; i < issues; i++) {
      options.add(p.options(i));
      int count = p.optionCount(i);
      feasible[i] = new boolean[count];
      int keep = settled[i] >= 0 ? settled[i] : p.feasibleOptions(i)[0];
      for (int o = 0; o < count; o++) {
        feasible[i][o] = onTable[i] ? p.isFeasible(i, o) : o == keep;
      }
    }
    double[][][] contributions = new double[m][issues][];
    double[] disagreement = new double[m];
    double[] patience = new double[m];
    int[] deadlines = new int[m];
    List<String> names = new ArrayList<>();
    for (int l = 0; l < m; l++) {
      int g = parties[l];
      names.add(p.parties().get(g));
      double stakeAll = 0;
      double stakeTable = 0;
      for (int i = 0; i < issues; i++) {
        int count = p.optionCount(i);
        contributions[l][i] = new double[count];
        double best = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < count; o++) {
          if (onTable[i]) {
            contributions[l][i][o] = p.contribution(g, i, o);
          }
          if (p.isFeasible(i, o)) {
            best = Math.max(best, p.contribution(g, i, o));
          }
        }
        stakeAll += best;
        if (onTable[i]) {
          stakeTable += best;
        }
      }
      double share = stakeAll > 0 ? stakeTable / stakeAll : 1;
      disagreement[l] = p.disagreement(g) * share;
      patience[l] = n.patience(g);
      int own = n.partyDeadline(g);
      deadlines[l] = own == Negotiation.NO_DEADLINE ? own : Math.max(0, own - offset);
    }
    BargainingProblem sub =
        new BargainingProblem(
            names, p.issues(), options, contributions, disagreement, feasible, p.cap());
    ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(sub);
    if (!frontier.isComplete()) {
      throw new IllegalStateException(
          "the frontier of a session passes the size limit: "
              + frontier.limit().map(l -> l.describe()).orElse(""));
    }
    return Negotiation.create(
        sub, frontier, patience, budget, deadlines, Negotiation.identity(m), false, n.clock());
  }

  /** Returns the plan's sessions, as a description such as {@code [0,1] on [0,2]; [0,1,2]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Session s : plan) {
      parts.add(s.parties() + (s.issues().isEmpty() ? "" : " on " + s.issues()));
    }
    return String.join("; ", parts);
  }
}
