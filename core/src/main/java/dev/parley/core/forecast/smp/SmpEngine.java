package dev.parley.core.forecast.smp;

import dev.parley.core.forecast.smp.SmpParameters.BargainModel;
import dev.parley.core.forecast.smp.SmpParameters.Transitions;
import dev.parley.core.forecast.smp.SmpParameters.VotingRule;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * One run of the spatial model of politics on primitive arrays: positions and ideals on the unit
 * scale, {@code [actor][dimension]}.
 *
 * <p>Each turn costs O(n³ + n²·d): every actor evaluates a challenge to every other with every
 * third party weighing in. The work KTAB spends on logging only (every actor's estimate of every
 * challenge, O(n⁴)) is not done: it has no effect on the result. Nor is work whose result is
 * already known: each actor's utility of a bargain is computed once per turn, though the bargain
 * stands in two actors' queues; and without the history, the outcome distribution of the final
 * state only. Rows of states and bargains are never written to once made, so states share them. Not
 * thread-safe: an engine reuses its work arrays from turn to turn.
 */
final class SmpEngine {
  /**
   * The fewest actors for which a turn's challenges and utilities are spread over the common
   * fork-join pool; below it, or when the caller runs many models side by side, one thread is
   * faster.
   */
  static final int PARALLEL_ACTORS = 24;

  private static final double MIN_CONTRIBUTION = 1e-10;
  private static final double MIN_GAIN = 1e-5;
  private static final double MIN_BARGAIN_WEIGHT = 1e-6;
  private static final double POSITION_TOLERANCE = 1e-3;
  private static final double MIN_FIRST_STEP = 1e-4;
  private static final double TIE = 1e-12;
  private static final double[] NO_MOVE = {};

  private final SmpParameters parameters;
  private final boolean ktab;
  private final int n;
  private final int dims;
  private final double[] capability;
  private final double[][] salience;
  private final double[] totalSalience;
  private final double[] salienceSquares;
  private final double @Nullable [][] accommodation;
  private final @Nullable BargainChoice choice;
  private final @Nullable RandomGenerator shared;
  private final RandomGenerator @Nullable [] perActor;
  private final boolean parallel;

  // per-state work arrays
  private final double[][] distance;
  private final double[] risk;
  private final double[][][] util;
  private final double[][][] utilByColumn;

  // per-turn work arrays: each initiator's bargains, all of them, every actor's mean utility of
  // each (column 0: the status quo), and one actor's queue with its ballot [actor][option]
  private final Bargain[][] offered;
  private final int[] offeredCount;
  private final Bargain[] all;
  private final double[][] value;
  private final Bargain[] statusQuo;
  private final Bargain[] queue;
  private final int[] column;
  private final double[][] ballot;
  private final double[][] neutral;

  // room for any election's coalition strengths and victory probabilities: at most 2n + 1 options
  private final double[][] strength;
  private final double[][] victory;

