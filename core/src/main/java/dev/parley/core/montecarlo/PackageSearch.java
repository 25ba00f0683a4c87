package dev.parley.core.montecarlo;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.Ticks;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Branch and bound over the packages of one bargaining problem for what a Monte Carlo trial needs:
 * whether some package is weakly preferred to walking away by every party, the deal margin, and
 * Nash's package, without building the Pareto frontier.
 *
 * <p>The results are those of the frontier-based analysis: rationality is decided in {@link Ticks};
 * Nash's package maximises Π_j (tick(u_j) − tick(d_j)) over the rational packages, compared
 * exactly, ties going to the lexicographically greatest tick vector and then to the package first
 * in enumeration order (C order, last issue fastest), exactly as {@link
 * dev.parley.core.bargain.NashBargainingSolution} selects on the frontier; when the largest product
 * is 0 there is no Nash package. A positive-product maximiser is Pareto-optimal (any package
 * dominating it has a larger product), so searching all packages is searching the frontier. The
 * margin is max over packages of min over parties of (u_j − d_j).
 *
 * <p>Mutable scratch space for one thread: {@link #load} a problem, then {@link #searchNash} and,
 * after it, {@link #searchMargin}. Reused across problems, it reallocates only when their shape
 * changes.
 */
public final class PackageSearch {
  /*
   * Order: the issues that separate packages most are decided first (the largest sum over parties
   * of the spread between an issue's best and worst feasible option), each issue's options in
   * decreasing total contribution. A leaf's utilities are summed again in issue order, as a
   * package's utility is defined, so they are bit-identical to BargainingProblem.utility and the
   * order of the search changes nothing but its speed.
   *
   * Bounds, all with a safety margin of 1e-9 in utility:
   * - rationality: skip a subtree where some party cannot reach d_j with its best remaining
   *   options (its best reachable utility hi_j);
   * - Nash, per party: Π_j (hi_j − d_j) must reach the best product found (compared directly for
   *   up to 16 parties, in logarithms beyond, where products of small gains would underflow);
   * - Nash, weighted: for weights w > 0, Π_j g_j ≤ (Σ_j w_j g_j / k)^k / Π_j w_j (AM–GM), and
   *   max Σ_j w_j g_j over the completions is separable by issue. With w_j = 1 / g_j of the best
   *   package found, the bound is tight at that package; the weights and the per-issue maxima are
   *   updated whenever a better package is found;
   * - margin: min_j g_j ≤ Σ_j λ_j g_j for λ on the simplex, separable again; λ is chosen at the
   *   root by 40 steps of multiplicative weights (step 4/√t) against the parties' gains at the
   *   best package for the current λ (a subgradient method on the dual), keeping the λ with the
   *   smallest bound. Caps only lower utilities, so uncapped sums bound capped ones.
   * Warm start: the margin search starts from the Nash package's margin.
   */
  private static final double MARGIN = 1e-9;
  private static final int DIRECT = 16;

  private final long budget;
  private int n;
  private int k;
  private double cap;
  private int[][] order = new int[0][];
  private int[] issueAt = new int[0];
  private double[][][] contribution = new double[0][][];
  private double[][] bestRest = new double[0][];
  private double[] d = new double[0];
  private long[] dTicks = new long[0];
  private double[][] sums = new double[0][];
  private double[] weight = new double[0];
  private double[] weightedRest = new double[0];
  private double logWeights;

  private long nodes;
  private boolean deal;
  private boolean found;
  private double bestProduct;
  private double bestLogProduct;
  private double bestUtilityProduct;
  private double inverseWeights;
  private long[] bestGains = new long[0];
  private long[] bestTicks = new long[0];
  private int[] bestPackage = new int[0];
  private double[] bestUtilities = new double[0];
  private int[] current = new int[0];
  private double[] leafSum = new double[0];
  private long[] leafTicks = new long[0];
  private long[] leafGains = new long[0];
  private double bestMargin;

  /** The default budget, in search nodes per search. */
  public static final long DEFAULT_BUDGET = 50_000_000L;

  /**
   * Creates a search that gives up after {@code budget} nodes.
   *
   * @param budget the largest number of nodes one search may visit
   */
  public PackageSearch(long budget) {
    this.budget = budget;
  }

  /** Prepares the search of a problem. */
  public void load(BargainingProblem problem) {
    found = false;
    deal = false;
    n = problem.issueCount();
    k = problem.partyCount();
    cap = problem.cap();
    if (order.length != n || d.length != k) {
      order = new int[n][];
      issueAt = new int[n];
      contribution = new double[n][][];
      bestRest = new double[n + 1][k];
      d = new double[k];
      dTicks = new long[k];
      sums = new double[n + 1][k];
      weight = new double[k];
      weightedRest = new double[n + 1];
      bestGains = new long[k];
      bestTicks = new long[k];
      bestPackage = new int[n];
      bestUtilities = new double[k];
      current = new int[n];
      leafSum = new double[k];
      leafTicks = new long[k];
      leafGains = new long[k];
    }
    double[] spread = new double[n];
    for (int i = 0; i < n; i++) {
      int[] feasible = problem.feasibleOptions(i);
      int m = problem.optionCount(i);
      if (contribution[i] == null || contribution[i].length != m) {
        contribution[i] = new double[m][k];
      }
      double[] total = new double[m];
      for (int o = 0; o < m; o++) {
        for (int j = 0; j < k; j++) {
          double c = problem.contribution(j, i, o);
          contribution[i][o][j] = c;
          total[o] += c;
        }
      }
      Integer[] boxed = new Integer[feasible.length];
      for (int x = 0; x < feasible.length; x++) {
        boxed[x] = feasible[x];
      }
      Arrays.sort(
          boxed,
          (a, b) -> {
            int c = Double.compare(total[b], total[a]);
            return c != 0 ? c : Integer.compare(a, b);
          });
      order[i] = new int[boxed.length];
      for (int x = 0; x < boxed.length; x++) {
        order[i][x] = boxed[x];
      }
      for (int j = 0; j < k && feasible.length > 0; j++) {
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (int o : feasible) {
          hi = Math.max(hi, contribution[i][o][j]);
          lo = Math.min(lo, contribution[i][o][j]);
        }
        spread[i] += hi - lo;
      }
    }
    Integer[] issues = new Integer[n];
    for (int i = 0; i < n; i++) {
      issues[i] = i;
    }
    Arrays.sort(
        issues,
        (a, b) -> {
          int c = Double.compare(spread[b], spread[a]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int x = 0; x < n; x++) {
      issueAt[x] = issues[x];
    }
    Arrays.fill(bestRest[n], 0);
    for (int x = n - 1; x >= 0; x--) {
      int i = issueAt[x];
      for (int j = 0; j < k; j++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int o : order[i]) {
          best = Math.max(best, contribution[i][o][j]);
        }
        bestRest[x][j] = bestRest[x + 1][j] + best;
      }
    }
    for (int j = 0; j < k; j++) {
      d[j] = problem.disagreement(j);
      dTicks[j] = Ticks.of(d[j]);
    }
  }

  private boolean anyIssueEmpty() {
    for (int i = 0; i < n; i++) {
      if (order[i].length == 0) {
        return true;
      }
    }
    return false;
  }

  /** Fills {@code weightedRest} with the suffix sums of each issue's best weighted option. */
  private void weigh(double[] w) {
    weightedRest[n] = 0;
    for (int x = n - 1; x >= 0; x--) {
      int i = issueAt[x];
      double best = Double.NEGATIVE_INFINITY;
      for (int o : order[i]) {
        double v = 0;
        for (int j = 0; j < k; j++) {
          v += w[j] * contribution[i][o][j];
        }
        best = Math.max(best, v);
      }
      weightedRest[x] = weightedRest[x + 1] + best;
    }
  }

  /**
   * Searches for Nash's package; returns false if the budget ran out. Afterwards {@link #deal()},
   * {@link #hasNash()}, {@link #nashPackage()} and {@link #nashUtilities()} hold the answer.
   */
  public boolean searchNash() {
    nodes = 0;
    deal = false;
    found = false;
    bestProduct = 0;
    bestLogProduct = Double.NEGATIVE_INFINITY;
    Arrays.fill(sums[0], 0);
    if (anyIssueEmpty()) {
      return true;
    }
    return nash(0);
  }

  private boolean nash(int x) {
    if (++nodes > budget) {
      return false;
    }
    if (x == n) {
      leaf();
      return true;
    }
    double[] sum = sums[x];
    if (k <= DIRECT) {
      // products in utility units: no logarithms on the hot path
      double bound = 1;
      for (int j = 0; j < k; j++) {
        double hi = Math.min(cap, sum[j] + bestRest[x][j]);
        if (hi < d[j] - MARGIN) {
          return true;
        }
        bound *= Math.max(0, hi - d[j] + MARGIN);
      }
      if (found) {
        if (bound < bestUtilityProduct * (1 - 1e-9)) {
          return true;
        }
        double weighted = weightedRest[x];
        for (int j = 0; j < k; j++) {
          weighted += weight[j] * (sum[j] - d[j] + MARGIN);
        }
        if (weighted <= 0) {
          return true;
        }
        double mean = weighted / k;
        double power = 1;
        for (int j = 0; j < k; j++) {
          power *= mean;
        }
        if (power * inverseWeights < bestUtilityProduct * (1 - 1e-9)) {
          return true;
        }
      }
    } else {
      double logBound = 0;
      for (int j = 0; j < k; j++) {
        double hi = Math.min(cap, sum[j] + bestRest[x][j]);
        if (hi < d[j] - MARGIN) {
          return true;
        }
        logBound += StrictMath.log(Math.max(0, hi - d[j] + MARGIN));
      }
      if (found) {
        if (logBound < bestLogProduct - 1e-9) {
          return true;
        }
        double weighted = weightedRest[x];
        for (int j = 0; j < k; j++) {
          weighted += weight[j] * (sum[j] - d[j] + MARGIN);
        }
        if (weighted <= 0
            || k * StrictMath.log(weighted / k) - logWeights < bestLogProduct - 1e-9) {
          return true;
        }
      }
    }
    int i = issueAt[x];
    double[] next = sums[x + 1];
    for (int o : order[i]) {
      double[] c = contribution[i][o];
      for (int j = 0; j < k; j++) {
        next[j] = sum[j] + c[j];
      }
      current[i] = o;
      if (!nash(x + 1)) {
        return false;
      }
    }
    return true;
  }

  /** Sums the current package's contributions in issue order, as its utility is defined. */
  private double[] exactSums() {
    for (int j = 0; j < k; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += contribution[i][current[i]][j];
      }
      leafSum[j] = s;
    }
    return leafSum;
  }

  private void leaf() {
    double[] sum = exactSums();
    double product = 1;
    for (int j = 0; j < k; j++) {
      long t = Ticks.of(Math.min(cap, sum[j]));
      if (t < dTicks[j]) {
        return;
      }
      leafTicks[j] = t;
      leafGains[j] = t - dTicks[j];
      product *= (double) leafGains[j];
    }
    deal = true;
    if (product <= 0) {
      return;
    }
    int c;
    if (!found || product > bestProduct * (1 + 1e-9)) {
      c = 1;
    } else if (product < bestProduct * (1 - 1e-9)) {
      c = -1;
    } else {
      c = exactProduct(leafGains).compareTo(exactProduct(bestGains));
      if (c == 0) {
        c = Arrays.compare(leafTicks, bestTicks);
        if (c == 0) {
          // the same vector: the package first in enumeration order represents it
          c = -Arrays.compare(current, bestPackage);
        }
      }
    }
    if (c > 0) {
      found = true;
      bestProduct = product;
      double log = 0;
      double utilityProduct = 1;
      double weights = 1;
      logWeights = 0;
      for (int j = 0; j < k; j++) {
        double gain = Ticks.toUtility(leafGains[j]);
        log += StrictMath.log(gain);
        utilityProduct *= gain;
        weight[j] = 1 / gain;
        weights *= weight[j];
        logWeights += StrictMath.log(weight[j]);
      }
      bestLogProduct = log;
      bestUtilityProduct = utilityProduct;
      inverseWeights = 1 / weights;
      weigh(weight);
      System.arraycopy(leafGains, 0, bestGains, 0, k);
      System.arraycopy(leafTicks, 0, bestTicks, 0, k);
      System.arraycopy(current, 0, bestPackage, 0, n);
      for (int j = 0; j < k; j++) {
        bestUtilities[j] = Math.min(cap, sum[j]);
      }
    }
  }

  private BigInteger exactProduct(long[] gains) {
    BigInteger p = BigInteger.ONE;
    for (int j = 0; j < k; j++) {
      p = p.multiply(BigInteger.valueOf(gains[j]));
    }
    return p;
  }

  /**
   * Searches for the deal margin, max over packages of min over parties of (u_j − d_j); returns
   * false if the budget ran out. Call it after {@link #searchNash()} on the same problem.
   */
  public boolean searchMargin() {
    nodes = 0;
    bestMargin = found ? leafMargin(bestUtilities) : Double.NEGATIVE_INFINITY;
    Arrays.fill(sums[0], 0);
    if (anyIssueEmpty()) {
      bestMargin = Double.NaN;
      return true;
    }
    chooseLambda();
    return margin(0);
  }

  /** Chooses the simplex weights of the margin bound by multiplicative weights at the root. */
  private void chooseLambda() {
    double[] lambda = new double[k];
    double[] gain = new double[k];
    Arrays.fill(lambda, 1.0 / k);
    double bestBound = Double.POSITIVE_INFINITY;
    double[] best = lambda.clone();
    for (int step = 0; step < 40; step++) {
      Arrays.fill(gain, 0);
      double bound = 0;
      for (int i = 0; i < n; i++) {
        int arg = order[i][0];
        double top = Double.NEGATIVE_INFINITY;
        for (int o : order[i]) {
          double v = 0;
          for (int j = 0; j < k; j++) {
            v += lambda[j] * contribution[i][o][j];
          }
          if (v > top) {
            top = v;
            arg = o;
          }
        }
        bound += top;
        for (int j = 0; j < k; j++) {
          gain[j] += contribution[i][arg][j];
        }
      }
      double mean = 0;
      for (int j = 0; j < k; j++) {
        bound -= lambda[j] * d[j];
        gain[j] -= d[j];
        mean += gain[j] / k;
      }
      if (bound < bestBound) {
        bestBound = bound;
        best = lambda.clone();
      }
      double total = 0;
      for (int j = 0; j < k; j++) {
        lambda[j] *= StrictMath.exp(-4.0 / Math.sqrt(step + 1) * (gain[j] - mean));
        total += lambda[j];
      }
      for (int j = 0; j < k; j++) {
        lambda[j] /= total;
      }
    }
    System.arraycopy(best, 0, weight, 0, k);
    weigh(weight);
  }

  private boolean margin(int x) {
    if (++nodes > budget) {
      return false;
    }
    if (x == n) {
      double exact = leafMargin(exactSums());
      if (exact > bestMargin) {
        bestMargin = exact;
      }
      return true;
    }
    double[] sum = sums[x];
    double bound = Double.POSITIVE_INFINITY;
    double weighted = weightedRest[x];
    for (int j = 0; j < k; j++) {
      bound = Math.min(bound, Math.min(cap, sum[j] + bestRest[x][j]) - d[j]);
      weighted += weight[j] * (sum[j] - d[j]);
    }
    if (Math.min(bound, weighted) + MARGIN <= bestMargin) {
      return true;
    }
    int i = issueAt[x];
    double[] next = sums[x + 1];
    for (int o : order[i]) {
      double[] c = contribution[i][o];
      for (int j = 0; j < k; j++) {
        next[j] = sum[j] + c[j];
      }
      current[i] = o;
      if (!margin(x + 1)) {
        return false;
      }
    }
    return true;
  }

  private double leafMargin(double[] sum) {
    double m = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      m = Math.min(m, Math.min(cap, sum[j]) - d[j]);
    }
    return m;
  }

  /** Returns whether the last Nash search found a rational package. */
  public boolean deal() {
    return deal;
  }

  /** Returns whether the last Nash search found a package with a positive product. */
  public boolean hasNash() {
    return found;
  }

  /**
   * Returns the option index per issue of Nash's package (valid if {@link #hasNash()}); the array
   * is the search's own and changes with the next search.
   */
  public int[] nashPackage() {
    return bestPackage;
  }

  /**
   * Returns each party's utility at Nash's package (valid if {@link #hasNash()}); the array is the
   * search's own and changes with the next search.
   */
  public double[] nashUtilities() {
    return bestUtilities;
  }

  /** Returns the number of nodes the last search visited. */
  public long nodes() {
    return nodes;
  }

  /** Returns the margin of the last margin search. */
  public double margin() {
    return bestMargin;
  }
}
