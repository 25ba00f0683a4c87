package dev.parley.core.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.WeightedMedianModel;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.forecast.nash.BargainingWeight;
import dev.parley.core.forecast.nash.Disagreement;
import dev.parley.core.forecast.nash.NashBargainingModel;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnsembleForecasterTest {
  /** The members as the command line registers them. */
  private static List<Forecaster> registered() {
    return List.of(
        new CompromiseModel(),
        new WeightedMedianModel(),
        SpatialModelOfPolitics.ktab(),
        SpatialModelOfPolitics.corrected(),
        new NashBargainingModel(
            "nash-worst", Disagreement.WORST_POINT, BargainingWeight.CAPABILITY_SALIENCE),
        ExpectedUtilityModel.scholzCode(),
        ExpectedUtilityModel.paper(),
        new ExchangeModel());
  }

  /** A small ensemble over the compromise and the median, with made-up coefficients. */
  private static EnsembleForecaster small() {
    List<Double> coefficients = new ArrayList<>();
    for (int j = 0; j < LocationFeatures.STRUCTURAL.size(); j++) {
      coefficients.add(0.5 * (j % 4) - 0.5);
    }
    coefficients.add(-3.0);
    coefficients.add(-1.0);
    EnsembleParameters parameters =
        new EnsembleParameters(
            List.of("compromise", "median"),
            coefficients,
            1,
            List.of(0.5, 0.8),
            List.of(10.0, 30.0),
            "made up");
    return new EnsembleForecaster(
        parameters, List.of(new WeightedMedianModel(), new CompromiseModel()));
  }

  @Test
  void deuEnsemble_runsOnAnyProblemWithNestedIntervalsAroundItsForecast() {
    EnsembleForecaster ensemble = new EnsembleForecaster(DeuEnsemble.parameters(), registered());
    assertThat(ensemble.couplesDimensions()).isTrue();
    for (int k = 0; k < 12; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 6, 2);
      EnsembleForecast f = ensemble.predict(p, Seed.of(1));
      for (int d = 0; d < p.dimensionCount(); d++) {
        double x = f.outcome(d);
        assertThat(x).isBetween(p.lower(d), p.upper(d));
        PredictionInterval previous = null;
        for (double level : DeuEnsemble.parameters().levels()) {
          PredictionInterval i = f.interval(d, level);
          assertThat(i.contains(x)).isTrue();
          assertThat(i.lower()).isGreaterThanOrEqualTo(p.lower(d));
          assertThat(i.upper()).isLessThanOrEqualTo(p.upper(d));
          if (previous != null) {
            assertThat(i.lower()).isLessThanOrEqualTo(previous.lower());
            assertThat(i.upper()).isGreaterThanOrEqualTo(previous.upper());
          }
          previous = i;
        }
        assertThat(f.distributions().get(d).median()).isEqualTo(x);
      }
      assertThat(ensemble.forecast(p, Seed.of(1)).outcome()).isEqualTo(f.outcome());
    }
  }

  @Test
  void deuParameters_nameTheirMembersAndACoefficientPerFeature() {
    EnsembleParameters p = DeuEnsemble.parameters();
    assertThat(p.members()).isEqualTo(DeuEnsemble.MEMBERS);
    assertThat(p.coefficients()).hasSize(LocationFeatures.names(DeuEnsemble.MEMBERS).size());
    assertThat(p.radii()).isSorted();
    assertThat(p.radius(0.8)).isPositive();
    assertThat(p.source()).contains("doi:10.34810/data53");
  }

  @Test
  void forecast_followsTheScaleOfTheDimension() {
    // The same problem on 0–100 and on 10–20: the ensemble's forecast and intervals map across.
    SpatialProblem percent = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, 3, 6, 1);
    double[][] x = percent.positions();
    for (double[] row : x) {
      row[0] = 10 + row[0] / 10;
    }
    SpatialProblem narrow =
        new SpatialProblem(
            percent.actors(),
            percent.dimensions(),
            percent.capabilities(),
            x,
            percent.saliences(),
            new double[] {10},
            new double[] {20},
            new double[] {Double.NaN});
    EnsembleForecaster ensemble = small();
    EnsembleForecast a = ensemble.predict(percent, Seed.of(1));
    EnsembleForecast b = ensemble.predict(narrow, Seed.of(1));
    assertThat(b.outcome(0)).isCloseTo(10 + a.outcome(0) / 10, within(1e-9));
    assertThat(b.interval(0, 0.8).lower())
        .isCloseTo(10 + a.interval(0, 0.8).lower() / 10, within(1e-9));
    assertThat(b.interval(0, 0.8).upper())
        .isCloseTo(10 + a.interval(0, 0.8).upper() / 10, within(1e-9));
  }

  @Test
  void predict_usesTheMembersForecastsItIsGiven() {
    SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, 5, 6, 1);
    EnsembleForecaster ensemble = small();
    Map<String, Forecast> forecasts = new LinkedHashMap<>();
    for (Forecaster m : ensemble.members()) {
      forecasts.put(m.name(), m.forecast(p, Seed.of(1)));
    }
    assertThat(ensemble.predict(p, forecasts)).isEqualTo(ensemble.predict(p, Seed.of(1)));
    forecasts.remove("median");
    assertThatThrownBy(() -> ensemble.predict(p, forecasts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'median'");
  }

  @Test
  void aDimensionWithoutWidth_isForecastAtItsOnlyPointEvenWithAnInfiniteRadius() {
    SpatialProblem flat =
        new SpatialProblem(
            List.of("a", "b"),
            List.of("d"),
            new double[] {1, 1},
            new double[][] {{5}, {5}},
            new double[][] {{1}, {1}},
            new double[] {5},
            new double[] {5},
            new double[] {Double.NaN});
    EnsembleParameters p = small().parameters();
    EnsembleParameters unbounded =
        new EnsembleParameters(
            p.members(),
            p.coefficients(),
            p.penalty(),
            p.levels(),
            List.of(10.0, Double.POSITIVE_INFINITY),
            p.source());
    EnsembleForecast f =
        new EnsembleForecaster(unbounded, small().members()).predict(flat, Seed.of(1));
    assertThat(f.outcome(0)).isEqualTo(5);
    assertThat(f.interval(0, 0.8)).isEqualTo(new PredictionInterval(0.8, 5, 5));
  }

  @Test
  void aMissingMember_isAProgrammerError() {
    assertThatThrownBy(
            () ->
                new EnsembleForecaster(
                    DeuEnsemble.parameters(), Collections.singletonList(new CompromiseModel())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'median'");
  }
}
