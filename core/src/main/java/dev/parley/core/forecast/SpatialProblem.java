package dev.parley.core.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * A spatial forecasting problem: actors with a capability, and on each dimension (issue) a position
 * and a salience, plus optionally the reference point (status quo) of each dimension.
 *
 * <p>Positions are on the dimension's own scale, {@code [lower, upper]} (0–100 for scenario issues
 * and the DEU data). Saliences are shares of attention, 0 to 1. Instances are immutable; arrays are
 * copied in and out.
 */
public final class SpatialProblem {
  private final List<String> actors;
  private final List<String> dimensions;
  private final double[] capability;
  private final double[][] position;
  private final double[][] salience;
  private final double[] lower;
  private final double[] upper;
  private final double[] reference;

  /**
   * Creates a problem.
   *
   * @param capability {@code [actor]}, non-negative
   * @param position {@code [actor][dimension]}
   * @param salience {@code [actor][dimension]}, 0 to 1
   * @param lower each dimension's scale minimum
   * @param upper each dimension's scale maximum
   * @param reference each dimension's reference point, or NaN where there is none
   */
  public SpatialProblem(
      List<String> actors,
      List<String> dimensions,
      double[] capability,
      double[][] position,
      double[][] salience,
      double[] lower,
      double[] upper,
      double[] reference) {
    this.actors = List.copyOf(actors);
    this.dimensions = List.copyOf(dimensions);
    int n = this.actors.size();
    int d = this.dimensions.size();
    if (capability.length != n || position.length != n || salience.length != n) {
      throw new IllegalArgumentException(
          "expected capability, position and salience for " + n + " actors");
    }
    if (lower.length != d || upper.length != d || reference.length != d) {
      throw new IllegalArgumentException(
          "expected bounds and reference points for " + d + " dimensions");
    }
    this.capability = capability.clone();
    this.position = new double[n][];
    this.salience = new double[n][];
    for (int i = 0; i < n; i++) {
      if (position[i].length != d || salience[i].length != d) {
        throw new IllegalArgumentException(
            "actor " + i + ": expected " + d + " positions and saliences");
      }
      this.position[i] = position[i].clone();
      this.salience[i] = salience[i].clone();
    }
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.reference = reference.clone();
  }

  /** Returns a problem on the 0–100 scale without reference points. */
  public static SpatialProblem of(
      List<String> actors,
      List<String> dimensions,
      double[] capability,
      double[][] position,
      double[][] salience) {
    int d = dimensions.size();
    double[] lo = new double[d];
    double[] hi = new double[d];
    double[] ref = new double[d];
    Arrays.fill(hi, 100);
    Arrays.fill(ref, Double.NaN);
    return new SpatialProblem(actors, dimensions, capability, position, salience, lo, hi, ref);
  }

  /** Returns the actors' names. */
  public List<String> actors() {
    return actors;
  }

  /** Returns the dimensions' names. */
  public List<String> dimensions() {
    return dimensions;
  }

  /** Returns the number of actors. */
  public int actorCount() {
    return actors.size();
  }

  /** Returns the number of dimensions. */
  public int dimensionCount() {
    return dimensions.size();
  }

  /** Returns an actor's capability. */
  public double capability(int actor) {
    return capability[actor];
  }

  /** Returns an actor's position on a dimension. */
  public double position(int actor, int dimension) {
    return position[actor][dimension];
  }

  /** Returns an actor's salience of a dimension. */
  public double salience(int actor, int dimension) {
    return salience[actor][dimension];
  }

  /** Returns a dimension's scale minimum. */
  public double lower(int dimension) {
    return lower[dimension];
  }

  /** Returns a dimension's scale maximum. */
  public double upper(int dimension) {
    return upper[dimension];
  }

  /** Returns a dimension's reference point, or NaN if it has none. */
  public double reference(int dimension) {
    return reference[dimension];
  }

  /** Returns whether a dimension has a reference point. */
  public boolean hasReference(int dimension) {
    return !Double.isNaN(reference[dimension]);
  }

  /** Returns every actor's capabilities, as a new array. */
  public double[] capabilities() {
    return capability.clone();
  }

  /** Returns every actor's positions, {@code [actor][dimension]}, as new arrays. */
  public double[][] positions() {
    double[][] out = new double[position.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = position[i].clone();
    }
    return out;
  }

  /** Returns every actor's saliences, {@code [actor][dimension]}, as new arrays. */
  public double[][] saliences() {
    double[][] out = new double[salience.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = salience[i].clone();
    }
    return out;
  }

  /** Returns a copy with other positions, as dynamic models produce round by round. */
  public SpatialProblem withPositions(double[][] newPositions) {
    return new SpatialProblem(
        actors, dimensions, capability, newPositions, salience, lower, upper, reference);
  }
}
