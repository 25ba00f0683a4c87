package dev.parley.core.forecast.eum;

import dev.parley.core.forecast.SpatialProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs of the expected-utility model on one dimension at a time, on primitive arrays: the full run
 * with every round ({@link #run}) or the forecast alone ({@link #forecast}). Not thread-safe: each
 * engine reuses its work arrays from one round, and one dimension, to the next.
 */
final class ExpectedUtilityEngine {
  /*
   * Notation follows Scholz et al. (2011): i challenges j; a = E U_mo is the mover's expected
   * utility of challenging the other actor o, b = E U_om the other's of challenging the mover. The
   * risk exponent of the actor whose view is taken enters every basic utility; the probabilities
   * depend on the voters' exponents only in Scholz's code (VictoryProbability.SCHOLZ_CODE).
   *
   * The arithmetic is exactly that of the textbook statement of the model, term for term; what is
   * saved is only work whose result is known without doing it:
   *
   * 1. StrictMath.pow(b, 1.0) is b, and StrictMath.pow(+0.0, r) is +0.0 for r > 0 (both specified by
   *    StrictMath.pow), so the security levels, computed with every exponent 1, call no pow at all.
   * 2. A dyad's distance is symmetric, |x_m − x_o| = |x_o − x_m| bit for bit, so the basic
   *    utilities of success and failure of the pair under one actor's exponent are computed once
   *    per round (powSuccess, powFailure) and serve both sides of the octant test, whichever
   *    Perspective is chosen. The status quo's utility depends on the exponent only.
   * 3. Everything a round computes is a function of the positions it starts from (the range too,
   *    under every RangeRule). So once a round ends in positions the run has been in before (most
   *    often: a round that moves no actor, or two actors swapping offers back and forth), the run
   *    cycles, and each later round repeats one already played, risk exponents, offers and all.
   *    Later rounds are then looked up instead of computed; the stopping rule still sees every
   *    round.
   * 4. In Scholz's victory probabilities a voter's distances to several actors at the same
   *    position are one pow.
   */
  private final ExpectedUtilityModel model;
  private final int n;
  private final double[] weight;
  private final double[] salience;
  private double scaleWidth;

  private final double[] start;

  // work arrays, [i * n + j] for matrices
  private double[] x;
  private double[] next;
  private final double[] risk;
  private final double[] ones;
  private final double[] security;
  private final double[] statusQuo;
  private final double[] firstP;
  private final double[] laterP;
  private final double[] distance;
  private final double[] powSuccess;
  private final double[] powFailure;
  private final int[] order;
  // the positions after each round of the current run, and their hashes
  private double[] @Nullable [] states;
  private long[] hashes;

  /** Creates an engine for {@code actors} actors; {@link #load} sets a dimension's data. */
  ExpectedUtilityEngine(ExpectedUtilityModel model, int actors) {
    this.model = model;
    this.n = actors;
    this.weight = new double[n];
    this.salience = new double[n];
    this.start = new double[n];
    this.x = new double[n];
    this.next = new double[n];
    this.risk = new double[n];
    this.ones = new double[n];
    Arrays.fill(ones, 1.0);
    this.security = new double[n];
    this.statusQuo = new double[n];
    this.firstP = new double[n * n];
    this.laterP = new double[n * n];
    this.distance = new double[n * n];
    this.powSuccess = new double[n * n];
    this.powFailure = new double[n * n];
    this.order = new int[n];
    this.states = new double[16][];
    this.hashes = new long[16];
  }

  /**
   * Sets the engine to one dimension of a problem: the actors' starting positions, their
   * capabilities and saliences there, and the dimension's scale width.
   */
  void load(SpatialProblem problem, int dimension) {
    for (int i = 0; i < n; i++) {
      double s = problem.salience(i, dimension);
      salience[i] = s;
      weight[i] = problem.capability(i) * s;
      start[i] = problem.position(i, dimension);
    }
    this.scaleWidth = problem.upper(dimension) - problem.lower(dimension);
  }

  /**
   * Returns the full run from the loaded dimension: every round with its risk exponents and offers.
   */
  ExpectedUtilityRun run(List<String> actors) {
    System.arraycopy(start, 0, x, 0, n);
    double fixedRange = spread(x);
    double initialMedian = median(x);
    List<RoundResult> rounds = new ArrayList<>();
    StopReason stop = play(rounds);
    if (rounds.isEmpty() && fixedRange == 0) {
      stop = StopReason.NO_RANGE;
    }
    double forecast = model.point() == ForecastPoint.MEDIAN ? median(x) : mean(x);
    return new ExpectedUtilityRun(
        actors, boxed(start), initialMedian, mean(start), rounds, stop, forecast);
  }

  /**
   * Returns the forecast of a run from the loaded dimension, the same bit for bit as {@code
   * run(actors).forecast()}, without recording the rounds.
   */
  double forecast() {
    System.arraycopy(start, 0, x, 0, n);
    play(null);
    return model.point() == ForecastPoint.MEDIAN ? median(x) : mean(x);
  }

  /**
   * Plays the rounds from the positions in {@code x} until the stopping rule fires, leaving the
   * final positions in {@code x}, and returns why it stopped. Adds every round to {@code rounds} if
   * it is not null.
   *
   * <p>Once a round ends in positions that an earlier round ended in (or started from), the run has
   * entered a cycle, and every later round repeats a round already played (note 3): from then on
   * the rounds are looked up, not computed.
   */
  private StopReason play(@Nullable List<RoundResult> rounds) {
    double fixedRange = spread(x);
    StoppingRule rule = model.stopping();
    StoppingRule.MedianStable stable = rule instanceof StoppingRule.MedianStable s ? s : null;
    StopReason stop = rule instanceof StoppingRule.FixedRounds ? StopReason.ROUNDS : null;
    double previousMedian = stable == null ? 0 : median(x);
    int calm = 0;
    keep(0);
    int cycleStart = -1;
    int period = 0;
    for (int t = 1; t <= rule.maxRounds(); t++) {
      double range = range(fixedRange);
      if (!(range > 0)) {
        stop = StopReason.NO_RANGE;
        break;
      }
      double median;
      if (period == 0) {
        List<Offer> offers = rounds == null ? null : new ArrayList<>();
        round(range, offers);
        swap();
        cycleStart = earlier(t);
        period = cycleStart < 0 ? 0 : t - cycleStart;
        keep(t);
        median = stable == null && rounds == null ? 0 : median(x);
        if (rounds != null && offers != null) {
          rounds.add(new RoundResult(t, boxed(risk), offers, boxed(x), median, mean(x)));
        }
      } else {
        // round t starts from the positions after round i, which round i + 1 started from
        int i = cycleStart + (t - 1 - cycleStart) % period;
        System.arraycopy(Objects.requireNonNull(states[i + 1]), 0, x, 0, n);
        if (rounds != null) {
          RoundResult same = rounds.get(i);
          rounds.add(
              new RoundResult(
                  t,
                  same.riskExponents(),
                  same.offers(),
                  same.positions(),
                  same.median(),
                  same.mean()));
          median = same.median();
        } else {
          median = stable == null ? 0 : median(x);
        }
      }
      if (stable != null) {
        calm = Math.abs(median - previousMedian) < stable.tolerance() * range ? calm + 1 : 0;
        if (calm >= stable.consecutive()) {
          stop = StopReason.MEDIAN_STABLE;
          break;
        }
        previousMedian = median;
      }
    }
    return stop == null ? StopReason.ROUND_CAP : stop;
  }

  /** Keeps the positions {@code x} as those after round {@code t} (0: the start). */
  private void keep(int t) {
    if (t == states.length) {
      states = Arrays.copyOf(states, 2 * t);
      hashes = Arrays.copyOf(hashes, 2 * t);
    }
    double[] state = states[t];
    if (state == null) {
      state = new double[n];
      states[t] = state;
    }
    System.arraycopy(x, 0, state, 0, n);
    hashes[t] = hash(x);
  }

  /** Returns the earliest round before {@code t} that ended in the positions {@code x}, or -1. */
  private int earlier(int t) {
    long h = hash(x);
    for (int e = 0; e < t; e++) {
      double[] state = states[e];
      if (hashes[e] == h && state != null && sameBits(state, x)) {
        return e;
      }
    }
    return -1;
  }

  private static long hash(double[] x) {
    long h = 1;
    for (double v : x) {
      h = 31 * h + Double.doubleToRawLongBits(v);
    }
    return h;
  }

  private double range(double fixedRange) {
    return switch (model.range()) {
      case FIXED -> fixedRange;
      case DYNAMIC -> spread(x);
      case SCALE -> scaleWidth;
    };
  }

  private void swap() {
    double[] t = x;
    x = next;
    next = t;
  }

  /**
   * Plays one round from the positions {@code x}: fills the risk exponents and the new positions
   * {@code next}, and adds the accepted offers to {@code accepted} if it is not null.
   */
  private void round(double range, @Nullable List<Offer> accepted) {
    double[] x = this.x;
    double mu = median(x);
    probabilities(x, ones, range, firstP);
    boolean challengers = model.security() == SecurityLevel.CHALLENGERS;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sum +=
              challengers
                  ? securityUtility(j, i, x, mu, range)
                  : securityUtility(i, j, x, mu, range);
        }
      }
      security[i] = sum;
    }
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double v = security[i];
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    for (int i = 0; i < n; i++) {
      double attitude = max > min ? (2 * security[i] - max - min) / (max - min) : 0;
      risk[i] = (1 - attitude / 3.0) / (1 + attitude / 3.0);
    }
    double[] p;
    if (model.probability() == VictoryProbability.PAIRWISE) {
      p = firstP;
    } else {
      probabilities(x, risk, range, laterP);
      p = laterP;
    }
    // the basic utilities of each dyad under each side's exponent (note 2)
    for (int e = 0; e < n; e++) {
      double r = risk[e];
      statusQuo[e] = pow(0.5, r);
      for (int f = 0; f < n; f++) {
        if (f != e && x[f] != x[e]) {
          double d = Math.abs(x[e] - x[f]) / range;
          powSuccess[e * n + f] = pow(0.5 - 0.5 * d, r);
          powFailure[e * n + f] = pow(0.5 + 0.5 * d, r);
        }
      }
    }
    boolean receiver = model.perspective() == Perspective.RECEIVER;
    OfferChoice rule = model.offerChoice();
    System.arraycopy(x, 0, next, 0, n);
    for (int m = 0; m < n; m++) {
      // the best offer so far: its class (null for none), rank, proposer, utilities and target
      OfferKind bestKind = null;
      double bestKey = 0;
      double bestTie = 0;
      int bestProposer = -1;
      double bestA = 0;
      double bestB = 0;
      double bestPosition = 0;
      for (int o = 0; o < n; o++) {
        if (o == m || x[o] == x[m]) {
          continue;
        }
        double a = offerUtility(m, o, m, p, x, mu, range);
        double b = offerUtility(o, m, receiver ? m : o, p, x, mu, range);
        OfferKind kind;
        double target;
        if (b > a && a > 0) {
          kind = OfferKind.CONFLICT;
          target = x[o];
        } else if (isCompromise(a, b)) {
          kind = OfferKind.COMPROMISE;
          target = x[m] + (x[o] - x[m]) * Math.abs(a / b);
        } else if (model.capitulation() && a < 0 && b > 0 && -a > b) {
          kind = OfferKind.CAPITULATION;
          target = x[o];
        } else {
          continue;
        }
        double movement = Math.abs(x[m] - target);
        double key = key(rule, kind, a, b, m, o, movement, x);
        double tie = rule == OfferChoice.MOST_ENFORCEABLE ? movement : 0;
        if (bestKind == null || isBetter(kind, key, tie, bestKind, bestKey, bestTie)) {
          bestKind = kind;
          bestKey = key;
          bestTie = tie;
          bestProposer = o;
          bestA = a;
          bestB = b;
          bestPosition = target;
        }
      }
      if (bestKind != null) {
        if (accepted != null) {
          accepted.add(new Offer(m, bestProposer, bestKind, bestA, bestB, bestPosition));
        }
        next[m] = bestPosition;
      }
    }
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
      double key =
          key(
              rule,
              offer.kind(),
              offer.moverUtility(),
              offer.proposerUtility(),
              offer.mover(),
              offer.proposer(),
              movement,
              x);
      double tie = rule == OfferChoice.MOST_ENFORCEABLE ? movement : 0;
      if (best == null || isBetter(offer.kind(), key, tie, best.kind(), bestKey, bestTie)) {
        best = offer;
        bestKey = key;
        bestTie = tie;
      }
    }
    return best;
  }

  /** Returns how an offer ranks within its class under the rule; lower is better. */
  private static double key(
      OfferChoice rule,
      OfferKind kind,
      double moverUtility,
      double proposerUtility,
      int mover,
      int proposer,
      double movement,
      double[] x) {
    return switch (rule) {
      case LEAST_MOVEMENT -> movement;
      case MOST_ENFORCEABLE -> -proposerUtility;
      case SCHOLZ_CODE -> {
        double a = Math.abs(moverUtility);
        double b = Math.abs(proposerUtility);
        yield kind == OfferKind.COMPROMISE ? (a * x[mover] + b * x[proposer]) / (a + b) : movement;
      }
    };
  }

  private static boolean isBetter(
      OfferKind kind, double key, double tie, OfferKind bestKind, double bestKey, double bestTie) {
    // the classes rank in declaration order: conflict, compromise, capitulation
    int order = kind.compareTo(bestKind);
    return order < 0 || (order == 0 && (key < bestKey || (key == bestKey && tie < bestTie)));
  }

  private boolean isCompromise(double a, double b) {
    return switch (model.compromiseRegion()) {
      case FIGURE -> a < 0 && b > 0 && b > -a;
      case TEXT -> a < 0 && b < 0 && -b > -a;
    };
  }

  /**
   * Returns the expected utility of {@code i} challenging {@code j} with every risk exponent 1, the
   * utilities that make up the security levels (Scholz eqs. 5–7).
   */
  private double securityUtility(int i, int j, double[] x, double mu, double range) {
    double d = Math.abs(x[i] - x[j]) / range;
    return challenge(
        0.5 - 0.5 * d,
        0.5 + 0.5 * d,
        0.5,
        d,
        toMedian(i, x, mu, range),
        1.0,
        firstP[i * n + j],
        leadingSalience(i, j),
        model.statusQuoProbability(),
        outlook(i, j, x, mu));
  }

  /**
   * Returns the expected utility of {@code i} challenging {@code j} as actor {@code e} sees it,
   * with {@code e}'s risk exponent, from this round's basic utilities (note 2).
   */
  private double offerUtility(
      int i, int j, int e, double[] p, double[] x, double mu, double range) {
    int other = e == i ? j : i;
    double d = Math.abs(x[i] - x[j]) / range;
    return challenge(
        powSuccess[e * n + other],
        powFailure[e * n + other],
        statusQuo[e],
        d,
        toMedian(i, x, mu, range),
        risk[e],
        p[i * n + j],
        leadingSalience(i, j),
        model.statusQuoProbability(),
        outlook(i, j, x, mu));
  }

  private static double toMedian(int i, double[] x, double mu, double range) {
    return Math.abs(x[i] - mu) / range;
  }

  private double leadingSalience(int i, int j) {
    return model.leadingSalience() == LeadingSalience.RESPONDER ? salience[j] : salience[i];
  }

  private double outlook(int i, int j, double[] x, double mu) {
    return switch (model.outlook()) {
      case CASES -> Math.abs(x[i] - mu) < Math.abs(x[i] - x[j]) ? 1 : 0;
      case BETTER -> 1;
      case WORSE -> 0;
    };
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
    return challenge(
        pow(0.5 - 0.5 * d, r), pow(0.5 + 0.5 * d, r), pow(0.5, r), d, toMedian, r, p, s, q, t);
  }

  /**
   * Returns the expected utility of a challenge from the powers {@code (0.5 − 0.5d)^r}, {@code (0.5
   * + 0.5d)^r} and {@code 0.5^r}.
   */
  private static double challenge(
      double powSuccess,
      double powFailure,
      double powStatusQuo,
      double d,
      double toMedian,
      double r,
      double p,
      double s,
      double q,
      double t) {
    double success = 2 - 4 * powSuccess;
    double failure = 2 - 4 * powFailure;
    double statusQuo = 2 - 4 * powStatusQuo;
    double resist = s * (p * success + (1 - p) * failure);
    double yield = (1 - s) * success;
    double noChallenge = q * statusQuo;
    if (q < 1) {
      double better = 2 - 4 * pow(0.5 - 0.25 * (toMedian + d), r);
      double worse = 2 - 4 * pow(0.5 + 0.25 * (toMedian + d), r);
      noChallenge += (1 - q) * (t * better + (1 - t) * worse);
    }
    return resist + yield - noChallenge;
  }

  /**
   * Returns {@code StrictMath.pow(b, r)}, without calling it where its specification gives the
   * result: {@code b} for {@code r = 1}, and +0 for {@code b = +0} and {@code r > 0} (note 1).
   */
  private static double pow(double b, double r) {
    if (r == 1.0) {
      return b;
    }
    if (Double.doubleToRawLongBits(b) == 0L && r > 0) {
      return 0.0;
    }
    return StrictMath.pow(b, r);
  }

  /**
   * Fills {@code p[i * n + j]}, the probability that {@code i}'s position beats {@code j}'s, for
   * voters with risk exponents {@code r}.
   */
  private void probabilities(double[] x, double[] r, double range, double[] p) {
    if (model.probability() == VictoryProbability.PAIRWISE) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (x[i] == x[j]) {
            p[i * n + j] = 0;
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
          p[i * n + j] = total > 0 ? support / total : 0.5;
        }
      }
      return;
    }
    // Scholz's code: voter k's distance to every position under its own exponent r_k, and one
    // denominator over all voters and all ordered pairs of actors.
    for (int k = 0; k < n; k++) {
      int row = k * n;
      for (int a = 0; a < n; a++) {
        double base = Math.abs(x[k] - x[a]) / range;
        int same = -1;
        for (int earlier = 0; earlier < a && same < 0; earlier++) {
          if (x[earlier] == x[a]) {
            same = earlier;
          }
        }
        distance[row + a] = same >= 0 ? distance[row + same] : pow(base, r[k]);
      }
    }
    double denominator = 0;
    for (int k = 0; k < n; k++) {
      int row = k * n;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          denominator += Math.abs(weight[k] * (distance[row + b] - distance[row + a]));
        }
      }
    }
    if (!(denominator > 0)) {
      Arrays.fill(p, 0.0);
      return;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (x[i] == x[j]) {
          p[i * n + j] = 0;
          continue;
        }
        double support = 0;
        for (int k = 0; k < n; k++) {
          support += Math.max(0, weight[k] * (distance[k * n + j] - distance[k * n + i]));
        }
        p[i * n + j] = support / denominator;
      }
    }
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
    // a stable insertion sort by position: the order a stable sort gives, which fixes the order
    // in which tied actors' weights are added
    double total = 0;
    for (int i = 0; i < n; i++) {
      int a = i;
      int at = i;
      while (at > 0 && Double.compare(x[order[at - 1]], x[a]) > 0) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = a;
      total += weight[i];
    }
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

  private static boolean sameBits(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static List<Double> boxed(double[] values) {
    Double[] out = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return List.of(out);
  }
}
