package dev.parley.app;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.WeightedMedianModel;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.forecast.nash.BargainingWeight;
import dev.parley.core.forecast.nash.Disagreement;
import dev.parley.core.forecast.nash.NashBargainingModel;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forecasting models the command line offers, by name, in report order. */
public final class ForecastModels {
  private static final Map<String, Forecaster> MODELS = new LinkedHashMap<>();

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
  }

  private ForecastModels() {}

  private static void register(Forecaster model) {
    MODELS.put(model.name(), model);
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
}
