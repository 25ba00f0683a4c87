package dev.parley.core.forecast.smp;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * KAPSARC's spatial model of politics (KTAB SMP) as a forecaster: a turn-by-turn simulation in
 * which every actor challenges the actor it gains most from challenging, the two bargain, and every
 * actor adopts the bargain a probabilistic Condorcet election among the bargains naming it favours,
 * until the actors' movement falls below 2 % of the first turn's.
 *
 * <p>Source: the KAPSARC Toolkit for Behavioral Analysis (KTAB, MIT licence), its SMP as of 2019;
 * the mathematics is set out in {@code docs/forecast-smp.md}. Positions are scaled to {@code [0,
 * 1]} on each dimension's scale and back. Saliences are the actors' shares of attention: their sum
 * over dimensions is at most 1, and one minus it is the chance a target does not resist. Cost per
 * turn: O(n³ + n²·d) time and O(n³) memory for n actors and d dimensions.
 *
 * <p>The forecast is the expected outcome, the probability-weighted mean of the final state's
 * distinct positions; {@link #run} gives the whole history and the outcome distribution.
 */
public final class SpatialModelOfPolitics implements Forecaster {
  private final SmpVariant variant;
  private final SmpParameters parameters;

  /** Creates the model in the given variant with the given parameters. */
  public SpatialModelOfPolitics(SmpVariant variant, SmpParameters parameters) {
    this.variant = Objects.requireNonNull(variant, "variant");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Returns KTAB's model with KTAB's default parameters, named {@code smp-ktab}. */
  public static SpatialModelOfPolitics ktab() {
    return new SpatialModelOfPolitics(SmpVariant.KTAB, SmpParameters.ktabDefaults());
  }

  /** Returns the corrected model with KTAB's default parameters, named {@code smp}. */
  public static SpatialModelOfPolitics corrected() {
    return new SpatialModelOfPolitics(SmpVariant.CORRECTED, SmpParameters.ktabDefaults());
  }

  /** Returns the same variant with other parameters. */
  public SpatialModelOfPolitics withParameters(SmpParameters other) {
    return new SpatialModelOfPolitics(variant, other);
  }

  /** Returns the variant. */
  public SmpVariant variant() {
    return variant;
  }

  /** Returns the parameters. */
  public SmpParameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return variant == SmpVariant.KTAB ? "smp-ktab" : "smp";
  }

  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    return run(problem, null, seed).toForecast();
  }

  /**
   * Runs the model.
   *
   * @param problem the actors, their capabilities, positions and saliences
   * @param accommodation {@code a[i][j]}, how far actor i's ideal moves toward actor j's new
   *     position each turn (rows sum to at most 1); null for the identity, ideals that follow
   *     positions
   * @param seed the seed of the random draws of stochastic transitions
   */
  public SmpRun run(
      SpatialProblem problem, double @Nullable [] @Nullable [] accommodation, Seed seed) {
    return execute(problem, accommodation, seed, null);
  }

  /**
   * Runs the model with the bargains chosen by {@code choice} rather than by the model's transition
   * rule, to replay a recorded stochastic run.
   */
  public SmpRun replay(
      SpatialProblem problem,
      double @Nullable [] @Nullable [] accommodation,
      BargainChoice choice) {
    return execute(problem, accommodation, Seed.of(0), Objects.requireNonNull(choice, "choice"));
  }

  /**
   * Writes the forecast of every dimension to {@code out[offset, offset + d)}, d the number of
   * dimensions: the same numbers, bit for bit, as {@code forecast(problem, seed).outcome()},
   * without recording the history, and on the calling thread only. This is the path for many
   * forecasts run side by side, such as Monte Carlo trials.
   */
  public void forecastOutcome(SpatialProblem problem, Seed seed, double[] out, int offset) {
    int d = problem.dimensionCount();
    Objects.checkFromIndexSize(offset, d, out.length);
    SmpEngine engine = engine(problem, null, seed, null, false);
    SmpEngine.Trace trace = engine.run(unit(problem), false);
    double[] expected = SmpRun.expectedOutcome(outcomes(problem, trace), d);
    System.arraycopy(expected, 0, out, offset, d);
  }

  private SmpRun execute(
      SpatialProblem problem,
      double @Nullable [] @Nullable [] accommodation,
      Seed seed,
      @Nullable BargainChoice choice) {
    SmpEngine engine = engine(problem, accommodation, seed, choice, true);
    SmpEngine.Trace trace = engine.run(unit(problem), true);
    List<double[][]> positions = new ArrayList<>();
    for (double[][] state : trace.positions()) {
      positions.add(scaled(problem, state));
    }
    return new SmpRun(
        name(),
        parameters,
        seed,
        positions,
        trace.probabilities(),
        trace.ratios(),
        trace.converged(),
        outcomes(problem, trace));
  }

  /** Checks the problem and returns an engine for it. */
  private SmpEngine engine(
      SpatialProblem problem,
      double @Nullable [] @Nullable [] accommodation,
      Seed seed,
      @Nullable BargainChoice choice,
      boolean parallel) {
    int n = problem.actorCount();
    int d = problem.dimensionCount();
    if (n < 2 || d < 1) {
      throw new IllegalArgumentException(
          "expected at least 2 actors and 1 dimension, but found " + n + " and " + d);
    }
    double[][] salience = problem.saliences();
    double[] capability = problem.capabilities();
    for (int i = 0; i < n; i++) {
      if (!(capability[i] >= 0) || Double.isInfinite(capability[i])) {
        throw new IllegalArgumentException(
            "expected a finite capability >= 0 for actor " + i + ", but found " + capability[i]);
      }
      for (int k = 0; k < d; k++) {
        if (!(salience[i][k] >= 0)) {
          throw new IllegalArgumentException(
              "expected saliences >= 0 for actor " + i + ", but found " + salience[i][k]);
        }
      }
    }
    double @Nullable [][] a = accommodation == null ? null : checkedAccommodation(accommodation, n);
    return new SmpEngine(parameters, variant, capability, salience, a, seed, choice, parallel);
  }

  /** Returns the actors' positions on the unit scale of each dimension. */
  private static double[][] unit(SpatialProblem problem) {
    int n = problem.actorCount();
    int d = problem.dimensionCount();
    double[][] unit = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        double span = problem.upper(k) - problem.lower(k);
        unit[i][k] = (problem.position(i, k) - problem.lower(k)) / span;
      }
    }
    return unit;
  }

  /** Returns the final state's distinct positions on the problem's scale, most probable first. */
  private static List<ProbableOutcome> outcomes(SpatialProblem problem, SmpEngine.Trace trace) {
    double[][] finals = scaled(problem, trace.outcomes().get(0));
    double[] p = trace.outcomeProbabilities().get(0);
    List<ProbableOutcome> outcomes = new ArrayList<>();
    for (int r = 0; r < finals.length; r++) {
      outcomes.add(
          new ProbableOutcome(
              java.util.Arrays.stream(finals[r]).boxed().toList(),
              p[r],
              java.util.Arrays.stream(trace.outcomeActors().get(r)).boxed().toList()));
    }
    outcomes.sort(Comparator.comparingDouble(ProbableOutcome::probability).reversed());
    return outcomes;
  }

  private static double[][] scaled(SpatialProblem problem, double[][] unit) {
    double[][] out = new double[unit.length][];
    for (int i = 0; i < unit.length; i++) {
      out[i] = new double[unit[i].length];
      for (int k = 0; k < unit[i].length; k++) {
        out[i][k] = problem.lower(k) + unit[i][k] * (problem.upper(k) - problem.lower(k));
      }
    }
    return out;
  }

  private static double[][] checkedAccommodation(double[] @Nullable [] a, int n) {
    if (a.length != n) {
      throw new IllegalArgumentException(
          "expected an accommodation matrix of " + n + " rows, but found " + a.length);
    }
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] row = a[i];
      if (row == null || row.length != n) {
        throw new IllegalArgumentException("expected " + n + " accommodation columns in row " + i);
      }
      double sum = 0;
      for (double x : row) {
        if (!(x >= 0 && x <= 1)) {
          throw new IllegalArgumentException(
              "expected accommodation rates in [0, 1], but found " + x + " in row " + i);
        }
        sum += x;
      }
      if (sum > 1 + 1e-10) {
        throw new IllegalArgumentException(
            "expected accommodation rows to sum to at most 1, but row " + i + " sums to " + sum);
      }
      out[i] = row.clone();
    }
    return out;
  }
}
