package dev.parley.core.forecast.smp;

import java.util.List;
import java.util.Objects;

/**
 * One distinct position of the final state with its probability of prevailing: the probabilistic
 * Condorcet election among the distinct final positions, every actor voting by its own utility.
 *
 * @param position the position on each dimension, on the problem's scale
 * @param probability the probability that this position prevails, 0 to 1
 * @param actors the indexes of the actors that hold it
 */
public record ProbableOutcome(List<Double> position, double probability, List<Integer> actors) {
  /** Validates and copies the fields. */
  public ProbableOutcome {
    position = List.copyOf(position);
    actors = List.copyOf(actors);
    if (!(probability >= 0 && probability <= 1 + 1e-9)) {
      throw new IllegalArgumentException(
          "expected a probability in [0, 1], but found " + probability);
    }
    Objects.requireNonNull(position, "position");
  }
}
