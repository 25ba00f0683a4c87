package dev.parley.core.simulate;

import java.util.Arrays;
import java.util.List;

/**
 * A package put on the table: the option chosen on every issue and what it is worth to every party.
 *
 * <p>Bids are made by a {@link Negotiation}, which computes the utilities, so a bid's utilities are
 * always those of its problem. Immutable; equal when their packages are equal.
 */
public final class Bid {
  private final int[] outcome;
  private final double[] utilities;
  private final int frontierIndex;

  Bid(int[] outcome, double[] utilities, int frontierIndex) {
    this.outcome = outcome;
    this.utilities = utilities;
    this.frontierIndex = frontierIndex;
  }

  /** Returns the number of issues. */
  public int issueCount() {
    return outcome.length;
  }

  /** Returns the index of the option chosen on an issue. */
  public int option(int issue) {
    return outcome[issue];
  }

  /** Returns the option index chosen on each issue, as a new array. */
  public int[] outcome() {
    return outcome.clone();
  }

  /** Returns the option index chosen on each issue, not copied: callers must not change it. */
  int[] outcomeArray() {
    return outcome;
  }

  /** Returns the option index chosen on each issue. */
  public List<Integer> outcomeList() {
    return Arrays.stream(outcome).boxed().toList();
  }

  /** Returns a party's utility of the package, undiscounted. */
  public double utility(int party) {
    return utilities[party];
  }

  /** Returns every party's utility of the package, as a new array. */
  public double[] utilities() {
    return utilities.clone();
  }

  /** Returns every party's utility of the package. */
  public List<Double> utilityList() {
    return Arrays.stream(utilities).boxed().toList();
  }

  /**
   * Returns the index of the package's utility vector in the negotiation's Pareto frontier, or -1
   * when the package is not Pareto-optimal or was not taken from the frontier.
   */
  public int frontierIndex() {
    return frontierIndex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bid b && Arrays.equals(outcome, b.outcome);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(outcome);
  }

  @Override
  public String toString() {
    return "Bid" + Arrays.toString(outcome) + " " + Arrays.toString(utilities);
  }
}
