package dev.parley.core.bargain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds logrolls: for each pair of parties, the trades of concessions across two issues that leave
 * both better off, best first.
 *
 * <p>Logrolling is integrative bargaining's basic move (Raiffa, "The Art and Science of
 * Negotiation", 1982; Pruitt 1981): each side yields on the issue it cares about less and the other
 * more. The baseline is what the pair would reach settling each issue on its own: on every issue,
 * the feasible option that maximises the smaller of the two parties' issue values, each scaled to
 * [0, 1] over the issue's feasible options (ties: larger sum, then first option). From that
 * baseline a logroll moves one issue toward the second party (the first party loses on it, the
 * second gains) and another toward the first party, every option pair considered, and keeps it when
 * both net gains are positive in {@link Ticks}. For each pair of issues only the trade with the
 * largest product of gains is kept. Trades are ranked by the smaller gain, then the larger product.
 * Additivity makes each gain a difference of two contributions.
 *
 * <p>Cost: O(k²·n²·m²) for k parties, n issues and m options per issue. A pair of issues whose
 * feasible options make more than {@value #MAX_OPTION_PAIRS} option pairs (two fine numeric issues)
 * is not searched; {@link #search} reports it rather than leaving it out silently.
 */
public final class LogrollAnalysis {
  /** The most option pairs searched for one pair of issues and one pair of parties. */
  public static final long MAX_OPTION_PAIRS = 20_000_000L;

  private final int perPair;

  /**
   * The logrolls found, and the pairs of issues too large to search.
   *
   * @param logrolls every pair of parties' logrolls, each pair's best first
   * @param unsearched the pairs of issues not searched, each once, in issue order
   */
  public record Result(List<Logroll> logrolls, List<Unsearched> unsearched) {
    /** Copies the fields. */
    public Result {
      logrolls = List.copyOf(logrolls);
      unsearched = List.copyOf(unsearched);
    }
  }

  /**
   * A pair of issues whose trades were not searched because their option pairs exceed {@link
   * #MAX_OPTION_PAIRS}.
   *
   * @param first the first issue, by index
   * @param second the second issue, by index, after the first
   * @param optionPairs the product of their feasible option counts
   */
  public record Unsearched(int first, int second, long optionPairs) {}

  /**
   * Creates the analysis.
   *
   * @param perPair how many logrolls to keep per pair of parties
   */
  public LogrollAnalysis(int perPair) {
    if (perPair < 1) {
      throw new IllegalArgumentException("perPair must be at least 1, was " + perPair);
    }
    this.perPair = perPair;
  }

  /** Returns the logrolls of every pair of parties, each pair's best first. */
  public List<Logroll> find(BargainingProblem problem) {
    return search(problem).logrolls();
  }

  /**
   * Returns the logrolls of every pair of parties, each pair's best first, and the pairs of issues
   * too large to search.
   */
  public Result search(BargainingProblem problem) {
    int[][] feasible = feasible(problem);
    List<Logroll> out = new ArrayList<>();
    for (int a = 0; a < problem.partyCount(); a++) {
      for (int b = a + 1; b < problem.partyCount(); b++) {
        out.addAll(between(problem, a, b, feasible));
      }
    }
    List<Unsearched> unsearched = new ArrayList<>();
    for (int x = 0; x < problem.issueCount(); x++) {
      for (int y = x + 1; y < problem.issueCount(); y++) {
        long pairs = (long) feasible[x].length * feasible[y].length;
        if (pairs > MAX_OPTION_PAIRS) {
          unsearched.add(new Unsearched(x, y, pairs));
        }
      }
    }
    return new Result(out, unsearched);
  }

  /** Returns the logrolls between parties a and b, best first. */
  public List<Logroll> between(BargainingProblem problem, int a, int b) {
    return between(problem, a, b, feasible(problem));
  }

  private List<Logroll> between(BargainingProblem problem, int a, int b, int[][] feasible) {
    int n = problem.issueCount();
    int[] baseline = baseline(problem, a, b);
    List<Logroll> found = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        if (x != y && (long) feasible[x].length * feasible[y].length <= MAX_OPTION_PAIRS) {
          Logroll best = bestTrade(problem, a, b, x, y, baseline, feasible);
          if (best != null) {
            found.add(best);
          }
        }
      }
    }
    found.sort(
        Comparator.comparingDouble(Logroll::minimumGain)
            .thenComparingDouble(l -> l.firstGain() * l.secondGain())
            .reversed());
    return found.size() > perPair ? List.copyOf(found.subList(0, perPair)) : found;
  }

  private static int[][] feasible(BargainingProblem problem) {
    int[][] out = new int[problem.issueCount()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = problem.feasibleOptions(i);
    }
    return out;
  }

  private static @Nullable Logroll bestTrade(
      BargainingProblem p, int a, int b, int x, int y, int[] base, int[][] feasible) {
    @Nullable Logroll best = null;
    double bestProduct = 0;
    for (int ox : feasible[x]) {
      double ax = p.contribution(a, x, ox) - p.contribution(a, x, base[x]);
      double bx = p.contribution(b, x, ox) - p.contribution(b, x, base[x]);
      if (!(Ticks.of(ax) < 0 && Ticks.of(bx) > 0)) {
        continue;
      }
      for (int oy : feasible[y]) {
        double ay = p.contribution(a, y, oy) - p.contribution(a, y, base[y]);
        double by = p.contribution(b, y, oy) - p.contribution(b, y, base[y]);
        if (!(Ticks.of(by) < 0 && Ticks.of(ay) > 0)) {
          continue;
        }
        double gainA = ax + ay;
        double gainB = bx + by;
        if (Ticks.of(gainA) <= 0 || Ticks.of(gainB) <= 0) {
          continue;
        }
        double product = gainA * gainB;
        if (best == null || product > bestProduct) {
          List<Double> effects = new ArrayList<>();
          for (int j = 0; j < p.partyCount(); j++) {
            effects.add(
                p.contribution(j, x, ox)
                    - p.contribution(j, x, base[x])
                    + p.contribution(j, y, oy)
                    - p.contribution(j, y, base[y]));
          }
          best = new Logroll(a, b, x, base[x], ox, y, base[y], oy, gainA, gainB, effects);
          bestProduct = product;
        }
      }
    }
    return best;
  }

  /** Returns the pair's issue-by-issue split-the-difference package. */
  static int[] baseline(BargainingProblem p, int a, int b) {
    int[] base = new int[p.issueCount()];
    for (int i = 0; i < p.issueCount(); i++) {
      int[] opts = p.feasibleOptions(i);
      double[] va = scaled(p, a, i, opts);
      double[] vb = scaled(p, b, i, opts);
      int best = 0;
      for (int x = 1; x < opts.length; x++) {
        double m = Math.min(va[x], vb[x]);
        double mb = Math.min(va[best], vb[best]);
        if (m > mb || (m == mb && va[x] + vb[x] > va[best] + vb[best])) {
          best = x;
        }
      }
      base[i] = opts.length == 0 ? 0 : opts[best];
    }
    return base;
  }

  private static double[] scaled(BargainingProblem p, int party, int issue, int[] opts) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int o : opts) {
      lo = Math.min(lo, p.contribution(party, issue, o));
      hi = Math.max(hi, p.contribution(party, issue, o));
    }
    double[] v = new double[opts.length];
    for (int x = 0; x < opts.length; x++) {
      v[x] = hi == lo ? 1 : (p.contribution(party, issue, opts[x]) - lo) / (hi - lo);
    }
    return v;
  }
}
