package dev.parley.core.forecast.eum;

import java.util.List;
import java.util.Objects;

/**
 * A run of the expected-utility model on one dimension: the start, every round, and why it stopped.
 *
 * @param actors the actors' names, in input order
 * @param initialPositions the positions before the first round
 * @param initialMedian the weighted median of the initial positions
 * @param initialMean the weighted mean of the initial positions
 * @param rounds the rounds run, in order
 * @param stop why the run stopped
 * @param forecast the model's forecast: the final median or mean, as configured
 */
public record ExpectedUtilityRun(
    List<String> actors,
    List<Double> initialPositions,
    double initialMedian,
    double initialMean,
    List<RoundResult> rounds,
    StopReason stop,
    double forecast) {
  /** Validates and copies the fields. */
  public ExpectedUtilityRun {
    actors = List.copyOf(actors);
    initialPositions = List.copyOf(initialPositions);
    rounds = List.copyOf(rounds);
    Objects.requireNonNull(stop, "stop");
  }

  /** Returns a round by its number, from 1. */
  public RoundResult round(int number) {
    return rounds.get(number - 1);
  }

  /** Returns the positions after the last round (the initial positions if none ran). */
  public List<Double> finalPositions() {
    return rounds.isEmpty() ? initialPositions : rounds.get(rounds.size() - 1).positions();
  }
}
