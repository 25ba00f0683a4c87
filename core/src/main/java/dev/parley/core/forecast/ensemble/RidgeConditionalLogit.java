package dev.parley.core.forecast.ensemble;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The conditional logit with a ridge penalty: each item chooses one of its alternatives (here, the
 * locations of a dimension) with probability {@code exp(φ_a·β) / Σ_b exp(φ_b·β)}, and β minimises
 * the negative log-likelihood plus {@code λ‖β‖²} (McFadden, "Conditional logit analysis of
 * qualitative choice behavior", 1974; the ridge penalty after Hoerl and Kennard, 1970).
 *
 * <p>The objective is strictly convex for λ > 0, so the minimum is unique. It is found by Newton's
 * method with a backtracking (Armijo) line search; once half the squared Newton decrement is below
 * 10⁻¹² (Boyd and Vandenberghe, "Convex Optimization", 2004, §9.5) it takes one last full step,
 * which Newton's quadratic convergence makes exact to rounding, and stops. The Newton system is
 * solved by Cholesky factorisation. Every sum runs in a fixed order and exponentials and logarithms
 * use {@link StrictMath}, so a fit is the same bit for bit on every machine. Cost per Newton step:
 * O(N·L·p²) for N items of L alternatives and p features, plus O(p³).
 */
public final class RidgeConditionalLogit {
  private static final int MAX_STEPS = 200;
  private static final double DECREMENT = 1e-12;

  private RidgeConditionalLogit() {}

  /**
   * Returns the coefficients that minimise the penalised negative log-likelihood.
   *
   * @param features each item's features, {@code [alternative][feature]}, all with p features
   * @param chosen each item's chosen alternative
   * @param penalty λ, positive
   * @param start the coefficients to start from (a warm start); null for zeros
   * @throws IllegalStateException if Newton's method does not converge
   */
  public static double[] fit(
      List<double[][]> features, int[] chosen, double penalty, double @Nullable [] start) {
    if (features.isEmpty() || features.size() != chosen.length) {
      throw new IllegalArgumentException(
          "expected a chosen alternative for each of at least one item, but found "
              + features.size()
              + " items and "
              + chosen.length
              + " choices");
    }
    if (!(penalty > 0) || Double.isInfinite(penalty)) {
      throw new IllegalArgumentException("expected a positive penalty, but found " + penalty);
    }
    int p = features.get(0)[0].length;
    double[] beta = start == null ? new double[p] : start.clone();
    if (beta.length != p) {
      throw new IllegalArgumentException(
          "expected " + p + " starting coefficients, but found " + beta.length);
    }
    double[] gradient = new double[p];
    double[][] hessian = new double[p][p];
    double value = objective(features, chosen, penalty, beta);
    for (int step = 0; step < MAX_STEPS; step++) {
      derivatives(features, chosen, penalty, beta, gradient, hessian);
      double[] direction = solve(hessian, gradient);
      double decrement = 0;
      for (int j = 0; j < p; j++) {
        decrement += gradient[j] * direction[j];
      }
      if (decrement / 2 <= DECREMENT) {
        for (int j = 0; j < p; j++) {
          beta[j] -= direction[j];
        }
        return beta;
      }
      double t = 1;
      double[] next = new double[p];
      double nextValue;
      while (true) {
        for (int j = 0; j < p; j++) {
          next[j] = beta[j] - t * direction[j];
        }
        nextValue = objective(features, chosen, penalty, next);
        if (nextValue <= value - 1e-4 * t * decrement || t < 1e-12) {
          break;
        }
        t /= 2;
      }
      beta = next;
      value = nextValue;
    }
    throw new IllegalStateException(
        "expected Newton's method to converge within " + MAX_STEPS + " steps, but it did not");
  }

  /** Returns the probability of each alternative of one item, {@code [alternative]}. */
  public static double[] probabilities(double[][] features, double[] coefficients) {
    double[] score = scores(features, coefficients);
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double total = 0;
    for (int a = 0; a < score.length; a++) {
      score[a] = StrictMath.exp(score[a] - max);
      total += score[a];
    }
    for (int a = 0; a < score.length; a++) {
      score[a] /= total;
    }
    return score;
  }

  private static double[] scores(double[][] features, double[] beta) {
    double[] out = new double[features.length];
    for (int a = 0; a < features.length; a++) {
      double s = 0;
      double[] phi = features[a];
      if (phi.length != beta.length) {
        throw new IllegalArgumentException(
            "expected " + beta.length + " features, but found " + phi.length);
      }
      for (int j = 0; j < beta.length; j++) {
        s += phi[j] * beta[j];
      }
      out[a] = s;
    }
    return out;
  }

  /** Returns the negative log-likelihood plus the penalty. */
  private static double objective(
      List<double[][]> features, int[] chosen, double penalty, double[] beta) {
    double total = 0;
    for (int i = 0; i < chosen.length; i++) {
      double[] score = scores(features.get(i), beta);
      double max = Double.NEGATIVE_INFINITY;
      for (double s : score) {
        max = Math.max(max, s);
      }
      double sum = 0;
      for (double s : score) {
        sum += StrictMath.exp(s - max);
      }
      total += max + StrictMath.log(sum) - score[chosen[i]];
    }
    for (double b : beta) {
      total += penalty * b * b;
    }
    return total;
  }

  /** Fills the gradient and the Hessian of the objective at beta. */
  private static void derivatives(
      List<double[][]> features,
      int[] chosen,
      double penalty,
      double[] beta,
      double[] gradient,
      double[][] hessian) {
    int p = beta.length;
    for (int j = 0; j < p; j++) {
      gradient[j] = 2 * penalty * beta[j];
      for (int l = 0; l < p; l++) {
        hessian[j][l] = j == l ? 2 * penalty : 0;
      }
    }
    double[] mean = new double[p];
    for (int i = 0; i < chosen.length; i++) {
      double[][] phi = features.get(i);
      double[] prob = probabilities(phi, beta);
      java.util.Arrays.fill(mean, 0);
      for (int a = 0; a < phi.length; a++) {
        double w = prob[a];
        if (w == 0) {
          continue;
        }
        double[] f = phi[a];
        for (int j = 0; j < p; j++) {
          mean[j] += w * f[j];
          double wf = w * f[j];
          for (int l = 0; l <= j; l++) {
            hessian[j][l] += wf * f[l];
          }
        }
      }
      double[] observed = phi[chosen[i]];
      for (int j = 0; j < p; j++) {
        gradient[j] += mean[j] - observed[j];
        for (int l = 0; l <= j; l++) {
          hessian[j][l] -= mean[j] * mean[l];
        }
      }
    }
    for (int j = 0; j < p; j++) {
      for (int l = 0; l < j; l++) {
        hessian[l][j] = hessian[j][l];
      }
    }
  }

  /** Solves {@code H x = g} for a symmetric positive definite H by Cholesky factorisation. */
  private static double[] solve(double[][] h, double[] g) {
    int p = g.length;
    double[][] lower = new double[p][p];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k <= j; k++) {
        double s = h[j][k];
        for (int m = 0; m < k; m++) {
          s -= lower[j][m] * lower[k][m];
        }
        if (j == k) {
          if (!(s > 0)) {
            throw new IllegalStateException(
                "expected a positive definite Hessian, but pivot " + j + " was " + s);
          }
          lower[j][j] = StrictMath.sqrt(s);
        } else {
          lower[j][k] = s / lower[k][k];
        }
      }
    }
    double[] y = new double[p];
    for (int j = 0; j < p; j++) {
      double s = g[j];
      for (int m = 0; m < j; m++) {
        s -= lower[j][m] * y[m];
      }
      y[j] = s / lower[j][j];
    }
    double[] x = new double[p];
    for (int j = p - 1; j >= 0; j--) {
      double s = y[j];
      for (int m = j + 1; m < p; m++) {
        s -= lower[m][j] * x[m];
      }
      x[j] = s / lower[j][j];
    }
    return x;
  }
}
