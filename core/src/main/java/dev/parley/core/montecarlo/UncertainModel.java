package dev.parley.core.montecarlo;

import dev.parley.core.random.Seed;
import java.util.List;

/**
 * A model whose inputs are uncertain: a function from one value per {@link Parameter} to a fixed
 * list of numeric outputs, which Monte Carlo and sensitivity analyses evaluate many times.
 *
 * <p>Implementations are immutable and thread-safe; each thread evaluates through its own {@link
 * Evaluator}.
 */
public interface UncertainModel {
  /** Returns the inputs, in the order evaluations receive their values. */
  ParameterSpace parameters();

  /** Returns the names of the outputs, in the order evaluations write them. */
  List<String> outputs();

  /** Returns a new evaluator for one thread. */
  Evaluator evaluator();

  /** Evaluates the model for one thread, reusing its scratch space. */
  @FunctionalInterface
  interface Evaluator {
    /**
     * Evaluates the model at {@code x} and writes its outputs to {@code out[offset, offset +
     * outputs().size())}.
     *
     * @param x one value per parameter
     * @param seed the seed of this evaluation, for stochastic models
     */
    void evaluate(double[] x, Seed seed, double[] out, int offset);
  }
}
