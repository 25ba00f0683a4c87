package dev.parley.core.forecast.smp;

import dev.parley.core.forecast.smp.SmpParameters.ElectionModel;
import dev.parley.core.forecast.smp.SmpParameters.VictoryProbability;
import dev.parley.core.forecast.smp.SmpParameters.VotingRule;

/**
 * Votes, coalitions and probabilistic Condorcet elections (PCE) over a set of options, on primitive
 * arrays. Every loop runs in index order so that sums round as in KTAB.
 */
final class Elections {
  private static final double MIN_COALITION = 1e-8;
  private static final double BINARY_TOLERANCE = 1e-8;

  private Elections() {}

  /**
   * Returns the vote of an actor of weight {@code w} for an option worth {@code ua} over one worth
   * {@code ub}.
   */
  static double vote(VotingRule rule, double w, double ua, double ub) {
    double du = ua - ub;
    return switch (rule) {
      case BINARY -> w * binary(du);
      case PROP_BIN -> w * (0.8 * du + 0.2 * binary(du));
      case PROPORTIONAL -> w * du;
      case PROP_CBC -> w * (0.5 * du + 0.5 * (du * du * du));
      case CUBIC -> w * (du * du * du);
      case ASYM_PROSP -> du < 0 ? w * du : du > 0 ? (2.0 * w * du) / 3.0 : 0.0;
    };
  }

  private static double binary(double du) {
    double r = du / BINARY_TOLERANCE;
    return r > 1 ? 1 : r < -1 ? -1 : r;
  }

  /**
   * Sets the coalition strengths {@code c[a][b]} among the first {@code options} options: the
   * weighted votes for option a over option b, plus a floor, from the utilities {@code
   * u[actor][option]}.
   */
  private static void coalitions(
      VotingRule rule, double[] w, double[][] u, int options, double[][] c) {
    int actors = w.length;
    for (int a = 0; a < options; a++) {
      for (int b = 0; b < a; b++) {
        double cab = MIN_COALITION;
        double cba = MIN_COALITION;
        for (int k = 0; k < actors; k++) {
          double v = vote(rule, w[k], u[k][a], u[k][b]);
          if (v > 0) {
            cab = cab + v;
          }
          if (v < 0) {
            cba = cba - v;
          }
        }
        c[a][b] = cab;
        c[b][a] = cba;
      }
      c[a][a] = MIN_COALITION;
    }
  }

  /**
   * Sets {@code p[a][b]} and {@code p[b][a]}, the probabilities that a beats b and b beats a, from
   * the coalition strengths {@code s1} for a and {@code s2} for b.
   */
  private static void victory(
      VictoryProbability model, double s1, double s2, double[][] p, int a, int b) {
    double x1;
    double x2;
    switch (model) {
      case LINEAR -> {
        x1 = s1;
        x2 = s2;
      }
      case SQUARE -> {
        x1 = s1 * s1;
        x2 = s2 * s2;
      }
      case QUARTIC -> {
        x1 = (s1 * s1) * (s1 * s1);
        x2 = (s2 * s2) * (s2 * s2);
      }
      case OCTIC -> {
        double q1 = (s1 * s1) * (s1 * s1);
        double q2 = (s2 * s2) * (s2 * s2);
        x1 = q1 * q1;
        x2 = q2 * q2;
      }
      case BINARY -> {
        double threshold = 1.10;
        if (s1 >= threshold * s2) {
          x1 = 1.0;
          x2 = 1e-6;
        } else if (s2 >= threshold * s1) {
          x1 = 1e-6;
          x2 = 1.0;
        } else {
          double r12 = s1 / (s1 + s2);
          double p12 = (r12 * (threshold + 1.0) - 1.0) / (threshold - 1.0);
          x1 = p12;
          x2 = 1 - p12;
        }
      }
      default -> throw new IllegalStateException("unknown victory model " + model);
    }
    p[a][b] = x1 / (x1 + x2);
    p[b][a] = x2 / (x1 + x2);
  }

