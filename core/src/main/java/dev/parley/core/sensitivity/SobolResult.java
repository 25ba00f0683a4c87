package dev.parley.core.sensitivity;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sobol's first-order and total indices of every output, with bootstrap confidence intervals.
 *
 * @param seed the seed of the sample and of the bootstrap
 * @param samples N, the rows of the base matrices A and B
 * @param evaluations the model evaluations made, N(k + 2)
 * @param bootstrap the number of bootstrap resamples
 * @param confidence the coverage of the intervals, such as 0.95
 */
public record SobolResult(
    Seed seed,
    int samples,
    int evaluations,
    int bootstrap,
    double confidence,
    List<OutputIndices> outputs) {
  /** Validates and copies the fields. */
  public SobolResult {
    Objects.requireNonNull(seed, "seed");
    outputs = List.copyOf(outputs);
  }

  /** Returns the indices of the output with the given name, if there is one. */
  public Optional<OutputIndices> output(String name) {
    return outputs.stream().filter(o -> o.output().equals(name)).findFirst();
  }

  /**
   * The indices of one output.
   *
   * @param rows the rows of A and B on which every evaluation of the output was defined
   * @param variance the output's variance over A and B; the indices are NaN when it is 0
   * @param indices one per uncertain parameter, in parameter order
   */
  public record OutputIndices(String output, int rows, double variance, List<Index> indices) {
    /** Validates and copies the fields. */
    public OutputIndices {
      Objects.requireNonNull(output, "output");
      indices = List.copyOf(indices);
    }

    /** Returns the index of the parameter with the given name, if there is one. */
    public Optional<Index> index(String parameter) {
      return indices.stream().filter(i -> i.parameter().equals(parameter)).findFirst();
    }
  }

  /**
   * One parameter's indices for one output, each with its bootstrap interval and standard error.
   *
   * @param first the first-order index S_i
   * @param total the total index ST_i
   */
  public record Index(
      String parameter,
      double first,
      double firstLow,
      double firstHigh,
      double firstStandardError,
      double total,
      double totalLow,
      double totalHigh,
      double totalStandardError) {
    /** Validates the fields. */
    public Index {
      Objects.requireNonNull(parameter, "parameter");
    }
  }
}
