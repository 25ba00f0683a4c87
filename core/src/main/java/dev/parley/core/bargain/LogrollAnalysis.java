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
 * <p>Cost: O(k²·n²·m²) for k parties, n issues and m options per issue.
 */
public final class LogrollAnalysis {
  private final int perPair;

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
    List<Logroll> out = new ArrayList<>();
    for (int a = 0; a < problem.partyCount(); a++) {
      for (int b = a + 1; b < problem.partyCount(); b++) {
        out.addAll(between(problem, a, b));
      }
    }
    return out;
  }

  /** Returns the logrolls between parties a and b, best first. */
  public List<Logroll> between(BargainingProblem problem, int a, int b) {
    int n = problem.issueCount();
    int[] baseline = baseline(problem, a, b);
    List<Logroll> found = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        if (x != y) {
          Logroll best = bestTrade(problem, a, b, x, y, baseline);
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

  private static @Nullable Logroll bestTrade(
      BargainingProblem p, int a, int b, int x, int y, int[] base) {
    @Nullable Logroll best = null;
    double bestProduct = 0;
    for (int ox : p.feasibleOptions(x)) {
      double ax = p.contribution(a, x, ox) - p.contribution(a, x, base[x]);
      double bx = p.contribution(b, x, ox) - p.contribution(b, x, base[x]);
      if (!(Ticks.of(ax) < 0 && Ticks.of(bx) > 0)) {
        continue;
      }
      for (int oy : p.feasibleOptions(y)) {
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