  SmpEngine(
      SmpParameters parameters,
      SmpVariant variant,
      double[] capability,
      double[][] salience,
      double @Nullable [][] accommodation,
      Seed seed,
      @Nullable BargainChoice choice,
      boolean parallel) {
    this.parameters = parameters;
    this.ktab = variant == SmpVariant.KTAB;
    this.n = capability.length;
    this.dims = salience.length == 0 ? 0 : salience[0].length;
    this.capability = capability;
    this.salience = salience;
    this.totalSalience = new double[n];
    this.salienceSquares = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0.0;
      double s2 = 0;
      for (int k = 0; k < dims; k++) {
        s = s + salience[i][k];
        s2 = s2 + (salience[i][k] * salience[i][k]);
      }
      totalSalience[i] = s;
      salienceSquares[i] = s2;
    }
    this.accommodation = accommodation;
    this.choice = choice;
    boolean stochastic = parameters.transitions() == Transitions.STOCHASTIC && choice == null;
    if (stochastic && ktab) {
      this.shared = seed.generator();
      this.perActor = null;
    } else if (stochastic) {
      this.shared = null;
      this.perActor = new RandomGenerator[n];
      for (int i = 0; i < n; i++) {
        perActor[i] = seed.stream(i);
      }
    } else {
      this.shared = null;
      this.perActor = null;
    }
    this.parallel = parallel && n >= PARALLEL_ACTORS;
    this.distance = new double[n][n];
    this.risk = new double[n];
    this.util = new double[n][n][n];
    this.utilByColumn = new double[n][n][n];
    this.offered = new Bargain[n][2];
    this.offeredCount = new int[n];
    this.all = new Bargain[2 * n];
    this.value = new double[n][2 * n + 1];
    this.statusQuo = new Bargain[n];
    for (int k = 0; k < n; k++) {
      statusQuo[k] = new Bargain(k, k, NO_MOVE, NO_MOVE);
    }
    this.queue = new Bargain[2 * n + 1];
    this.column = new int[2 * n + 1];
    this.ballot = new double[n][2 * n + 1];
    this.neutral = new double[n][n];
    this.strength = new double[2 * n + 1][2 * n + 1];
    this.victory = new double[2 * n + 1][2 * n + 1];
  }

  /** The result of a run, on the unit scale. */
  record Trace(
      List<double[][]> positions,
      List<double[]> probabilities,
      List<double[][]> outcomes,
      List<int[]> outcomeActors,
      List<double[]> outcomeProbabilities,
      double[] ratios,
      boolean converged) {}

  /**
   * Runs the model from the start positions. With {@code history} false the trace holds only the
   * outcome distribution of the final state (no states, probabilities or ratios): the same final
   * state as with the history, reached by the same arithmetic.
   */
  Trace run(double[][] start, boolean history) {
    List<double[][]> positions = new ArrayList<>();
    List<double[]> probabilities = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    // states and ideals are never written to once made, so they may share rows (so do bargains)
    double[][] pos = copy(start);
    double[][] ideal = accommodation == null ? pos : copy(start);
    utilities(ideal, pos);
    Distribution dist = null;
    if (history) {
      positions.add(copy(pos));
      dist = positionDistribution(pos);
      probabilities.add(dist.perActor);
    }
    double firstStep = 0;
    boolean converged = false;
    for (int turn = 0; ; turn++) {
      double[][] next = step(turn, pos, ideal);
      double[][] nextIdeal = newIdeals(next, ideal);
      double moved = stateDistance(pos, next);
      if (turn == 0) {
        firstStep = moved + MIN_FIRST_STEP;
      }
      double ratio = moved / firstStep;
      pos = next;
      ideal = nextIdeal;
      utilities(ideal, pos);
      if (history) {
        ratios.add(ratio);
        positions.add(copy(pos));
        dist = positionDistribution(pos);
        probabilities.add(dist.perActor);
      }
      int iteration = turn + 1;
      boolean quiet = ratio < parameters.stopRatio();
      if (iteration >= parameters.minTurns() && quiet) {
        converged = true;
        break;
      }
      if (iteration >= parameters.maxTurns()) {
        break;
      }
    }
    if (dist == null) {
      dist = positionDistribution(pos);
    }
    double[] r = new double[ratios.size()];
    for (int t = 0; t < r.length; t++) {
      r[t] = ratios.get(t);
    }
    List<double[][]> outcomes = List.<double[][]>of(dist.unique);
    return new Trace(
        positions,
        probabilities,
        outcomes,
        dist.holders,
        List.<double[]>of(dist.probability),
        r,
        converged);
  }

  // ---------------------------------------------------------------- utilities and risk

  /** Sets the distances, risk attitudes and every actor's estimate of every utility. */
  private void utilities(double[][] ideal, double[][] pos) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        distance[i][j] = weightedDistance(i, ideal[i], pos[j]);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        neutral[i][j] = utility(distance[i][j], 0.0);
      }
    }
    double[] p = Elections.scalarElection(parameters, capability, neutral, n, strength, victory);
    riskFromProbabilities(p);
    if (parallel) {
      java.util.stream.IntStream.range(0, n).parallel().forEach(this::estimates);
    } else {
      for (int h = 0; h < n; h++) {
        estimates(h);
      }
    }
  }

  /** Sets actor h's estimate of every actor's utility of every actor's position. */
  private void estimates(int h) {
    double[][] uh = util[h];
    double[][] th = utilByColumn[h];
    for (int i = 0; i < n; i++) {
      double rhi = estimatedRisk(risk[h], risk[i]);
      double[] di = distance[i];
      double[] row = uh[i];
      for (int j = 0; j < n; j++) {
        double x = utility(di[j], rhi);
        row[j] = x;
        th[j][i] = x;
      }
    }
  }

  private void riskFromProbabilities(double[] p) {
    double min = 1.0;
    double max = 0.0;
    for (double x : p) {
      min = x < min ? x : min;
      max = x > max ? x : max;
    }
    if (!ktab && !(max > min)) {
      java.util.Arrays.fill(risk, 0.0);
      return;
    }
    for (int i = 0; i < n; i++) {
      risk[i] =
          switch (parameters.riskRange()) {
            case MIN -> (p[i] - min) / (max - min);
            case MID -> (3 * p[i] - (max + 2 * min)) / (2 * (max - min));
            case MAX -> (2 * p[i] - (max + min)) / (max - min);
          };
    }
  }

  private double estimatedRisk(double rh, double ri) {
    return switch (parameters.riskAdjust()) {
      case FULL -> ri;
      case TWO_THIRDS -> (rh + (2.0 * ri)) / 3.0;
      case HALF -> (rh + ri) / 2;
      case ONE_THIRD -> ((2.0 * rh) + ri) / 3.0;
      case NONE -> rh;
    };
  }

  /**
   * The salience-weighted RMS distance from an actor's ideal to a position, 0 for an indifferent
   * actor.
   */
  private double weightedDistance(int actor, double[] ideal, double[] pos) {
    double[] sal = salience[actor];
    double ds2 = 0;
    for (int k = 0; k < ideal.length; k++) {
      double ds = (ideal[k] - pos[k]) * sal[k];
      ds2 = ds2 + (ds * ds);
    }
    double s2 = salienceSquares[actor];
    return s2 > 0 ? Math.sqrt(ds2 / s2) : 0.0;
  }

  /** KTAB's utility of a distance {@code d} under risk attitude {@code r}. */
  static double utility(double d, double r) {
    return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
  }

  private double ownUtility(int actor, double[] ideal, double[] pos) {
    return utility(weightedDistance(actor, ideal, pos), risk[actor]);
  }

  // ---------------------------------------------------------------- challenges

  /**
   * h's estimate of the probability that i beats j and of the expected gain to k of i challenging
   * j, compared with the status quo. Returns the probability; the gain is in {@code gain[0]}.
   */
  private double challenge(int h, int k, int i, int j, double[] gain) {
    VotingRule vr = parameters.voting();
    double[][] u = util[h];
    double[] colI = utilByColumn[h][i];
    double[] colJ = utilByColumn[h][j];
    double uii = u[i][i];
    double uij = u[i][j];
    double uji = u[j][i];
    double ujj = u[j][j];
    double euSq = u[k][i] + u[k][j];
    double euWin = u[k][i] + u[k][i];
    double euLose = u[k][j] + u[k][j];
    double si = totalSalience[i];
    double sj = totalSalience[j];
    double contribI = Elections.vote(vr, si * capability[i], uii, uij);
    double contribJ = Elections.vote(vr, sj * capability[j], uji, ujj);
    double cij = MIN_CONTRIBUTION;
    double cji = MIN_CONTRIBUTION;
    if (contribI > 0.0) {
      cij = cij + contribI;
    }
    if (contribI < 0.0) {
      cji = cji - contribI;
    }
    if (contribJ > 0.0) {
      cij = cij + contribJ;
    }
    if (contribJ < 0.0) {
      cji = cji - contribJ;
    }
    double principalsI = cij;
    double principalsJ = cji;
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) {
        continue;
      }
      double wm = totalSalience[m] * capability[m];
      double umi = colI[m];
      double umj = colJ[m];
      double umm = u[m][m];
      double little = Elections.vote(vr, wm, umi, umj);
      double ci = little > 0 ? principalsI + little : principalsI;
      double cj = little < 0 ? principalsJ - little : principalsJ;
      double pin = ci / (ci + cj);
      double vote = thirdPartyVote(vr, wm, pin, 1.0 - pin, umi, umj, umm);
      cij = vote > 0 ? cij + vote : cij;
      cji = vote < 0 ? cji - vote : cji;
    }
    double pij = cij / (cij + cji);
    double pji = cji / (cij + cji);
    double euContest = pij * euWin + pji * euLose;
    double euChallenge = (1 - sj) * euWin + sj * euContest;
    gain[0] = euChallenge - euSq;
    return pij;
  }

  private double thirdPartyVote(
      VotingRule vr, double w, double pik, double pjk, double uki, double ukj, double ukk) {
    double ikBeatsJ;
    double jBeatsIk;
    double iBeatsJk;
    double jkBeatsI;
    switch (parameters.thirdParty()) {
      case FULL_COMMIT -> {
        ikBeatsJ = uki + uki + uki;
        jBeatsIk = ukj + ukj + ukj;
        iBeatsJk = uki + uki + uki;
        jkBeatsI = ukj + ukj + ukj;
      }
      case SEMI_COMMIT -> {
        ikBeatsJ = uki + uki + ukk;
        jBeatsIk = ukj + ukj + ukj;
        iBeatsJk = uki + uki + uki;
        jkBeatsI = ukj + ukj + ukk;
      }
      case NO_COMMIT -> {
        ikBeatsJ = uki + uki + ukk;
        jBeatsIk = ukj + ukj + ukk;
        iBeatsJk = uki + uki + ukk;
        jkBeatsI = ukj + ukj + ukk;
      }
      default -> throw new IllegalStateException("unknown commitment");
    }
    double joinI = (pik * ikBeatsJ) + (pjk * jBeatsIk);
    double joinJ = (pik * iBeatsJk) + (pjk * jkBeatsI);
    return Elections.vote(vr, w, joinI, joinJ);
  }

  // ---------------------------------------------------------------- bargains

  /**
   * A proposed bargain: the initiator's and the receiver's new positions (empty for a status quo,
   * whose positions are the current state's and never read from the bargain).
   */
  private record Bargain(int init, int rcvr, double[] posInit, double[] posRcvr) {
    boolean isStatusQuo() {
      return init == rcvr;
    }
  }

  private Bargain interpolate(
      int i, int j, double[] posI, double[] posJ, double probI, double probJ) {
    double[] bi = new double[dims];
    double[] bj = new double[dims];
    for (int k = 0; k < dims; k++) {
      double tik = posI[k];
      double sik = salience[i][k];
      double tjk = posJ[k];
      double sjk = salience[j][k];
      switch (parameters.bargain()) {
        case S1P1 -> {
          double wik = sik * probI;
          double wjk = sjk * probJ;
          bi[k] =
              round4(
                  ((wik + MIN_BARGAIN_WEIGHT) * tik + wjk * tjk)
                      / (wik + MIN_BARGAIN_WEIGHT + wjk));
          bj[k] =
              round4(
                  (wik * tik + (MIN_BARGAIN_WEIGHT + wjk) * tjk)
                      / (wik + MIN_BARGAIN_WEIGHT + wjk));
        }
        case S2P2 -> {
          double wik = (sik * sik) * (probI * probI);
          double wjk = (sjk * sjk) * (probJ * probJ);
          bi[k] =
              round4(
                  ((wik + MIN_BARGAIN_WEIGHT) * tik + wjk * tjk)
                      / (wik + MIN_BARGAIN_WEIGHT + wjk));
          bj[k] =
              round4(
                  (wik * tik + (MIN_BARGAIN_WEIGHT + wjk) * tjk)
                      / (wik + MIN_BARGAIN_WEIGHT + wjk));
        }
        case S2P_MAX -> {
          double di = probJ > probI ? probJ - probI : 0;
          double dj = probI > probJ ? probI - probJ : 0;
          double sik2 = sik * sik;
          double sjk2 = sjk * sjk;
          double dik = (di * sjk2) / ((di * sjk2) + MIN_BARGAIN_WEIGHT + ((1 - di) * sik2));
          double djk = (dj * sik2) / ((dj * sik2) + MIN_BARGAIN_WEIGHT + ((1 - dj) * sjk2));
          bi[k] = tik + dik * (tjk - tik);
          bj[k] = tjk + djk * (tik - tjk);
        }
        default -> throw new IllegalStateException("unknown interpolation");
      }
    }
    return new Bargain(i, j, bi, bj);
  }

  private static double round4(double x) {
    int y = (int) (0.5 + (x * 10000.0));
    return y / 10000.0;
  }

  // ---------------------------------------------------------------- one turn

  /** Sets the bargains initiator i offers this turn: {@code offered[i][0, offeredCount[i])}. */
  private void offer(int i, double[][] pos) {
    Bargain[] mine = offered[i];
    offeredCount[i] = 0;
    double[] gain = new double[1];
    int best = -1;
    double bestProb = 0;
    double bestGain = -1.0;
    for (int j = 0; j < n; j++) {
      if (j == i) {
        continue;
      }
      double p = challenge(i, i, i, j, gain);
      double g = gain[0];
      boolean better = ktab ? bestGain < g : g > bestGain + TIE * Math.abs(bestGain);
      if (MIN_GAIN < g && better) {
        best = j;
        bestProb = p;
        bestGain = g;
      }
    }
    if (best < 0) {
      return;
    }
    int j = best;
    Bargain fromI = interpolate(i, j, pos[i], pos[j], bestProb, 1 - bestProb);
    BargainModel model = parameters.bargainModel();
    if (model == BargainModel.INIT_ONLY_INTERP) {
      mine[0] = fromI;
      offeredCount[i] = 1;
      return;
    }
    double pj = challenge(j, i, i, j, gain);
    double receiverView = ktab ? gain[0] : pj;
    Bargain fromJ = interpolate(i, j, pos[i], pos[j], receiverView, 1 - receiverView);
    if (model == BargainModel.INIT_RCVR_INTERP) {
      mine[0] = fromI;
      mine[1] = fromJ;
      offeredCount[i] = 2;
      return;
    }
    double wi = capability[i] * totalSalience[i];
    double wj = (ktab ? capability[i] : capability[j]) * totalSalience[j];
    double[] bi = new double[dims];
    double[] bj = new double[dims];
    for (int k = 0; k < dims; k++) {
      bi[k] = (wi * fromI.posInit()[k] + wj * fromJ.posInit()[k]) / (wi + wj);
      bj[k] = (wi * fromI.posRcvr()[k] + wj * fromJ.posRcvr()[k]) / (wi + wj);
    }
    mine[0] = new Bargain(i, j, bi, bj);
    offeredCount[i] = 1;
  }

  private double[][] step(int turn, double[][] pos, double[][] ideal) {
    // challenges and bargains, by initiator; each initiator's work is independent
    if (parallel) {
      java.util.stream.IntStream.range(0, n).parallel().forEach(i -> offer(i, pos));
    } else {
      for (int i = 0; i < n; i++) {
        offer(i, pos);
      }
    }
    int total = 0;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < offeredCount[i]; c++) {
        all[total++] = offered[i][c];
      }
    }

    // every actor's mean utility of each outcome: the status quo (column 0) and each bargain, the
    // same whichever queue the bargain is in
    for (int a = 0; a < n; a++) {
      double[] own = util[a][a];
      double[] va = value[a];
      double s = 0.0;
      for (int x = 0; x < n; x++) {
        s = s + own[x];
      }
      va[0] = s / n;
      for (int m = 0; m < total; m++) {
        Bargain b = all[m];
        s = 0.0;
        s = s + ownUtility(a, ideal[a], b.posInit());
        s = s + ownUtility(a, ideal[a], b.posRcvr());
        for (int x = 0; x < n; x++) {
          if (x != b.init() && x != b.rcvr()) {
            s = s + own[x];
          }
        }
        va[m + 1] = s / n;
      }
    }

    // each actor's queue: its status quo, then the bargains naming it, by initiator; the new state
    // shares rows with the old one and with the bargains, none of which is ever written to again
    double[][] next = new double[n][];
    for (int k = 0; k < n; k++) {
      queue[0] = statusQuo[k];
      column[0] = 0;
      int nb = 1;
      for (int m = 0; m < total; m++) {
        Bargain b = all[m];
        if (b.init() == k || b.rcvr() == k) {
          column[nb] = m + 1;
          queue[nb++] = b;
        }
      }
      for (int a = 0; a < n; a++) {
        double[] va = value[a];
        double[] ua = ballot[a];
        for (int m = 0; m < nb; m++) {
          ua[m] = va[column[m]];
        }
      }
      double[] p = Elections.scalarElection(parameters, capability, ballot, nb, strength, victory);
      Bargain b = queue[choose(turn, k, nb, p)];
      if (b.isStatusQuo()) {
        next[k] = pos[k];
      } else if (b.init() == k) {
        next[k] = b.posInit();
      } else {
        next[k] = b.posRcvr();
      }
    }
    return next;
  }

  /** Returns the index of the bargain {@code actor} takes among {@code queue[0, nb)}. */
  private int choose(int turn, int actor, int nb, double[] p) {
    if (choice != null) {
      int[] init = new int[nb];
      int[] rcvr = new int[nb];
      for (int m = 0; m < nb; m++) {
        init[m] = queue[m].init();
        rcvr[m] = queue[m].rcvr();
      }
      int c = choice.choose(turn, actor, init, rcvr, p.clone());
      if (c < 0 || c >= nb) {
        throw new IllegalArgumentException(
            "expected a bargain index below " + nb + ", but the choice returned " + c);
      }
      return c;
    }
    RandomGenerator rng = shared != null ? shared : perActor != null ? perActor[actor] : null;
    if (rng != null) {
      double u = rng.nextDouble();
      double s = 0.0;
      for (int m = 0; m < p.length; m++) {
        s = s + p[m];
        if (u <= s) {
          return m;
        }
      }
      return p.length - 1;
    }
    int best = 0;
    double max = -1.0;
    for (int m = 0; m < p.length; m++) {
      double a = Math.abs(p[m]);
      boolean better = ktab ? max < a : a > max + TIE * Math.abs(max);
      if (better) {
        best = m;
        max = a;
      }
    }
    return best;
  }

  private double[][] newIdeals(double[][] pos, double[][] oldIdeal) {
    double @Nullable [][] a = accommodation;
    if (a == null) {
      return pos;
    }
    double[][] out = new double[n][dims];
    for (int i = 0; i < n; i++) {
      double si = 0.0;
      double[] ip = new double[dims];
      for (int j = 0; j < n; j++) {
        double aij = a[i][j];
        si = si + aij;
        for (int k = 0; k < dims; k++) {
          ip[k] = ip[k] + (aij * pos[j][k]);
        }
      }
      si = Math.min(1.0, si);
      double lag = 1.0 - si;
      for (int k = 0; k < dims; k++) {
        out[i][k] = ip[k] + (lag * oldIdeal[i][k]);
      }
    }
    return out;
  }

  private static double stateDistance(double[][] a, double[][] b) {
    double total = 0;
    for (int i = 0; i < a.length; i++) {
      total = total + norm(a[i], b[i]);
    }
    return total;
  }

  private static double norm(double[] a, double[] b) {
    double s = 0.0;
    for (int k = 0; k < a.length; k++) {
      double d = a[k] - b[k];
      s = s + (d * d);
    }
    return Math.sqrt(s);
  }

  // ---------------------------------------------------------------- outcome distribution

  private record Distribution(
      double[] perActor, double[][] unique, List<int[]> holders, double[] probability) {}

  /**
   * The election among the distinct positions of a state, each actor voting by its own utility;
   * each actor gets the probability of its position.
   */
  private Distribution positionDistribution(double[][] pos) {
    List<Integer> reps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean found = false;
      for (int r = 0; !found && r < reps.size(); r++) {
        found = norm(pos[i], pos[reps.get(r)]) < POSITION_TOLERANCE;
      }
      if (!found) {
        reps.add(i);
      }
    }
    int nu = reps.size();
    double[][] u = new double[n][nu];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < nu; r++) {
        u[i][r] = util[i][i][reps.get(r)];
      }
    }
    double[] p = Elections.scalarElection(parameters, capability, u, nu, strength, victory);
    double[] perActor = new double[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int r = 0; r < nu; r++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      int k = -1;
      for (int r = 0; r < nu; r++) {
        if (norm(pos[i], pos[reps.get(r)]) < POSITION_TOLERANCE) {
          k = r;
        }
      }
      perActor[i] = p[k];
      members.get(k).add(i);
    }
    double[][] unique = new double[nu][];
    List<int[]> holders = new ArrayList<>();
    for (int r = 0; r < nu; r++) {
      unique[r] = pos[reps.get(r)].clone();
      holders.add(members.get(r).stream().mapToInt(Integer::intValue).toArray());
    }
    return new Distribution(perActor, unique, holders, p);
  }

  private static double[][] copy(double[][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i].clone();
    }
    return out;
  }
}
