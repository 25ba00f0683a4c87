package dev.parley.core.bargain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A negotiation over packages with additive utilities, in numeric form.
 *
 * <p>A package picks one option on every issue. Party {@code j} values it at {@code min(cap, ((0 +
 * c[j][0][o_0]) + c[j][1][o_1]) + …)}, the contributions summed in issue order, and walking away at
 * {@code disagreement[j]}. Options forbidden by a red line are infeasible: no package may contain
 * them.
 *
 * <p>Instances are immutable; the arrays are copied in and never handed out.
 */
public final class BargainingProblem {
  private final List<String> parties;
  private final List<String> issues;
  private final List<List<String>> options;
  private final double[][][] contributions;
  private final double[] disagreement;
  private final boolean[][] feasible;
  private final double cap;

  /**
   * Creates a problem.
   *
   * @param parties the parties' names, in the order of every utility vector
   * @param issues the issues' names, in the order utilities are summed
   * @param options each issue's option names
   * @param contributions {@code contributions[party][issue][option]}: the weighted worth of an
   *     option to a party
   * @param disagreement each party's utility of walking away
   * @param feasible {@code feasible[issue][option]}: false where a red line forbids the option
   * @param cap the ceiling on utilities, or positive infinity for none
   */
  public BargainingProblem(
      List<String> parties,
      List<String> issues,
      List<List<String>> options,
      double[][][] contributions,
      double[] disagreement,
      boolean[][] feasible,
      double cap) {
    this.parties = List.copyOf(parties);
    this.issues = List.copyOf(issues);
    this.options = options.stream().map(List::copyOf).toList();
    int k = this.parties.size();
    int n = this.issues.size();
    if (k < 1) {
      throw new IllegalArgumentException("expected at least one party, but found none");
    }
    if (this.options.size() != n || feasible.length != n) {
      throw new IllegalArgumentException(
          "expected options and feasibility for "
              + n
              + " issues, but found "
              + this.options.size());
    }
    if (contributions.length != k || disagreement.length != k) {
      throw new IllegalArgumentException(
          "expected contributions and disagreement values for " + k + " parties");
    }
    this.contributions = new double[k][n][];
    this.feasible = new boolean[n][];
    for (int i = 0; i < n; i++) {
      int m = this.options.get(i).size();
      if (feasible[i].length != m) {
        throw new IllegalArgumentException(
            "issue " + i + ": feasibility must cover " + m + " options");
      }
      this.feasible[i] = feasible[i].clone();
      for (int j = 0; j < k; j++) {
        if (contributions[j].length != n || contributions[j][i].length != m) {
          throw new IllegalArgumentException(
              "party " + j + ", issue " + i + ": expected " + m + " contributions");
        }
        this.contributions[j][i] = contributions[j][i].clone();
      }
    }
    this.disagreement = disagreement.clone();
    this.cap = cap;
    if (!(cap > 0)) {
      throw new IllegalArgumentException("cap must be positive, was " + cap);
    }
  }

  /** Returns a problem with no red lines and no cap. */
  public static BargainingProblem of(
      List<String> parties,
      List<String> issues,
      List<List<String>> options,
      double[][][] contributions,
      double[] disagreement) {
    boolean[][] all = new boolean[issues.size()][];
    for (int i = 0; i < all.length; i++) {
      all[i] = new boolean[options.get(i).size()];
      Arrays.fill(all[i], true);
    }
    return new BargainingProblem(
        parties, issues, options, contributions, disagreement, all, Double.POSITIVE_INFINITY);
  }

  /** Returns the number of parties. */
  public int partyCount() {
    return parties.size();
  }

  /** Returns the number of issues. */
  public int issueCount() {
    return issues.size();
  }

  /** Returns the parties' names. */
  public List<String> parties() {
    return parties;
  }

  /** Returns the issues' names. */
  public List<String> issues() {
    return issues;
  }

  /** Returns the option names of an issue. */
  public List<String> options(int issue) {
    return options.get(issue);
  }

  /** Returns the number of options of an issue, feasible or not. */
  public int optionCount(int issue) {
    return options.get(issue).size();
  }

  /** Returns the weighted worth of an option to a party. */
  public double contribution(int party, int issue, int option) {
    return contributions[party][issue][option];
  }

  /** Returns a party's utility of walking away. */
  public double disagreement(int party) {
    return disagreement[party];
  }

  /** Returns every party's utility of walking away, as a new array. */
  public double[] disagreementPoint() {
    return disagreement.clone();
  }

  /** Returns whether a package may contain the given option. */
  public boolean isFeasible(int issue, int option) {
    return feasible[issue][option];
  }

  /** Returns the ceiling on utilities, or positive infinity. */
  public double cap() {
    return cap;
  }

  /**
   * Returns whether the cap can bind: whether some party's largest possible sum exceeds it. When it
   * cannot, utilities are exactly additive.
   */
  public boolean isCapBinding() {
    if (cap == Double.POSITIVE_INFINITY) {
      return false;
    }
    for (int j = 0; j < partyCount(); j++) {
      double best = 0;
      for (int i = 0; i < issueCount(); i++) {
        double m = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < optionCount(i); o++) {
          if (feasible[i][o]) {
            m = Math.max(m, contributions[j][i][o]);
          }
        }
        best += m;
      }
      if (best > cap) {
        return true;
      }
    }
    return false;
  }

  /** Returns the indexes of an issue's feasible options, in order. */
  public int[] feasibleOptions(int issue) {
    return java.util.stream.IntStream.range(0, optionCount(issue))
        .filter(o -> feasible[issue][o])
        .toArray();
  }

  /** Returns the number of feasible packages. */
  public BigInteger outcomeCount() {
    BigInteger count = BigInteger.ONE;
    for (int i = 0; i < issueCount(); i++) {
      count = count.multiply(BigInteger.valueOf(feasibleOptions(i).length));
    }
    return count;
  }

  /**
   * Returns a party's utility for a package, summed in issue order and capped.
   *
   * @param outcome the option index on each issue
   */
  public double utility(int party, int[] outcome) {
    Objects.requireNonNull(outcome, "outcome");
    double sum = 0;
    for (int i = 0; i < outcome.length; i++) {
      sum += contributions[party][i][outcome[i]];
    }
    return Math.min(cap, sum);
  }

  /** Returns every party's utility for a package. */
  public double[] utilities(int[] outcome) {
    double[] out = new double[partyCount()];
    for (int j = 0; j < out.length; j++) {
      out[j] = utility(j, outcome);
    }
    return out;
  }

  /** Returns a copy of this problem with different walk-away values. */
  public BargainingProblem withDisagreement(double[] newDisagreement) {
    return new BargainingProblem(
        parties, issues, options, contributions, newDisagreement, feasible, cap);
  }

  /** Returns a copy of this problem with different red-line constraints. */
  public BargainingProblem withFeasible(boolean[][] newFeasible) {
    return new BargainingProblem(
        parties, issues, options, contributions, disagreement, newFeasible, cap);
  }
}
