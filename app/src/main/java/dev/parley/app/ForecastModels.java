package dev.parley.app;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.WeightedMedianModel;
import dev.parley.core.forecast.ensemble.DeuEnsemble;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.forecast.nash.BargainingWeight;
import dev.parley.core.forecast.nash.Disagreement;
import dev.parley.core.forecast.nash.NashBargainingModel;
import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forecasting models the command line offers, by name, in report order; the ensemble fitted on
 * DEU over them; and what the DEU evaluation says about each ({@link ModelStanding}).
 *
 * <p>The DEU figures are measured by {@code parley evaluate deu} with seed {@value
 * DeuEnsemble#SEED} (docs/forecast-evaluation.md) and shipped here so that forecasts can be
 * labelled without the data; {@code EvaluateDeuTest} measures them again and checks that they
 * match.
 */
public final class ForecastModels {
  /** The name of the ensemble's forecasts. */
  public static final String ENSEMBLE_NAME = EnsembleForecaster.NAME;

  private static final Map<String, Forecaster> MODELS = new LinkedHashMap<>();
  private static final Map<String, ModelStanding> STANDINGS = new LinkedHashMap<>();
  private static final EnsembleForecaster ENSEMBLE;

  static {
    register(new CompromiseModel());
    register(new WeightedMedianModel());
    register(SpatialModelOfPolitics.ktab());
    register(SpatialModelOfPolitics.corrected());
    register(new NashBargainingModel());
    register(
        new NashBargainingModel(
            "nash-worst", Disagreement.WORST_POINT, BargainingWeight.CAPABILITY_SALIENCE));
    register(ExpectedUtilityModel.scholzCode());
    register(ExpectedUtilityModel.paper());
    register(new ExchangeModel());
    ENSEMBLE = new EnsembleForecaster(DeuEnsemble.parameters(), List.copyOf(MODELS.values()));
    stand(
        EnsembleForecaster.NAME,
        DeuEnsemble.HELD_OUT_MAE,
        DeuEnsemble.HELD_OUT_COVERAGE_80,
        true,
        "fitted on DEU; its error there is held out (proposals it was not fitted on)");
    stand("compromise", 23.069763238926672, 0.8016997167138811, true, "");
    stand("median", 28.41643059490085, 0.8215297450424929, true, "");
    stand("smp-ktab", 25.017139556432163, 0.8016997167138811, true, "");
    stand("smp", 24.988894428399398, 0.8073654390934845, true, "");
    stand(
        "nash",
        38.06242245077805,
        0.8186968838526912,
        true,
        "on DEU it mostly forecasts the reference point (status quo), hence its error");
    stand(
        "nash-worst",
        23.62247999011538,
        0.8045325779036827,
        true,
        "registered after the DEU results were seen");
    stand("eum-scholz", 28.957542970469436, 0.8130311614730878, true, "");
    stand(
        "eum-paper",
        30.96012312820984,
        0.8073654390934845,
        false,
        "does not reproduce its source: the paper's equations as printed do not give its Table 2");
    stand("exchange", 23.516301619510774, 0.7875354107648725, true, "");
  }

  private ForecastModels() {}

  private static void register(Forecaster model) {
    MODELS.put(model.name(), model);
  }

  private static void stand(
      String model, double mae, double coverage, boolean reproduces, String caveat) {
    STANDINGS.put(model, new ModelStanding(model, mae, coverage, reproduces, caveat));
  }

  /**
   * Returns whether a model draws from its seed, so that its forecasts of the same problem may
   * differ from trial to trial: a spatial model of politics with stochastic transitions. The
   * registered models are all deterministic; an unknown name is taken to be stochastic.
   */
  public static boolean isStochastic(String name) {
    Forecaster model = MODELS.get(name);
    return model == null
        || (model instanceof SpatialModelOfPolitics smp
            && smp.parameters().transitions() == SmpParameters.Transitions.STOCHASTIC);
  }

  /** Returns every model, in report order. */
  public static List<Forecaster> all() {
    return List.copyOf(MODELS.values());
  }

  /** Returns the names of every model. */
  public static List<String> names() {
    return List.copyOf(MODELS.keySet());
  }

  /** Returns the model with the given name, if there is one. */
  public static Optional<Forecaster> named(String name) {
    return Optional.ofNullable(MODELS.get(name));
  }

  /** Returns the ensemble fitted on DEU ({@link DeuEnsemble}) over the registered models. */
  public static EnsembleForecaster ensemble() {
    return ENSEMBLE;
  }

  /**
   * Returns what the DEU evaluation says about a registered model or the ensemble ({@value
   * EnsembleForecaster#NAME}), if it was evaluated.
   */
  public static Optional<ModelStanding> standing(String name) {
    return Optional.ofNullable(STANDINGS.get(name));
  }
}