  /**
   * Sets {@code p}, the victory probabilities among the first {@code n} options, ½ on the diagonal.
   */
  private static void victoryMatrix(VictoryProbability model, double[][] c, int n, double[][] p) {
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < a; b++) {
        victory(model, c[a][b], c[b][a], p, a, b);
      }
      p[a][a] = 0.5;
    }
  }

  /**
   * Returns the probability of each of the first {@code n} options from the coalition strengths,
   * with {@code pv} as room for the victory probabilities.
   */
  private static double[] election(
      ElectionModel model, VictoryProbability victory, double[][] c, int n, double[][] pv) {
    victoryMatrix(victory, c, n, pv);
    return switch (model) {
      case CONDITIONAL -> conditional(pv, n);
      case MARKOV_INCENTIVE -> markovIncentive(c, pv, n);
      case MARKOV_UNIFORM -> markovUniform(pv, n);
    };
  }

  /**
   * Returns the probabilities of options voted on with the given weights and utilities, with {@code
   * c} and {@code pv}, at least {@code options} square, as room for the coalition strengths and
   * victory probabilities.
   */
  static double[] scalarElection(
      SmpParameters parameters,
      double[] w,
      double[][] u,
      int options,
      double[][] c,
      double[][] pv) {
    coalitions(parameters.voting(), w, u, options, c);
    return election(parameters.election(), parameters.victory(), c, options, pv);
  }

  private static double[] conditional(double[][] pv, int n) {
    double[] p = new double[n];
    for (int a = 0; a < n; a++) {
      double pa = 1.0;
      for (int b = 0; b < n; b++) {
        pa = pa * pv[a][b];
      }
      p[a] = pa;
    }
    double total = sum(p);
    for (int a = 0; a < n; a++) {
      p[a] = p[a] / total;
    }
    return p;
  }

  private static double[] markovIncentive(double[][] c, double[][] pv, int n) {
    double[][] incentive = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double x = c[a][b] * pv[a][b];
        incentive[a][b] = a == b ? x + 1e-10 : x;
      }
    }
    double[][] challenge = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double s = 0.0;
        for (int k = 0; k < n; k++) {
          s = s + incentive[k][b];
        }
        challenge[a][b] = incentive[a][b] / s;
      }
    }
    double[] p = uniform(n);
    double[] q = new double[n];
    double[][] ct = new double[n][n];
    double change = 1.0;
    int iterations = 0;
    while (1e-8 < change) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          ct[a][b] = p[a] * challenge[b][a];
        }
      }
      change = 0.0;
      for (int a = 0; a < n; a++) {
        double qa = 0.0;
        for (int b = 0; b < n; b++) {
          qa = qa + pv[a][b] * (ct[a][b] + ct[b][a]);
        }
        q[a] = qa;
        double d = Math.abs(qa - p[a]);
        change = d > change ? d : change;
      }
      for (int a = 0; a < n; a++) {
        p[a] = (p[a] + q[a]) / 2.0;
      }
      if (++iterations > 100_000) {
        throw new IllegalStateException("Markov election did not converge");
      }
    }
    return p;
  }

  private static double[] markovUniform(double[][] pv, int n) {
    double[] p = uniform(n);
    double[] q = new double[n];
    double change = 1.0;
    int iterations = 0;
    while (1e-6 < change) {
      change = 0;
      for (int a = 0; a < n; a++) {
        double pa = 0.0;
        for (int b = 0; b < n; b++) {
          pa = pa + pv[a][b] * (p[a] + p[b]);
        }
        q[a] = pa / n;
        double d = Math.abs(q[a] - p[a]);
        change = d > change ? d : change;
      }
      for (int a = 0; a < n; a++) {
        p[a] = (p[a] + q[a]) / 2.0;
      }
      if (++iterations > 100_000) {
        throw new IllegalStateException("Markov election did not converge");
      }
    }
    return p;
  }

  private static double[] uniform(int n) {
    double[] p = new double[n];
    for (int a = 0; a < n; a++) {
      p[a] = 1.0 / n;
    }
    return p;
  }

  static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s = s + v;
    }
    return s;
  }
}
