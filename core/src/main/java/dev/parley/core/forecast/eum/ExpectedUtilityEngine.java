package dev.parley.core.forecast.eum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run of the expected-utility model on one dimension, on primitive arrays. Not thread-safe;
 * each run makes its own.
 */
final class ExpectedUtilityEngine {
  /*
   * Notation follows Scholz et al. (2011): i challenges j; a = E U_mo is the mover's expected
   * utility of challenging the other actor o, b = E U_om the other's of challenging the mover. The
   * risk exponent of the actor whose view is taken enters every basic utility; the probabilities
   * depend on the voters' exponents only in Scholz's code (VictoryProbability.SCHOLZ_CODE).
   */
  private final ExpectedUtilityModel model;
  private final int n;
  private final double[] weight;
  private final double[] salience;
  private final double scaleWidth;

  ExpectedUtilityEngine(
      ExpectedUtilityModel model, double[] capability, double[] salience, double scaleWidth) {
    this.model = model;
    this.n = capability.length;
    this.salience = salience.clone();
    this.weight = new double[n];
    for (int i = 0; i < n; i++) {
      weight[i] = capability[i] * salience[i];
    }
    this.scaleWidth = scaleWidth;
  }

  ExpectedUtilityRun run(List<String> actors, double[] start) {
    double[] x = start.clone();
    double fixedRange = spread(x);
    double initialMedian = median(x);
    double previousMedian = initialMedian;
    List<RoundResult> rounds = new ArrayList<>();
    StoppingRule rule = model.stopping();
    StopReason stop = rule instanceof StoppingRule.FixedRounds ? StopReason.ROUNDS : null;
    int calm = 0;
    for (int t = 1; t <= rule.maxRounds(); t++) {
      double range =
          switch (model.range()) {
            case FIXED -> fixedRange;
            case DYNAMIC -> spread(x);
            case SCALE -> scaleWidth;
          };
      if (!(range > 0)) {
        stop = StopReason.NO_RANGE;
        break;
      }
      double[] risk = new double[n];
      List<Offer> offers = new ArrayList<>();
      x = round(x, range, risk, offers);
      double median = median(x);
      rounds.add(new RoundResult(t, boxed(risk), offers, boxed(x), median, mean(x)));
      if (rule instanceof StoppingRule.MedianStable stable) {
        calm = Math.abs(median - previousMedian) < stable.tolerance() * range ? calm + 1 : 0;
        if (calm >= stable.consecutive()) {
          stop = StopReason.MEDIAN_STABLE;
          break;
        }
      }
      previousMedian = median;
    }
    if (stop == null) {
      stop = StopReason.ROUND_CAP;
    }
    if (rounds.isEmpty() && fixedRange == 0) {
      stop = StopReason.NO_RANGE;
    }
    double[] last = x;
    double forecast = model.point() == ForecastPoint.MEDIAN ? median(last) : mean(last);
    return new ExpectedUtilityRun(
        actors, boxed(start), initialMedian, mean(start), rounds, stop, forecast);
  }

