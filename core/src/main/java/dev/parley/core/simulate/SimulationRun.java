package dev.parley.core.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One run of a protocol: its outcome, its trace, the sessions it held and the issues settled.
 *
 * @param trace every step, in the order they happened
 * @param tables the sessions held, in order; one table with every party and issue outside {@link
 *     SequentialSessionsProtocol}
 * @param settled the option agreed on each issue by the end of the run, or -1 where none was; with
 *     sessions, issues a failed later session left in place stay settled here (a partial agreement)
 * @param order the parties, by problem index, in the order they moved in the run (drawn from its
 *     seed unless the negotiation fixes it); with sessions, in the first session, each session's
 *     own order being that of its table
 */
public record SimulationRun(
    Outcome outcome,
    List<Step> trace,
    List<SessionTable> tables,
    List<Integer> settled,
    List<Integer> order) {
  /** Validates and copies the fields. */
  public SimulationRun {
    Objects.requireNonNull(outcome, "outcome");
    trace = List.copyOf(trace);
    tables = List.copyOf(tables);
    settled = List.copyOf(settled);
    order = List.copyOf(order);
  }

  /** Returns whether the run ended in an agreement. */
  public boolean isAgreement() {
    return outcome instanceof Outcome.Agreement;
  }

  /**
   * Returns the Euclidean distance, in utility space, from the agreement to a reference package
   * (such as the Nash package), or empty without an agreement.
   */
  public OptionalDouble distanceTo(Bid reference) {
    if (!(outcome instanceof Outcome.Agreement a)) {
      return OptionalDouble.empty();
    }
    int k = reference.utilityList().size();
    double[] squares = new double[k];
    for (int j = 0; j < k; j++) {
      double d = a.bid().utility(j) - reference.utility(j);
      squares[j] = d * d;
    }
    // summed smallest first: the same distance whatever the order of the parties
    return OptionalDouble.of(Math.sqrt(Negotiation.sum(squares, k)));
  }

  /**
   * Returns how much each party conceded, read off the demands in the trace.
   *
   * <p>In each session a party concedes what separates its demand from its best utility there
   * (votes on a whole package do not count: a party votes as at its deadline). Its total concession
   * is that gap at its last step, summed over sessions; it first conceded in the earliest step
   * whose gap is at least 1% of its range in the session (best minus floor), so that the vanishing
   * early concessions of a Boulware curve do not count.
   *
   * @param partyCount the number of parties of the problem
   */
  public List<Concession> concessions(int partyCount) {
    double[] total = new double[partyCount];
    double[] gap = new double[partyCount];
    boolean[] seen = new boolean[partyCount];
    int[] firstRound = new int[partyCount];
    java.util.Arrays.fill(firstRound, -1);
    int session = -1;
    for (Step step : trace) {
      if (step.session() != session) {
        for (int j = 0; j < partyCount; j++) {
          total[j] += seen[j] ? gap[j] : 0;
        }
        java.util.Arrays.fill(seen, false);
        session = step.session();
      }
      int j = step.party();
      SessionTable table = tables.get(step.session());
      if (j < 0 || Double.isNaN(step.demand()) || table.isVote()) {
        continue;
      }
      int l = table.parties().indexOf(j);
      double best = table.best().get(l);
      double range = best - table.floor().get(l);
      seen[j] = true;
      gap[j] = best - step.demand();
      if (firstRound[j] < 0 && gap[j] > 1e-9 && gap[j] >= 0.01 * range) {
        firstRound[j] = table.offset() + step.round();
      }
    }
    for (int j = 0; j < partyCount; j++) {
      total[j] += seen[j] ? gap[j] : 0;
    }
    List<Concession> out = new ArrayList<>();
    for (int j = 0; j < partyCount; j++) {
      out.add(new Concession(j, firstRound[j], total[j]));
    }
    return out;
  }

  /**
   * How much a party conceded in a run.
   *
   * @param party the party, by problem index
   * @param firstRound the round of the run in which it first conceded, or -1 if it never did
   * @param total how far below its best its last demand was, in its own utility, summed over
   *     sessions
   */
  public record Concession(int party, int firstRound, double total) {}
}
