package dev.parley.core.forecast.exchange;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stokman's exchange model with equal-utility exchange: pairs of actors trade concessions across
 * issues until no trade profits both, and the forecast is the compromise outcome of the positions
 * they end with.
 *
 * <p>Variant pinned here, after Stokman and Van Oosten (1994) and the equal-utility exchange rate
 * of Dijkstra, Van Assen and Stokman (2008), as summarised in research/anchors-forecasting.md §4:
 *
 * <ol>
 *   <li>The outcome of issue {@code k} is the compromise {@code O_k = Σ c_m s_mk x_mk / Σ c_m
 *       s_mk}. If actor {@code i} moves its position on {@code k} by {@code δ}, the outcome moves
 *       by {@code a_ik δ} with {@code a_ik = c_i s_ik / Σ c_m s_mk}.
 *   <li>An actor's utility is linear: a shift {@code Δ} of {@code O_k} towards its side of the
 *       outcome is worth {@code s_ik Δ}, a shift away costs as much.
 *   <li>Actors {@code i} and {@code j} can exchange on issues {@code (k, l)} when they are on
 *       opposite sides of the outcome on both and {@code s_ik s_jl > s_il s_jk}: {@code j} moves
 *       towards {@code O_k}, the issue {@code i} cares relatively more about, and {@code i} towards
 *       {@code O_l}. With outcome shifts {@code A} on {@code k} and {@code B} on {@code l}, the
 *       gains are {@code G_i = s_ik A − s_il B} and {@code G_j = s_jl B − s_jk A}.
 *   <li>The exchange rate makes the gains equal, {@code A/B = (s_il + s_jl)/(s_ik + s_jk)}, and the
 *       larger exchange this rate allows is made: one partner moves all the way to the outcome
 *       (never past it), the other as far as the rate says. Both then gain {@code G = B (s_ik s_jl
 *       − s_il s_jk)/(s_ik + s_jk) > 0}.
 *   <li>Each round, all exchanges that gain more than {@code 1e-9} × the widest scale are ranked by
 *       gain (ties by actor and issue indexes) and made in that order, skipping any exchange with
 *       an actor–issue pair (gaining or conceding) already used in the round; shifts are those
 *       computed at the start of the round. A moved position is the one the actor defends from then
 *       on.
 *   <li>Rounds repeat until no profitable exchange is left, or the round cap (default 1000).
 * </ol>
 *
 * <p>Every move goes from a position towards the outcome, a weighted mean of positions, so
 * positions never leave the range the actors started in. An actor with salience 0 on an issue has
 * no weight there and gains nothing from it, so it never takes part in an exchange on that issue.
 * Cost: O(n² d²) per round.
 */
public final class ExchangeModel implements Forecaster {
  private final String name;
  private final int maxRounds;
  private final boolean masks;

  /** Creates the model named {@code exchange}, capped at 1000 rounds. */
  public ExchangeModel() {
    this("exchange", 1000);
  }

  /**
   * Creates the model with the given name and round cap.
   *
   * @param maxRounds at least 1
   */
  public ExchangeModel(String name, int maxRounds) {
    this(name, maxRounds, true);
  }

  /**
   * Creates the model; {@code masks} false makes it test the salience condition of every pair of
   * issues in every round instead of keeping its bits, as it does anyway for large problems (the
   * same results; tests compare the two).
   */
  ExchangeModel(String name, int maxRounds, boolean masks) {
    this.masks = masks;
    this.name = Objects.requireNonNull(name, "name");
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds must be at least 1, was " + maxRounds);
    }
    this.maxRounds = maxRounds;
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns true: exchanges trade one issue against another. */
  @Override
  public boolean couplesDimensions() {
    return true;
  }

  /** Returns the round cap. */
  public int maxRounds() {
    return maxRounds;
  }

