package dev.parley.core.montecarlo;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.model.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * A scenario with one value drawn for each of its numbers: what one Monte Carlo trial (or one
 * sensitivity run) analyses.
 *
 * <p>The numeric problems are built straight from the values, lazily and at most once per set of
 * values, with the arithmetic of {@link dev.parley.core.forecast.SpatialProblems#from} and {@link
 * dev.parley.core.bargain.BargainingProblems#from}: an actor without a stance on an issue sits at
 * 50 with salience 0 there; saliences are divided by their sum (taken in issue order) when the
 * scenario normalises them; an option is worth its explicit utility, else {@code 1 − |position −
 * ideal| / 100}; every red line is in force. The spatial problem covers the ordered issues only
 * ({@link dev.parley.core.forecast.SpatialProblems#issues}), with saliences normalised over all.
 * Parties are in the canonical order of the layout (sorted by actor id), not the scenario's profile
 * order: {@link #party(int)} maps one to the other.
 *
 * <p>Mutable and not thread-safe: each worker thread owns one and reuses its arrays across trials.
 */
public final class SampledScenario {
  private final ScenarioLayout layout;
  private final double[] values;
  private final double[] weight;
  private final double[] capability;
  private final double[][] position;
  private final double[][] salience;
  private final double[][][] contributions;
  private final double[] disagreement;
  private @Nullable SpatialProblem spatial;
  private @Nullable BargainingProblem bargaining;

  SampledScenario(ScenarioLayout layout) {
    this.layout = layout;
    this.values = layout.parameters().nominal();
    int k = layout.parties;
    int n = layout.issues;
    weight = new double[n];
    capability = new double[k];
    position = new double[k][layout.spatial.length];
    salience = new double[k][layout.spatial.length];
    contributions = new double[k][n][];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        contributions[j][i] = new double[layout.position[i].length];
      }
    }
    disagreement = new double[k];
  }

  /**
   * Replaces every value: {@code x[p]} is parameter {@code p}'s, in {@link ParameterSpace} order.
   */
  public void set(double[] x) {
    if (x.length != values.length) {
      throw new IllegalArgumentException(
          "expected " + values.length + " values, but found " + x.length);
    }
    System.arraycopy(x, 0, values, 0, values.length);
    spatial = null;
    bargaining = null;
  }

  /** Returns the scenario the values are drawn for. */
  public Scenario scenario() {
    return layout.scenario;
  }

  /**
   * Returns the index, in these problems and in the party methods, of the party whose profile has
   * the given index in the scenario.
   */
  public int party(int profile) {
    return layout.party(profile);
  }

  /** Returns the number of parties (profiled actors). */
  public int partyCount() {
    return layout.parties;
  }

  /** Returns the number of issues. */
  public int issueCount() {
    return layout.issues;
  }

  /** Returns parameter {@code p}'s value. */
  public double value(int p) {
    return values[p];
  }

  /** Returns a party's capability. */
  public double capability(int party) {
    return values[layout.capability[party]];
  }

  /** Returns a party's reservation value. */
  public double reservation(int party) {
    return values[layout.reservation[party]];
  }

  /** Returns a party's patience, a discount factor per the period its profile states. */
  public double patience(int party) {
    return values[layout.patience[party]];
  }

  /**
   * Returns the spatial problem of these values (built on first use): its dimensions are the
   * scenario's ordered issues, in order.
   */
  public SpatialProblem spatialProblem() {
    SpatialProblem p = spatial;
    if (p == null) {
      p = buildSpatial();
      spatial = p;
    }
    return p;
  }

  /** Returns the bargaining problem of these values (built on first use). */
  public BargainingProblem bargainingProblem() {
    BargainingProblem p = bargaining;
    if (p == null) {
      p = buildBargaining();
      bargaining = p;
    }
    return p;
  }

  /**
   * Fills {@code weight} with party j's salience weights per issue, normalised if the scenario says
   * so.
   */
  private void weights(int j) {
    int n = layout.issues;
    double total = 0;
    for (int i = 0; i < n; i++) {
      int s = layout.salience[j][i];
      weight[i] = s < 0 ? 0 : values[s];
      total += weight[i];
    }
    if (layout.normalize && total > 0) {
      for (int i = 0; i < n; i++) {
        weight[i] /= total;
      }
    }
  }

  private SpatialProblem buildSpatial() {
    int k = layout.parties;
    int[] spatial = layout.spatial;
    for (int j = 0; j < k; j++) {
      capability[j] = values[layout.capability[j]];
      weights(j);
      for (int d = 0; d < spatial.length; d++) {
        int i = spatial[d];
        int ideal = layout.ideal[j][i];
        position[j][d] = ideal < 0 ? 50 : values[ideal];
        salience[j][d] = weight[i];
      }
    }
    return SpatialProblem.of(
        layout.partyNames, layout.spatialNames, capability, position, salience);
  }

  private BargainingProblem buildBargaining() {
    int k = layout.parties;
    int n = layout.issues;
    for (int j = 0; j < k; j++) {
      weights(j);
      for (int i = 0; i < n; i++) {
        double[] c = contributions[j][i];
        int idealParameter = layout.ideal[j][i];
        if (idealParameter < 0) {
          java.util.Arrays.fill(c, 0);
          continue;
        }
        double w = weight[i];
        int[] explicit = layout.utility[j][i];
        double[] pos = layout.position[i];
        if (explicit != null) {
          for (int o = 0; o < c.length; o++) {
            c[o] = w * (explicit[o] < 0 ? 0 : values[explicit[o]]);
          }
        } else {
          double ideal = values[idealParameter];
          for (int o = 0; o < c.length; o++) {
            c[o] = w * (1 - Math.abs(pos[o] - ideal) / 100);
          }
        }
      }
      disagreement[j] = values[layout.reservation[j]];
    }
    return new BargainingProblem(
        layout.partyNames,
        layout.issueNames,
        layout.optionNames,
        contributions,
        disagreement,
        layout.feasible,
        layout.cap);
  }
}
