package dev.parley.core.bargain;

import java.util.List;
import java.util.Objects;

/**
 * The package a solution concept selects: its utility vector on the frontier, the first package in
 * enumeration order that reaches it, and every other vector that reaches the same optimal value.
 *
 * @param concept the name of the solution concept, such as {@code nash}
 * @param index the vector's index in the {@link ParetoFrontier}
 * @param utilities each party's utility, in the problem's party order
 * @param outcome the option index chosen on each issue
 * @param outcomeCount how many packages reach this vector
 * @param value the optimised quantity (the Nash product, the smallest normalised gain, …)
 * @param ties the frontier indexes of other vectors reaching the same optimal value
 */
public record Agreement(
    String concept,
    int index,
    List<Double> utilities,
    List<Integer> outcome,
    long outcomeCount,
    double value,
    List<Integer> ties) {
  /** Validates and copies the fields. */
  public Agreement {
    Objects.requireNonNull(concept, "concept");
    utilities = List.copyOf(utilities);
    outcome = List.copyOf(outcome);
    ties = List.copyOf(ties);
  }

  static Agreement at(
      String concept, ParetoFrontier frontier, int index, double value, List<Integer> ties) {
    double[] u = frontier.utilities(index);
    int[] o = frontier.outcome(index);
    return new Agreement(
        concept,
        index,
        java.util.Arrays.stream(u).boxed().toList(),
        java.util.Arrays.stream(o).boxed().toList(),
        frontier.outcomeCount(index),
        value,
        ties);
  }

  /** Returns party {@code j}'s utility. */
  public double utility(int j) {
    return utilities.get(j);
  }
}