  /**
   * Returns the post-exchange compromise of every dimension, the positions round by round, and the
   * details {@code rounds}, {@code exchanges} and {@code converged} (1 or 0).
   */
  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    Engine engine = new Engine(problem, masks);
    List<List<List<Double>>> history = new ArrayList<>();
    history.add(snapshot(engine.x));
    int exchanges = 0;
    int rounds = 0;
    boolean converged = false;
    for (int round = 1; round <= maxRounds; round++) {
      int made = engine.round(round, null);
      if (made < 0) {
        converged = true;
        break;
      }
      exchanges += made;
      rounds = round;
      history.add(snapshot(engine.x));
    }
    double[] outcome = engine.outcomes();
    return new Forecast(
        name,
        Arrays.stream(outcome).boxed().toList(),
        history,
        Map.of(
            "rounds", (double) rounds,
            "exchanges", (double) exchanges,
            "converged", converged || !engine.hasCandidates() ? 1.0 : 0.0));
  }

  /**
   * Writes the forecast of every dimension to {@code out[offset, offset + d)}, d the number of
   * dimensions: the same numbers, bit for bit, as {@code forecast(problem, seed).outcome()},
   * without recording the rounds or the exchanges. This is the path for many forecasts, such as
   * Monte Carlo trials.
   */
  public void forecastOutcome(SpatialProblem problem, double[] out, int offset) {
    int d = problem.dimensionCount();
    Objects.checkFromIndexSize(offset, d, out.length);
    Engine engine = new Engine(problem, masks);
    for (int round = 1; round <= maxRounds; round++) {
      if (engine.round(round, null) < 0) {
        break;
      }
    }
    System.arraycopy(engine.outcomes(), 0, out, offset, d);
  }

  /** Runs the exchange model on a problem. */
  public ExchangeRun run(SpatialProblem problem) {
    Engine engine = new Engine(problem, masks);
    List<Exchange> made = new ArrayList<>();
    List<List<List<Double>>> history = new ArrayList<>();
    history.add(snapshot(engine.x));
    boolean converged = false;
    for (int round = 1; round <= maxRounds; round++) {
      if (engine.round(round, made) < 0) {
        converged = true;
        break;
      }
      history.add(snapshot(engine.x));
    }
    if (!converged) {
      converged = !engine.hasCandidates();
    }
    return new ExchangeRun(
        made, history, Arrays.stream(engine.outcomes()).boxed().toList(), converged);
  }

  /**
   * The model's state on primitive arrays: the positions, and the profitable exchanges of the
   * current round, one slot per exchange in parallel arrays reused from round to round. Candidate
   * {@code t} is an exchange between {@code i < j}: {@code j} concedes on {@code k} (moving {@code
   * fractionJ} of the way to the outcome), {@code i} on {@code l}. Candidates are found in the
   * order of {@code (i, j, k, l)}.
   *
   * <p>Saliences and capabilities do not change from round to round, so which of two issues each
   * side of a pair values more is known before the first round: when there are at most {@value
   * #MASKED_DIMENSIONS} dimensions and the pairs are not too many, each pair keeps, per issue
   * {@code k}, the bits of the issues {@code l} for which {@code i} would trade {@code l} for
   * {@code k}, and a round visits only those that are also contested. The shares moved and the
   * gains of an exchange are computed again, by the same operations, only for the exchanges made.
   */
  private static final class Engine {
    /** The most dimensions for which the bits of each pair are kept. */
    static final int MASKED_DIMENSIONS = 64;

    /** The most pairs × dimensions for which the bits are kept (8 MiB of masks). */
    static final int MASKED_CELLS = 1 << 20;

    private final int n;
    private final int d;
    private final double[] c;
    private final double[][] s;
    private final double[][] share;
    private final double tolerance;

    /** The positions, updated in place. */
    final double[][] x;

    private final double[] outcome;
    private final double[][] side;
    private final double[][] distance;
    private final boolean[] used;

    /**
     * Per pair {@code (i, j)} in the order of the loops and issue {@code k}: the bits of the issues
     * {@code l != k} with {@code s[i][k] s[j][l] > s[i][l] s[j][k]}, j's share of {@code k} and i's
     * share of {@code l} positive; null when not kept.
     */
    private final long @Nullable [] trades;

    private final int[] byJ;
    private final int[] byI;
    private int count;
    private int live;
    private int[] alive = new int[64];
    private int[] ci = new int[64];
    private int[] cj = new int[64];
    private int[] ck = new int[64];
    private int[] cl = new int[64];
    private double[] gain = new double[64];

    /**
     * @param masks whether the bits of each pair may be kept (tests turn them off to compare)
     */
    Engine(SpatialProblem problem, boolean masks) {
      n = problem.actorCount();
      d = problem.dimensionCount();
      c = problem.capabilities();
      s = problem.saliences();
      x = problem.positions();
      double widest = 0;
      for (int k = 0; k < d; k++) {
        widest = Math.max(widest, problem.upper(k) - problem.lower(k));
      }
      tolerance = 1e-9 * Math.max(widest, 1e-300);
      share = new double[n][d];
      for (int k = 0; k < d; k++) {
        double total = 0;
        for (int i = 0; i < n; i++) {
          total += c[i] * s[i][k];
        }
        for (int i = 0; i < n; i++) {
          share[i][k] = total > 0 ? c[i] * s[i][k] / total : 0;
        }
      }
      outcome = new double[d];
      side = new double[n][d];
      distance = new double[n][d];
      used = new boolean[n * d];
      byJ = new int[d];
      byI = new int[d];
      long pairs = (long) n * (n - 1) / 2;
      trades = masks && d <= MASKED_DIMENSIONS && pairs * d <= MASKED_CELLS ? trades() : null;
    }

    /** Returns the bits of {@link #trades}. */
    private long[] trades() {
      long[] bits = new long[n * (n - 1) / 2 * d];
      int p = 0;
      for (int i = 0; i < n; i++) {
        double[] sI = s[i];
        double[] shareI = share[i];
        for (int j = i + 1; j < n; j++) {
          double[] sJ = s[j];
          double[] shareJ = share[j];
          for (int k = 0; k < d; k++) {
            long row = 0;
            if (shareJ[k] > 0) {
              for (int l = 0; l < d; l++) {
                if (l != k && shareI[l] > 0 && sI[k] * sJ[l] > sI[l] * sJ[k]) {
                  row |= 1L << l;
                }
              }
            }
            bits[p * d + k] = row;
          }
          p++;
        }
      }
      return bits;
    }

    /** Returns each dimension's compromise of the current positions. */
    double[] outcomes() {
      return ExchangeModel.outcomes(c, s, x, d);
    }

    /** Returns whether any profitable exchange is left at the current positions. */
    boolean hasCandidates() {
      findCandidates();
      return count > 0;
    }

    /**
     * Makes one round's exchanges, best first, adding them to {@code made} when it is not null;
     * returns how many were made, or -1 when no profitable exchange is left.
     */
    int round(int round, @Nullable List<Exchange> made) {
      findCandidates();
      if (count == 0) {
        return -1;
      }
      Arrays.fill(used, false);
      int exchanges = 0;
      live = count;
      for (int t = 0; t < live; t++) {
        alive[t] = t;
      }
      int best = best();
      while (best >= 0) {
        int i = ci[best];
        int j = cj[best];
        int k = ck[best];
        int l = cl[best];
        used[i * d + k] = used[i * d + l] = used[j * d + k] = used[j * d + l] = true;
        // the same operations as when the candidate was found, on the same round-start values
        double maxA = share[j][k] * distance[j][k];
        double maxB = share[i][l] * distance[i][l];
        double rate = (s[i][l] + s[j][l]) / (s[i][k] + s[j][k]);
        double a;
        double b;
        if (maxA >= rate * maxB) {
          b = maxB;
          a = rate * maxB;
        } else {
          a = maxA;
          b = maxA / rate;
        }
        double fromJ = x[j][k];
        double fromI = x[i][l];
        double toJ = toward(fromJ, outcome[k], Math.min(1, a / maxA));
        double toI = toward(fromI, outcome[l], Math.min(1, b / maxB));
        x[j][k] = toJ;
        x[i][l] = toI;
        exchanges++;
        if (made != null) {
          made.add(
              new Exchange(
                  round,
                  i,
                  j,
                  l,
                  k,
                  Math.abs(toI - fromI),
                  Math.abs(toJ - fromJ),
                  s[i][k] * a - s[i][l] * b,
                  s[j][l] * b - s[j][k] * a));
        }
        best = best();
      }
      return exchanges;
    }

    /**
     * Drops from the live candidates ({@code alive[0, live)}, in slot order) every one that shares
     * an actor–issue pair with an exchange made this round (the one just made included), keeping
     * the others in order, and returns the slot of the best one left: the largest smaller gain,
     * ties to the earliest slot (the smallest {@code (i, j, k, l)}); -1 when none is left. Picking
     * so, one by one, makes the same exchanges in the same order as sorting all candidates by
     * decreasing smaller gain, then by {@code i, j, k, l}, and skipping those that reuse a pair.
     */
    private int best() {
      int w = 0;
      int best = -1;
      double top = 0;
      boolean[] u = used;
      for (int r = 0; r < live; r++) {
        int t = alive[r];
        int id = ci[t] * d;
        int jd = cj[t] * d;
        int k = ck[t];
        int l = cl[t];
        if (u[id + k] || u[id + l] || u[jd + k] || u[jd + l]) {
          continue;
        }
        alive[w++] = t;
        if (best < 0 || gain[t] > top) {
          best = t;
          top = gain[t];
        }
      }
      live = w;
      return best;
    }

    /** Finds the profitable exchanges at the current positions, in the order of (i, j, k, l). */
    private void findCandidates() {
      double[] o = ExchangeModel.outcomes(c, s, x, d);
      System.arraycopy(o, 0, outcome, 0, d);
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < d; k++) {
          side[i][k] = Math.signum(x[i][k] - outcome[k]);
          distance[i][k] = Math.abs(x[i][k] - outcome[k]);
        }
      }
      count = 0;
      int p = 0;
      for (int i = 0; i < n; i++) {
        double[] sideI = side[i];
        double[] sI = s[i];
        double[] shareI = share[i];
        double[] distanceI = distance[i];
        for (int j = i + 1; j < n; j++, p++) {
          double[] sideJ = side[j];
          double[] sJ = s[j];
          double[] shareJ = share[j];
          double[] distanceJ = distance[j];
          // the issues j may concede on (k) and i may concede on (l), in increasing order
          int concedeJ = 0;
          int concedeI = 0;
          long contested = 0;
          for (int k = 0; k < d; k++) {
            double sideIk = sideI[k];
            if (sideIk == 0 || sideJ[k] != -sideIk) {
              continue;
            }
            if (shareJ[k] > 0) {
              byJ[concedeJ++] = k;
            }
            if (shareI[k] > 0) {
              byI[concedeI++] = k;
              if (trades != null) {
                contested |= 1L << k;
              }
            }
          }
          if (concedeJ == 0 || concedeI == 0) {
            continue;
          }
          for (int u = 0; u < concedeJ; u++) {
            int k = byJ[u];
            if (trades != null) {
              for (long bits = trades[p * d + k] & contested; bits != 0; bits &= bits - 1) {
                consider(
                    i,
                    j,
                    k,
                    Long.numberOfTrailingZeros(bits),
                    sI,
                    sJ,
                    shareI,
                    shareJ,
                    distanceI,
                    distanceJ);
              }
            } else {
              for (int v = 0; v < concedeI; v++) {
                int l = byI[v];
                // i gains on k (j concedes there) and gives way on l (j gains there).
                if (l != k && sI[k] * sJ[l] > sI[l] * sJ[k]) {
                  consider(i, j, k, l, sI, sJ, shareI, shareJ, distanceI, distanceJ);
                }
              }
            }
          }
        }
      }
    }

    /**
     * Keeps the exchange in which j concedes on {@code k} and i on {@code l} as a candidate when
     * the smaller of the two gains exceeds the tolerance.
     */
    private void consider(
        int i,
        int j,
        int k,
        int l,
        double[] sI,
        double[] sJ,
        double[] shareI,
        double[] shareJ,
        double[] distanceI,
        double[] distanceJ) {
      double maxA = shareJ[k] * distanceJ[k];
      double maxB = shareI[l] * distanceI[l];
      double rate = (sI[l] + sJ[l]) / (sI[k] + sJ[k]);
      double a;
      double b;
      if (maxA >= rate * maxB) {
        b = maxB;
        a = rate * maxB;
      } else {
        a = maxA;
        b = maxA / rate;
      }
      double smaller = Math.min(sI[k] * a - sI[l] * b, sJ[l] * b - sJ[k] * a);
      if (!(smaller > tolerance)) {
        return;
      }
      if (count == gain.length) {
        grow();
      }
      ci[count] = i;
      cj[count] = j;
      ck[count] = k;
      cl[count] = l;
      gain[count] = smaller;
      count++;
    }

    private void grow() {
      int size = gain.length * 2;
      ci = Arrays.copyOf(ci, size);
      cj = Arrays.copyOf(cj, size);
      ck = Arrays.copyOf(ck, size);
      cl = Arrays.copyOf(cl, size);
      gain = Arrays.copyOf(gain, size);
      alive = new int[size];
    }
  }

  /** Returns the point the given fraction of the way from a position to the outcome. */
  private static double toward(double from, double outcome, double fraction) {
    return fraction >= 1 ? outcome : from + (outcome - from) * fraction;
  }

  /** Returns each dimension's compromise; the plain mean where no actor has weight. */
  static double[] outcomes(double[] c, double[][] s, double[][] x, int d) {
    int n = x.length;
    double[] out = new double[d];
    for (int k = 0; k < d; k++) {
      double weighted = 0;
      double total = 0;
      double plain = 0;
      for (int i = 0; i < n; i++) {
        double w = c[i] * s[i][k];
        weighted += w * x[i][k];
        total += w;
        plain += x[i][k];
      }
      out[k] = total > 0 ? weighted / total : plain / n;
    }
    return out;
  }

  private static List<List<Double>> snapshot(double[][] x) {
    List<List<Double>> out = new ArrayList<>(x.length);
    for (double[] row : x) {
      out.add(Arrays.stream(row).boxed().toList());
    }
    return out;
  }
}
