package dev.parley.core.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.RandomSpatialProblems;
import dev.parley.core.forecast.SpatialProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationFeaturesTest {
  private static final int HELD = LocationFeatures.STRUCTURAL.indexOf("held");
  private static final int CS = LocationFeatures.STRUCTURAL.indexOf("cs-share");
  private static final int TOP = LocationFeatures.STRUCTURAL.indexOf("top-salience");
  private static final int DEPTH = LocationFeatures.STRUCTURAL.indexOf("median-depth");
  private static final int OUTSIDE = LocationFeatures.STRUCTURAL.indexOf("outside-positions");

  private static SpatialProblem line(
      double[] capability, double[] position, double[] salience, double lower, double upper) {
    int n = position.length;
    double[][] x = new double[n][1];
    double[][] s = new double[n][1];
    List<String> actors = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      x[i][0] = position[i];
      s[i][0] = salience[i];
      actors.add("a" + i);
    }
    return new SpatialProblem(
        actors,
        List.of("d"),
        capability,
        x,
        s,
        new double[] {lower},
        new double[] {upper},
        new double[] {Double.NaN});
  }

  @Test
  void names_areTheStructuralFeaturesThenOneDistancePerMember() {
    assertThat(LocationFeatures.names(List.of("compromise", "median")))
        .hasSize(LocationFeatures.STRUCTURAL.size() + 2)
        .endsWith("distance-to-compromise", "distance-to-median");
  }

  @Test
  void actorsWeighOnTheLocationOfTheirPosition() {
    SpatialProblem p =
        line(new double[] {1, 2, 1}, new double[] {0, 40, 40}, new double[] {1, 0.5, 1}, 0, 100);
    double[][] f = LocationFeatures.of(p, 0, new double[0]);
    for (int g = 0; g < LocationFeatures.LOCATIONS; g++) {
      assertThat(f[g][HELD]).as("location %d", g).isEqualTo(g == 0 || g == 40 ? 1 : 0);
    }
    // capability × salience: 1 at 0, 1 + 1 at 40, of 3.
    assertThat(f[40][CS]).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(f[0][CS]).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(f[40][TOP]).isEqualTo(1);
    // Capability 1 at 0 and 3 at 40, of 4: at 40, 4/4 lie at or below and 3/4 at or above; at 20,
    // 1/4 below and 3/4 above.
    assertThat(f[40][DEPTH]).isCloseTo(0.75, within(1e-12));
    assertThat(f[20][DEPTH]).isCloseTo(0.25, within(1e-12));
    assertThat(f[41][OUTSIDE]).isEqualTo(1);
    assertThat(f[39][OUTSIDE]).isEqualTo(0);
  }

  @Test
  void actorsWithoutAStake_areNotCounted() {
    SpatialProblem p =
        line(new double[] {1, 1, 5}, new double[] {10, 90, 50}, new double[] {1, 1, 0}, 0, 100);
    double[][] f = LocationFeatures.of(p, 0, new double[0]);
    assertThat(f[50][HELD]).isZero();
    assertThat(f[10][CS]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void features_doNotChangeWhenCapabilitiesOrSaliencesAreRescaled() {
    for (int k = 0; k < 50; k++) {
      SpatialProblem p = RandomSpatialProblems.problem(RandomSpatialProblems.SEED, k, 8, 1);
      double[] c = p.capabilities();
      double[][] s = p.saliences();
      for (int i = 0; i < c.length; i++) {
        c[i] *= 7;
        s[i][0] *= 0.3;
      }
      SpatialProblem q =
          new SpatialProblem(
              p.actors(),
              p.dimensions(),
              c,
              p.positions(),
              s,
              new double[] {0},
              new double[] {100},
              new double[] {p.reference(0)});
      double[] members = {42.5, 7};
      double[][] a = LocationFeatures.of(p, 0, members);
      double[][] b = LocationFeatures.of(q, 0, members);
      for (int g = 0; g < a.length; g++) {
        for (int j = 0; j < a[g].length; j++) {
          assertThat(b[g][j])
              .as("problem %d location %d feature %d", k, g, j)
              .isCloseTo(a[g][j], within(1e-12));
        }
      }
    }
  }

  @Test
  void aScaleOtherThan0To100_isMappedOntoTheLocations() {
    SpatialProblem unit =
        line(new double[] {1, 2}, new double[] {10, 15}, new double[] {1, 1}, 10, 20);
    SpatialProblem percent =
        line(new double[] {1, 2}, new double[] {0, 50}, new double[] {1, 1}, 0, 100);
    assertThat(LocationFeatures.locationOf(unit, 0, 15)).isEqualTo(50);
    assertThat(LocationFeatures.positionOf(unit, 0, 50)).isEqualTo(15);
    double[][] a = LocationFeatures.of(unit, 0, new double[] {12});
    double[][] b = LocationFeatures.of(percent, 0, new double[] {20});
    for (int g = 0; g < a.length; g++) {
      for (int j = 0; j < a[g].length; j++) {
        assertThat(a[g][j]).isCloseTo(b[g][j], within(1e-12));
      }
    }
  }

  @Test
  void aMemberWithoutAFiniteForecast_isLeftOut() {
    SpatialProblem p =
        line(new double[] {1, 1}, new double[] {0, 100}, new double[] {1, 1}, 0, 100);
    double[][] f = LocationFeatures.of(p, 0, new double[] {Double.NaN, 30});
    int nan = LocationFeatures.STRUCTURAL.size();
    for (int g = 0; g < f.length; g++) {
      assertThat(f[g][nan]).isZero();
      assertThat(f[g][nan + 1]).isCloseTo(Math.abs(g - 30) / 100.0, within(1e-12));
    }
  }
}
