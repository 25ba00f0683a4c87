package dev.parley.core.forecast.eum;

import java.util.List;

/**
 * One round of the expected-utility model on one dimension.
 *
 * @param round the round's number, from 1
 * @param riskExponents each actor's risk exponent {@code r_i} in [0.5, 2] as computed this round
 * @param offers the offers accepted this round, in actor order
 * @param positions every actor's position after the round
 * @param median the capability × salience weighted median of the positions after the round
 * @param mean the capability × salience weighted mean of the positions after the round
 */
public record RoundResult(
    int round,
    List<Double> riskExponents,
    List<Offer> offers,
    List<Double> positions,
    double median,
    double mean) {
  /** Validates and copies the fields. */
  public RoundResult {
    if (round < 1) {
      throw new IllegalArgumentException("round must be at least 1, was " + round);
    }
    riskExponents = List.copyOf(riskExponents);
    offers = List.copyOf(offers);
    positions = List.copyOf(positions);
  }

  /** Returns an actor's position after the round. */
  public double position(int actor) {
    return positions.get(actor);
  }

  /** Returns an actor's risk exponent in the round. */
  public double riskExponent(int actor) {
    return riskExponents.get(actor);
  }
}
