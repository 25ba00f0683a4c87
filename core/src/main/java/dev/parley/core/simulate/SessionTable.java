package dev.parley.core.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * Who sits at a session's table and what is on it: the parties and issues, by their indexes in the
 * whole problem. A bid made in the session lists an option for every issue of the problem, but only
 * the issues on the table are negotiated there, and its utilities are those of the table's parties,
 * in table order, over those issues.
 *
 * @param parties the parties at the table, by problem index, in the session's party order
 * @param issues the issues on the table, by problem index; empty for a vote on a settled package
 * @param offset the round of the run in which the session began; a step's round in the run is
 *     {@code offset + round}
 * @param best each table party's best utility in the session, in table order
 * @param floor each table party's lowest target in the session ({@link ConcessionStrategy#floor}),
 *     in table order
 */
public record SessionTable(
    List<Integer> parties,
    List<Integer> issues,
    int offset,
    List<Double> best,
    List<Double> floor) {
  /** Validates and copies the fields. */
  public SessionTable {
    parties = List.copyOf(parties);
    issues = List.copyOf(issues);
    best = List.copyOf(best);
    floor = List.copyOf(floor);
    if (best.size() != parties.size() || floor.size() != parties.size()) {
      throw new IllegalArgumentException(
          "expected a best and a floor for every party at the table");
    }
  }

  /** Returns the table of a negotiation: every party and issue, from round 0. */
  public static SessionTable of(Negotiation negotiation) {
    return of(
        negotiation, range(negotiation.partyCount()), range(negotiation.problem().issueCount()), 0);
  }

  /**
   * Returns the table of a session's negotiation.
   *
   * @param parties the problem index of each of the negotiation's parties
   */
  static SessionTable of(
      Negotiation negotiation, List<Integer> parties, List<Integer> issues, int offset) {
    List<Double> best = new ArrayList<>();
    List<Double> floor = new ArrayList<>();
    for (int l = 0; l < parties.size(); l++) {
      best.add(negotiation.best(l));
      floor.add(ConcessionStrategy.floor(negotiation, l));
    }
    return new SessionTable(parties, issues, offset, best, floor);
  }

  /**
   * Returns the table of a vote on a whole package.
   *
   * @param voters the parties that vote, by index in the whole problem's negotiation
   */
  static SessionTable vote(Negotiation whole, List<Integer> voters, int offset) {
    List<Double> best = new ArrayList<>();
    List<Double> floor = new ArrayList<>();
    for (int j : voters) {
      best.add(whole.best(j));
      floor.add(ConcessionStrategy.floor(whole, j));
    }
    return new SessionTable(voters, List.of(), offset, best, floor);
  }

  /** Returns whether the session is a vote on a whole package rather than a negotiation. */
  public boolean isVote() {
    return issues.isEmpty();
  }

  static List<Integer> range(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }
}