  /** Plays one round: fills the risk exponents and accepted offers, returns the new positions. */
  private double[] round(double[] x, double range, double[] risk, List<Offer> accepted) {
    double mu = median(x);
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    double[][] firstP = probabilities(x, ones, range);
    double[] security = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sum +=
              model.security() == SecurityLevel.CHALLENGERS
                  ? utility(1.0, j, i, firstP, x, mu, range)
                  : utility(1.0, i, j, firstP, x, mu, range);
        }
      }
      security[i] = sum;
    }
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (double v : security) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    for (int i = 0; i < n; i++) {
      double attitude = max > min ? (2 * security[i] - max - min) / (max - min) : 0;
      risk[i] = (1 - attitude / 3.0) / (1 + attitude / 3.0);
    }
    double[][] p =
        model.probability() == VictoryProbability.PAIRWISE ? firstP : probabilities(x, risk, range);
    double[] next = x.clone();
    for (int m = 0; m < n; m++) {
      List<Offer> offers = new ArrayList<>();
      for (int o = 0; o < n; o++) {
        if (o == m || x[o] == x[m]) {
          continue;
        }
        double a = utility(risk[m], m, o, p, x, mu, range);
        double rb = model.perspective() == Perspective.RECEIVER ? risk[m] : risk[o];
        double b = utility(rb, o, m, p, x, mu, range);
        if (b > a && a > 0) {
          offers.add(new Offer(m, o, OfferKind.CONFLICT, a, b, x[o]));
        } else if (isCompromise(a, b)) {
          double target = x[m] + (x[o] - x[m]) * Math.abs(a / b);
          offers.add(new Offer(m, o, OfferKind.COMPROMISE, a, b, target));
        } else if (model.capitulation() && a < 0 && b > 0 && -a > b) {
          offers.add(new Offer(m, o, OfferKind.CAPITULATION, a, b, x[o]));
        }
      }
      Offer best = choose(offers, model.offerChoice(), x);
      if (best != null) {
        accepted.add(best);
        next[m] = best.position();
      }
    }
    return next;
  }

  /**
   * Returns the offer an actor accepts among those it received, all moving the same actor: the
   * first class in the order conflict, compromise, capitulation, and within it the offer the rule
   * ranks first; ties go to the offer listed first. Null if there is none.
   *
   * @param x the positions at the start of the round
   */
  static @Nullable Offer choose(List<Offer> offers, OfferChoice rule, double[] x) {
    Offer best = null;
    double bestKey = 0;
    double bestTie = 0;
    for (Offer offer : offers) {
      double movement = Math.abs(x[offer.mover()] - offer.position());
      double key;
      double tie = 0;
      switch (rule) {
        case LEAST_MOVEMENT -> key = movement;
        case MOST_ENFORCEABLE -> {
          key = -offer.proposerUtility();
          tie = movement;
        }
        case SCHOLZ_CODE -> {
          double a = Math.abs(offer.moverUtility());
          double b = Math.abs(offer.proposerUtility());
          key =
              offer.kind() == OfferKind.COMPROMISE
                  ? (a * x[offer.mover()] + b * x[offer.proposer()]) / (a + b)
                  : movement;
        }
        default -> throw new AssertionError(rule);
      }
      if (best == null
          || offer.kind().ordinal() < best.kind().ordinal()
          || (offer.kind() == best.kind()
              && (key < bestKey || (key == bestKey && tie < bestTie)))) {
        best = offer;
        bestKey = key;
        bestTie = tie;
      }
    }
    return best;
  }

  private boolean isCompromise(double a, double b) {
    return switch (model.compromiseRegion()) {
      case FIGURE -> a < 0 && b > 0 && b > -a;
      case TEXT -> a < 0 && b < 0 && -b > -a;
    };
  }

  /**
   * Returns the expected utility of {@code i} challenging {@code j} as an actor with risk exponent
   * {@code r} sees it (Scholz eqs. 5–7).
   */
  private double utility(
      double r, int i, int j, double[][] p, double[] x, double mu, double range) {
    double d = Math.abs(x[i] - x[j]) / range;
    double s = model.leadingSalience() == LeadingSalience.RESPONDER ? salience[j] : salience[i];
    double t =
        switch (model.outlook()) {
          case CASES -> Math.abs(x[i] - mu) < Math.abs(x[i] - x[j]) ? 1 : 0;
          case BETTER -> 1;
          case WORSE -> 0;
        };
    return challenge(
        d, Math.abs(x[i] - mu) / range, r, p[i][j], s, model.statusQuoProbability(), t);
  }

  /**
   * Returns the expected utility of a challenge (Scholz eqs. 5–7, 15–16, 22–24).
   *
   * @param d the normalised distance between challenger and responder, in [0, 1]
   * @param toMedian the normalised distance from the challenger to the median, in [0, 1]
   * @param r the risk exponent of the actor whose view is taken
   * @param p the probability that the challenger wins
   * @param s the leading salience (the responder's, under A1's usual reading)
   * @param q the probability {@code Q} that the status quo persists without a challenge
   * @param t {@code T}: 1 if things get better without a challenge, 0 if worse
   */
  static double challenge(
      double d, double toMedian, double r, double p, double s, double q, double t) {
    double success = 2 - 4 * Math.pow(0.5 - 0.5 * d, r);
    double failure = 2 - 4 * Math.pow(0.5 + 0.5 * d, r);
    double statusQuo = 2 - 4 * Math.pow(0.5, r);
    double resist = s * (p * success + (1 - p) * failure);
    double yield = (1 - s) * success;
    double noChallenge = q * statusQuo;
    if (q < 1) {
      double better = 2 - 4 * Math.pow(0.5 - 0.25 * (toMedian + d), r);
      double worse = 2 - 4 * Math.pow(0.5 + 0.25 * (toMedian + d), r);
      noChallenge += (1 - q) * (t * better + (1 - t) * worse);
    }
    return resist + yield - noChallenge;
  }

  /** Returns {@code P[i][j]}, the probability that {@code i}'s position beats {@code j}'s. */
  private double[][] probabilities(double[] x, double[] r, double range) {
    double[][] p = new double[n][n];
    if (model.probability() == VictoryProbability.PAIRWISE) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (x[i] == x[j]) {
            continue;
          }
          double support = 0;
          double total = 0;
          for (int k = 0; k < n; k++) {
            double delta = Math.abs(x[k] - x[j]) - Math.abs(x[k] - x[i]);
            if (delta > 0) {
              support += weight[k] * delta;
            }
            total += weight[k] * Math.abs(delta);
          }
          p[i][j] = total > 0 ? support / total : 0.5;
        }
      }
      return p;
    }
    // Scholz's code: voter k's distance to every position under its own exponent r_k, and one
    // denominator over all voters and all ordered pairs of actors.
    double[][] distance = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < n; a++) {
        distance[k][a] = Math.pow(Math.abs(x[k] - x[a]) / range, r[k]);
      }
    }
    double denominator = 0;
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          denominator += Math.abs(weight[k] * (distance[k][b] - distance[k][a]));
        }
      }
    }
    if (!(denominator > 0)) {
      return p;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (x[i] == x[j]) {
          continue;
        }
        double support = 0;
        for (int k = 0; k < n; k++) {
          support += Math.max(0, weight[k] * (distance[k][j] - distance[k][i]));
        }
        p[i][j] = support / denominator;
      }
    }
    return p;
  }

  /**
   * Returns the capability × salience weighted median of the positions: the actor position that
   * minimises {@code Σ w_k |x_k − x|}, the lower one on a tie; the plain lower median if no actor
   * has weight.
   */
  double median(double[] x) {
    if (n == 0) {
      return Double.NaN;
    }
    Integer[] order = new Integer[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      total += weight[i];
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    if (!(total > 0)) {
      return x[order[(n - 1) / 2]];
    }
    double half = total / 2;
    double cumulative = 0;
    for (int idx = 0; idx < n; idx++) {
      cumulative += weight[order[idx]];
      if (cumulative >= half - 1e-12 * total) {
        return x[order[idx]];
      }
    }
    return x[order[n - 1]];
  }

  /** Returns the capability × salience weighted mean; the plain mean if no actor has weight. */
  double mean(double[] x) {
    if (n == 0) {
      return Double.NaN;
    }
    double sum = 0;
    double total = 0;
    double plain = 0;
    for (int i = 0; i < n; i++) {
      sum += weight[i] * x[i];
      total += weight[i];
      plain += x[i];
    }
    return total > 0 ? sum / total : plain / n;
  }

  private static double spread(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    return x.length == 0 ? 0 : max - min;
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
