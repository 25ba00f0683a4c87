package dev.parley.core.montecarlo;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Objects;

/**
 * Every trial's outputs of one run: a table with a row per trial and a column per output, with the
 * seed that produced it.
 *
 * <p>Immutable; the table is copied in and columns are copied out.
 */
public final class TrialOutputs {
  private final Seed seed;
  private final List<String> names;
  private final int trials;
  private final double[] data;

  /**
   * Creates the table.
   *
   * @param data row-major: trial {@code i}'s output {@code c} at {@code i · names.size() + c}
   */
  public TrialOutputs(Seed seed, List<String> names, int trials, double[] data) {
    this(seed, names, trials, data, true);
  }

  /**
   * Creates the table, copying {@code data} or, for the runner, which hands over its own array,
   * taking it as it is.
   */
  TrialOutputs(Seed seed, List<String> names, int trials, double[] data, boolean copy) {
    this.seed = Objects.requireNonNull(seed, "seed");
    this.names = List.copyOf(names);
    if (trials < 0 || data.length != (long) trials * this.names.size()) {
      throw new IllegalArgumentException(
          "expected " + trials + " × " + this.names.size() + " values, but found " + data.length);
    }
    this.trials = trials;
    this.data = copy ? data.clone() : data;
  }

  /** Returns the seed of the run. */
  public Seed seed() {
    return seed;
  }

  /** Returns the number of trials. */
  public int trials() {
    return trials;
  }

  /** Returns the outputs' names, in column order. */
  public List<String> names() {
    return names;
  }

  /** Returns the number of outputs per trial. */
  public int width() {
    return names.size();
  }

  /** Returns the column of the output with the given name, or -1. */
  public int indexOf(String name) {
    return names.indexOf(name);
  }

  /** Returns trial {@code trial}'s value of output {@code column}. */
  public double value(int trial, int column) {
    return data[trial * names.size() + column];
  }

  /** Returns every trial's value of output {@code column}, in trial order, as a new array. */
  public double[] column(int column) {
    Objects.checkIndex(column, names.size());
    int w = names.size();
    double[] out = new double[trials];
    for (int i = 0; i < trials; i++) {
      out[i] = data[i * w + column];
    }
    return out;
  }
}
