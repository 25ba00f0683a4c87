package dev.parley.core.forecast.exchange;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    ExchangeRun run = run(problem);
    return new Forecast(
        name,
        run.outcome(),
        run.positions(),
        Map.of(
            "rounds", (double) run.rounds(),
            "exchanges", (double) run.exchanges().size(),
            "converged", run.converged() ? 1.0 : 0.0));
  }

  /** Runs the exchange model on a problem. */
  public ExchangeRun run(SpatialProblem problem) {
    int n = problem.actorCount();
    int d = problem.dimensionCount();
    double[] c = problem.capabilities();
    double[][] s = problem.saliences();
    double[][] x = problem.positions();
    double widest = 0;
    for (int k = 0; k < d; k++) {
      widest = Math.max(widest, problem.upper(k) - problem.lower(k));
    }
    double tolerance = 1e-9 * Math.max(widest, 1e-300);
    double[][] share = new double[n][d];
    for (int k = 0; k < d; k++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += c[i] * s[i][k];
      }
      for (int i = 0; i < n; i++) {
        share[i][k] = total > 0 ? c[i] * s[i][k] / total : 0;
      }
    }
    List<Exchange> made = new ArrayList<>();
    List<List<List<Double>>> history = new ArrayList<>();
    history.add(snapshot(x));
    boolean converged = false;
    for (int round = 1; round <= maxRounds; round++) {
      double[] outcome = outcomes(c, s, x, d);
      List<Candidate> candidates = candidates(s, x, share, outcome, tolerance);
      if (candidates.isEmpty()) {
        converged = true;
        break;
      }
      candidates.sort(BY_GAIN);
      boolean[][] used = new boolean[n][d];
      double[][] next = new double[n][];
      for (int i = 0; i < n; i++) {
        next[i] = x[i].clone();
      }
      for (Candidate e : candidates) {
        if (used[e.i][e.k] || used[e.i][e.l] || used[e.j][e.k] || used[e.j][e.l]) {
          continue;
        }
        used[e.i][e.k] = used[e.i][e.l] = used[e.j][e.k] = used[e.j][e.l] = true;
        next[e.j][e.k] = toward(x[e.j][e.k], outcome[e.k], e.fractionJ);
        next[e.i][e.l] = toward(x[e.i][e.l], outcome[e.l], e.fractionI);
        made.add(
            new Exchange(
                round,
                e.i,
                e.j,
                e.l,
                e.k,
                Math.abs(next[e.i][e.l] - x[e.i][e.l]),
                Math.abs(next[e.j][e.k] - x[e.j][e.k]),
                e.gainI,
                e.gainJ));
      }
      x = next;
      history.add(snapshot(x));
    }
    if (!converged) {
      converged = candidates(s, x, share, outcomes(c, s, x, d), tolerance).isEmpty();
    }
    return new ExchangeRun(
        made, history, Arrays.stream(outcomes(c, s, x, d)).boxed().toList(), converged);
  }

  /**
   * A profitable exchange between {@code i} and {@code j}: {@code j} concedes on {@code k} (moving
   * {@code fractionJ} of the way to the outcome), {@code i} on {@code l}.
   */
  private record Candidate(
      int i, int j, int k, int l, double fractionI, double fractionJ, double gainI, double gainJ) {}

  private static final Comparator<Candidate> BY_GAIN =
      Comparator.comparingDouble((Candidate e) -> -Math.min(e.gainI, e.gainJ))
          .thenComparingInt(e -> e.i)
          .thenComparingInt(e -> e.j)
          .thenComparingInt(e -> e.k)
          .thenComparingInt(e -> e.l);

  private static List<Candidate> candidates(
      double[][] s, double[][] x, double[][] share, double[] outcome, double tolerance) {
    int n = x.length;
    int d = outcome.length;
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (int k = 0; k < d; k++) {
          double sideIk = Math.signum(x[i][k] - outcome[k]);
          double sideJk = Math.signum(x[j][k] - outcome[k]);
          if (sideIk == 0 || sideJk != -sideIk || !(share[j][k] > 0)) {
            continue;
          }
          for (int l = 0; l < d; l++) {
            if (l == k) {
              continue;
            }
            double sideIl = Math.signum(x[i][l] - outcome[l]);
            double sideJl = Math.signum(x[j][l] - outcome[l]);
            if (sideIl == 0 || sideJl != -sideIl || !(share[i][l] > 0)) {
              continue;
            }
            // i gains on k (j concedes there) and gives way on l (j gains there).
            if (!(s[i][k] * s[j][l] > s[i][l] * s[j][k])) {
              continue;
            }
            double maxA = share[j][k] * Math.abs(x[j][k] - outcome[k]);
            double maxB = share[i][l] * Math.abs(x[i][l] - outcome[l]);
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
            double gainI = s[i][k] * a - s[i][l] * b;
            double gainJ = s[j][l] * b - s[j][k] * a;
            if (!(Math.min(gainI, gainJ) > tolerance)) {
              continue;
            }
            out.add(
                new Candidate(
                    i, j, k, l, Math.min(1, b / maxB), Math.min(1, a / maxA), gainI, gainJ));
          }
        }
      }
    }
    return out;
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
