package dev.parley.core.forecast.exchange;

import java.util.List;

/**
 * A run of the exchange model: the exchanges made, the positions after each round and the outcome.
 *
 * @param exchanges every exchange made, in the order made
 * @param positions the actors' positions at the start and after each round, {@code
 *     positions[round][actor][dimension]}
 * @param outcome the compromise outcome of each dimension after the last round
 * @param converged whether the run ended because no profitable exchange was left (otherwise it hit
 *     the round cap)
 */
public record ExchangeRun(
    List<Exchange> exchanges,
    List<List<List<Double>>> positions,
    List<Double> outcome,
    boolean converged) {
  /** Copies the fields. */
  public ExchangeRun {
    exchanges = List.copyOf(exchanges);
    positions = positions.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    outcome = List.copyOf(outcome);
  }

  /** Returns the number of rounds run. */
  public int rounds() {
    return positions.size() - 1;
  }
}
