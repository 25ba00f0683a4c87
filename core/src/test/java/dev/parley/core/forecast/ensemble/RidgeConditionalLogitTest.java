package dev.parley.core.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RidgeConditionalLogitTest {
  private static final double[] TRUE = {2.0, -1.5, 0.7};

  /** Items of 101 alternatives with random features, each choosing by the logit with TRUE. */
  private static List<double[][]> features(long seed, int items) {
    List<double[][]> out = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      RandomGenerator r = Seed.of(seed).stream(i);
      double[][] f = new double[101][TRUE.length];
      for (double[] row : f) {
        for (int j = 0; j < row.length; j++) {
          row[j] = r.nextDouble();
        }
      }
      out.add(f);
    }
    return out;
  }

  private static int[] choices(long seed, List<double[][]> features) {
    int[] out = new int[features.size()];
    for (int i = 0; i < out.length; i++) {
      double[] p = RidgeConditionalLogit.probabilities(features.get(i), TRUE);
      double u = Seed.of(seed).stream(1_000_000 + i).nextDouble();
      double cumulative = 0;
      out[i] = p.length - 1;
      for (int a = 0; a < p.length; a++) {
        cumulative += p[a];
        if (u < cumulative) {
          out[i] = a;
          break;
        }
      }
    }
    return out;
  }

  @Test
  void fit_setsTheGradientOfThePenalisedLikelihoodToZero() {
    List<double[][]> f = features(1, 300);
    int[] y = choices(1, f);
    double penalty = 0.5;
    double[] beta = RidgeConditionalLogit.fit(f, y, penalty, null);
    double[] gradient = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      gradient[j] = 2 * penalty * beta[j];
    }
    for (int i = 0; i < f.size(); i++) {
      double[] p = RidgeConditionalLogit.probabilities(f.get(i), beta);
      for (int a = 0; a < p.length; a++) {
        for (int j = 0; j < beta.length; j++) {
          gradient[j] += p[a] * f.get(i)[a][j];
        }
      }
      for (int j = 0; j < beta.length; j++) {
        gradient[j] -= f.get(i)[y[i]][j];
      }
    }
    for (double g : gradient) {
      assertThat(g).isCloseTo(0, within(1e-6));
    }
  }

  @Test
  void fit_findsTheSameMinimumFromAnyStart() {
    List<double[][]> f = features(2, 200);
    int[] y = choices(2, f);
    double[] cold = RidgeConditionalLogit.fit(f, y, 1, null);
    double[] warm = RidgeConditionalLogit.fit(f, y, 1, new double[] {-5, 5, 3});
    for (int j = 0; j < cold.length; j++) {
      assertThat(warm[j]).isCloseTo(cold[j], within(1e-7));
    }
  }

  @Test
  void fit_movesTowardsTheCoefficientsThatMadeTheChoicesAsThePenaltyFalls() {
    List<double[][]> f = features(3, 2000);
    int[] y = choices(3, f);
    double[] strong = RidgeConditionalLogit.fit(f, y, 1000, null);
    double[] weak = RidgeConditionalLogit.fit(f, y, 0.01, null);
    assertThat(distance(weak, TRUE)).isLessThan(distance(strong, TRUE));
    assertThat(norm(strong)).isLessThan(norm(weak));
    for (int j = 0; j < TRUE.length; j++) {
      assertThat(Math.signum(weak[j])).as("coefficient %d", j).isEqualTo(Math.signum(TRUE[j]));
    }
  }

  @Test
  void probabilities_sumToOneAndIgnoreAFeatureConstantOverTheAlternatives() {
    double[][] f = features(4, 1).get(0);
    double[][] shifted = new double[f.length][];
    for (int a = 0; a < f.length; a++) {
      shifted[a] = new double[] {f[a][0], f[a][1], 0.25};
    }
    double[][] plain = new double[f.length][];
    for (int a = 0; a < f.length; a++) {
      plain[a] = new double[] {f[a][0], f[a][1], 0.75};
    }
    double[] p = RidgeConditionalLogit.probabilities(shifted, TRUE);
    double[] q = RidgeConditionalLogit.probabilities(plain, TRUE);
    double total = 0;
    for (int a = 0; a < p.length; a++) {
      total += p[a];
      assertThat(p[a]).isCloseTo(q[a], within(1e-15));
    }
    assertThat(total).isCloseTo(1, within(1e-12));
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return StrictMath.sqrt(s);
  }

  private static double norm(double[] a) {
    return distance(a, new double[a.length]);
  }
}
