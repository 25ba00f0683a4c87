package dev.parley.core.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.montecarlo.BargainingTrials;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.TestScenarios;
import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoSensitivityTest {
  @Test
  void linearModel_swingsByItsCoefficientTimesTheQuantileRange() {
    TornadoResult r =
        new TornadoSensitivity()
            .analyze(FunctionModels.uniform(0, 1, 3, x -> x[0] + 3 * x[1] - 2 * x[2]), Seed.of(1));
    TornadoResult.OutputTornado y = r.outputs().get(0);
    assertThat(y.nominal()).isCloseTo(0.5 + 1.5 - 1, within(1e-12));
    assertThat(y.bars()).extracting(TornadoResult.Bar::parameter).containsExactly("x2", "x3", "x1");
    assertThat(y.bars().get(0).swing()).isCloseTo(3 * 0.9, within(1e-12));
    assertThat(y.bars().get(1).swing()).isCloseTo(2 * 0.9, within(1e-12));
    assertThat(y.bars().get(1).outputAtLow()).isGreaterThan(y.bars().get(1).outputAtHigh());
    assertThat(y.bars().get(2).lowValue()).isCloseTo(0.05, within(1e-12));
    assertThat(y.bars().get(2).highValue()).isCloseTo(0.95, within(1e-12));
  }

  @Test
  void harbour_unionCapabilityMovesTheCompromiseAndReservationsMoveTheMargin() {
    ScenarioModel model =
        ScenarioModel.of(
            TestScenarios.harbour(),
            List.of(new ForecastTrials(new CompromiseModel()), new BargainingTrials()));
    TornadoResult r = new TornadoSensitivity().analyze(model, Seed.of(1));
    TornadoResult.OutputTornado wage = r.output("compromise/wage").orElseThrow();
    assertThat(wage.bars().get(0).parameter()).isEqualTo("profiles/union/capability");
    assertThat(wage.bars().get(0).swing()).isPositive();
    // reservations do not move a spatial forecast
    assertThat(wage.bars())
        .filteredOn(b -> b.parameter().endsWith("reservation"))
        .allSatisfy(b -> assertThat(b.swing()).isZero());
    TornadoResult.OutputTornado margin = r.output("nash/margin").orElseThrow();
    assertThat(margin.bars().get(0).parameter()).endsWith("reservation");
    assertThat(margin.bars().get(0).swing()).isPositive();
  }
}
