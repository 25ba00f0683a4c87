package dev.parley.core.forecast.smp;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete run of the spatial model of politics: every state's positions and the probability of
 * each actor's position, the movement ratio of each turn, and the outcome distribution of the final
 * state.
 *
 * <p>State 0 is the input; state {@code t} follows turn {@code t}. Positions are on the problem's
 * scale. Instances are immutable.
 */
public final class SmpRun {
  private final String model;
  private final SmpParameters parameters;
  private final Seed seed;
  private final List<double[][]> positions;
  private final List<double[]> probabilities;
  private final double[] ratios;
  private final boolean converged;
  private final List<ProbableOutcome> outcomes;

  SmpRun(
      String model,
      SmpParameters parameters,
      Seed seed,
      List<double[][]> positions,
      List<double[]> probabilities,
      double[] ratios,
      boolean converged,
      List<ProbableOutcome> outcomes) {
    this.model = Objects.requireNonNull(model, "model");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.seed = Objects.requireNonNull(seed, "seed");
    this.positions = List.copyOf(positions);
    this.probabilities = List.copyOf(probabilities);
    this.ratios = ratios.clone();
    this.converged = converged;
    this.outcomes = List.copyOf(outcomes);
  }

  /** Returns the name of the model that ran. */
  public String model() {
    return model;
  }

  /** Returns the parameters of the run. */
  public SmpParameters parameters() {
    return parameters;
  }

  /** Returns the seed of the run (unused by deterministic runs). */
  public Seed seed() {
    return seed;
  }

  /** Returns the number of states, the input included: turns + 1. */
  public int stateCount() {
    return positions.size();
  }

  /** Returns the number of turns run. */
  public int turns() {
    return positions.size() - 1;
  }

  /** Returns whether the stopping rule fired before the turn limit. */
  public boolean converged() {
    return converged;
  }

  /** Returns an actor's position on a dimension in a state. */
  public double position(int state, int actor, int dimension) {
    return positions.get(state)[actor][dimension];
  }

  /**
   * Returns the probability, in a state, that the actor's position prevails (actors at the same
   * position share it, so these need not sum to one).
   */
  public double probability(int state, int actor) {
    return probabilities.get(state)[actor];
  }

  /**
   * Returns a turn's total movement as a fraction of the first turn's, the figure KTAB's stopping
   * rule compares with its target.
   *
   * @param turn the turn, from 1
   */
  public double movementRatio(int turn) {
    return ratios[turn - 1];
  }

  /**
   * Returns the distinct positions of the final state with their probabilities, most probable
   * first.
   */
  public List<ProbableOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Returns the expected outcome on each dimension: the probability-weighted mean of the final
   * state's distinct positions.
   */
  public double[] expectedOutcome() {
    int d = positions.get(0).length == 0 ? 0 : positions.get(0)[0].length;
    return expectedOutcome(outcomes, d);
  }

  /** Returns the probability-weighted mean of the outcomes on each of {@code d} dimensions. */
  static double[] expectedOutcome(List<ProbableOutcome> outcomes, int d) {
    double[] out = new double[d];
    double total = 0;
    for (ProbableOutcome o : outcomes) {
      total += o.probability();
    }
    for (ProbableOutcome o : outcomes) {
      for (int k = 0; k < d; k++) {
        out[k] += o.probability() / total * o.position().get(k);
      }
    }
    return out;
  }

  /**
   * Returns the run as a forecast: the expected outcome, the position history, and the turns,
   * whether it converged, and the probability of the most probable final position as details.
   */
  public Forecast toForecast() {
    double[] outcome = expectedOutcome();
    List<List<List<Double>>> history = new ArrayList<>();
    for (double[][] state : positions) {
      List<List<Double>> s = new ArrayList<>();
      for (double[] actor : state) {
        s.add(java.util.Arrays.stream(actor).boxed().toList());
      }
      history.add(s);
    }
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("turns", (double) turns());
    details.put("converged", converged ? 1.0 : 0.0);
    details.put("top_probability", outcomes.isEmpty() ? 0.0 : outcomes.get(0).probability());
    return new Forecast(model, java.util.Arrays.stream(outcome).boxed().toList(), history, details);
  }
}
