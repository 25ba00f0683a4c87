package dev.parley.core.forecast;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model predicts: the outcome on each dimension, and for dynamic models the actors'
 * positions round by round.
 *
 * @param model the model's name, as the command line accepts it
 * @param outcome the predicted position on each dimension, in dimension order
 * @param history the actors' positions at each round, {@code history[round][actor][dimension]};
 *     round 0 is the input; empty for static models
 * @param details model-specific figures worth reporting (rounds run, convergence measure, ...)
 */
public record Forecast(
    String model,
    List<Double> outcome,
    List<List<List<Double>>> history,
    Map<String, Double> details) {
  /** Validates and copies the fields. */
  public Forecast {
    Objects.requireNonNull(model, "model");
    outcome = List.copyOf(outcome);
    history = history.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }

  /** Returns a static forecast: an outcome without history. */
  public static Forecast of(String model, double[] outcome) {
    return new Forecast(
        model, java.util.Arrays.stream(outcome).boxed().toList(), List.of(), Map.of());
  }

  /** Returns the predicted position on a dimension. */
  public double outcome(int dimension) {
    return outcome.get(dimension);
  }
}
