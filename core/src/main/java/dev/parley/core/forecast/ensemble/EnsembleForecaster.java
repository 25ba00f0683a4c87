package dev.parley.core.forecast.ensemble;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ensemble as a forecasting model: runs its members on a problem and, on each dimension, weighs
 * their forecasts and the shape of the actors' positions with fitted coefficients ({@link
 * EnsembleParameters}) into a distribution over the dimension's locations; the forecast is its
 * median and the interval at each level is {@code median ± radius}, cut to the scale.
 *
 * <p>The radius is a share of the scale (points of 0–100), calibrated on the data the parameters
 * were fitted on ({@link LocationStacking}); its coverage holds for problems like those, and only
 * approximately for others. Cost: the members' forecasts plus O(d·(n + L·p)) for d dimensions, n
 * actors, L locations and p features.
 */
public final class EnsembleForecaster implements Forecaster {
  /** The ensemble's name, as reports print it. */
  public static final String NAME = "ensemble";

  private final EnsembleParameters parameters;
  private final List<Forecaster> members;
  private final double[] coefficients;

  /**
   * Creates the ensemble.
   *
   * @param members models that include every member the parameters name (others are ignored)
   * @throws IllegalArgumentException if a member is missing
   */
  public EnsembleForecaster(EnsembleParameters parameters, List<Forecaster> members) {
    this.parameters = parameters;
    Map<String, Forecaster> byName = new LinkedHashMap<>();
    for (Forecaster m : members) {
      byName.putIfAbsent(m.name(), m);
    }
    List<Forecaster> ordered = new ArrayList<>();
    for (String name : parameters.members()) {
      Forecaster m = byName.get(name);
      if (m == null) {
        throw new IllegalArgumentException(
            "expected the member '" + name + "' among " + byName.keySet() + ", but found none");
      }
      ordered.add(m);
    }
    this.members = List.copyOf(ordered);
    this.coefficients = parameters.coefficientArray();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean couplesDimensions() {
    return members.stream().anyMatch(Forecaster::couplesDimensions);
  }

  /** Returns the fitted parameters. */
  public EnsembleParameters parameters() {
    return parameters;
  }

  /** Returns the members, in the parameters' order. */
  public List<Forecaster> members() {
    return members;
  }

  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    return new Forecast(NAME, predict(problem, seed).outcome(), List.of(), Map.of());
  }

  /** Runs every member with the seed and returns the ensemble's forecast with its intervals. */
  public EnsembleForecast predict(SpatialProblem problem, Seed seed) {
    Map<String, Forecast> forecasts = new LinkedHashMap<>();
    for (Forecaster m : members) {
      forecasts.put(m.name(), m.forecast(problem, seed));
    }
    return predict(problem, forecasts);
  }

  /**
   * Returns the ensemble's forecast from the members' forecasts of the problem.
   *
   * @param memberForecasts each member's forecast, by name
   * @throws IllegalArgumentException if a member's forecast is missing
   */
  public EnsembleForecast predict(SpatialProblem problem, Map<String, Forecast> memberForecasts) {
    int d = problem.dimensionCount();
    List<Double> outcome = new ArrayList<>();
    List<List<PredictionInterval>> intervals = new ArrayList<>();
    List<OutcomeDistribution> distributions = new ArrayList<>();
    for (int k = 0; k < d; k++) {
      double[] memberOutcomes = new double[members.size()];
      for (int m = 0; m < members.size(); m++) {
        Forecast f = memberForecasts.get(members.get(m).name());
        if (f == null) {
          throw new IllegalArgumentException(
              "expected a forecast by '" + members.get(m).name() + "', but found none");
        }
        memberOutcomes[m] = f.outcome(k);
      }
      double[] probabilities =
          RidgeConditionalLogit.probabilities(
              LocationFeatures.of(problem, k, memberOutcomes), coefficients);
      OutcomeDistribution distribution =
          OutcomeDistribution.of(problem.lower(k), problem.upper(k), probabilities);
      double median = distribution.median();
      double unit = (problem.upper(k) - problem.lower(k)) / (LocationFeatures.LOCATIONS - 1);
      List<PredictionInterval> at = new ArrayList<>();
      for (int l = 0; l < parameters.levels().size(); l++) {
        double r = unit > 0 ? parameters.radii().get(l) * unit : 0;
        at.add(
            new PredictionInterval(
                parameters.levels().get(l),
                Math.max(problem.lower(k), median - r),
                Math.min(problem.upper(k), median + r)));
      }
      outcome.add(median);
      intervals.add(at);
      distributions.add(distribution);
    }
    return new EnsembleForecast(outcome, intervals, distributions);
  }
}
