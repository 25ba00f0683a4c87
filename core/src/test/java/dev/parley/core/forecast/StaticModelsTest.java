package dev.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticModelsTest {
  private static SpatialProblem oneDimension(
      double[] capability, double[] position, double[] salience) {
    double[][] x = new double[position.length][1];
    double[][] s = new double[position.length][1];
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < position.length; i++) {
      x[i][0] = position[i];
      s[i][0] = salience[i];
      names.add("a" + i);
    }
    return SpatialProblem.of(names, List.of("d"), capability, x, s);
  }

  @Test
  void compromise_isTheCapabilitySalienceWeightedMean() {
    SpatialProblem p =
        oneDimension(new double[] {1, 2, 3}, new double[] {0, 50, 100}, new double[] {1, 0.5, 0.5});
    // weights 1, 1, 1.5 -> (0 + 50 + 150) / 3.5
    assertThat(new CompromiseModel().forecast(p, Seed.of(1)).outcome(0))
        .isCloseTo(200 / 3.5, within(1e-12));
  }

  @Test
  void weightedMedian_isThePositionHoldingHalfTheWeight() {
    SpatialProblem p =
        oneDimension(new double[] {1, 1, 3}, new double[] {10, 20, 90}, new double[] {1, 1, 1});
    assertThat(new WeightedMedianModel().forecast(p, Seed.of(1)).outcome(0)).isEqualTo(90);
    SpatialProblem even =
        oneDimension(new double[] {1, 1}, new double[] {10, 20}, new double[] {1, 1});
    assertThat(new WeightedMedianModel().forecast(even, Seed.of(1)).outcome(0)).isEqualTo(15);
  }

  @Test
  void models_ignoreActorsWithoutWeight() {
    SpatialProblem p =
        oneDimension(new double[] {1, 1, 0}, new double[] {40, 60, 100}, new double[] {1, 1, 1});
    assertThat(new CompromiseModel().forecast(p, Seed.of(1)).outcome(0))
        .isCloseTo(50, within(1e-12));
  }
}
