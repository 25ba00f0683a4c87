package dev.parley.core.simulate;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.KalaiSmorodinskySolution;
import dev.parley.core.bargain.MaximumWelfareSolution;
import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.bargain.Ticks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The setting of one negotiation session: the bargaining problem and its exact Pareto frontier,
 * each party's patience (discount factor per round), the deadline in rounds, each party's own
 * deadline, and the order in which parties move.
 *
 * <p>Agents bid from the frontier: for each party the frontier vectors are sorted by that party's
 * utility once, so finding the packages near a target utility costs O(log F). The Nash and
 * Kalai–Smorodinsky packages of the exact analysis ({@link NashBargainingSolution}, {@link
 * KalaiSmorodinskySolution}) are computed once, as reference points for agents, mediators and
 * reports. Immutable and thread-safe: one instance serves any number of concurrent runs.
 */
public final class Negotiation {
  private final BargainingProblem problem;
  private final ParetoFrontier frontier;
  private final double[] patience;
  private final int deadline;
  private final int[] partyDeadlines;
  private final int[] order;
  private final Bid[] bids;
  private final int[][] byUtility;
  private final double[][] sortedUtility;
  private final @Nullable Bid nash;
  private final @Nullable Bid ks;
  private final Bid reference;

  private Negotiation(
      BargainingProblem problem,
      ParetoFrontier frontier,
      double[] patience,
      int deadline,
      int[] partyDeadlines,
      int[] order) {
    this.problem = problem;
    this.frontier = frontier;
    this.patience = patience;
    this.deadline = deadline;
    this.partyDeadlines = partyDeadlines;
    this.order = order;
    int k = problem.partyCount();
    int f = frontier.size();
    bids = new Bid[f];
    for (int i = 0; i < f; i++) {
      bids[i] = new Bid(frontier.outcome(i), frontier.utilities(i), i);
    }
    byUtility = new int[k][];
    sortedUtility = new double[k][f];
    for (int j = 0; j < k; j++) {
      final int party = j;
      byUtility[j] =
          java.util.stream.IntStream.range(0, f)
              .boxed()
              .sorted(
                  (a, b) -> {
                    int c = Long.compare(frontier.tick(a, party), frontier.tick(b, party));
                    return c != 0 ? c : Integer.compare(a, b);
                  })
              .mapToInt(Integer::intValue)
              .toArray();
      for (int r = 0; r < f; r++) {
        sortedUtility[j][r] = frontier.utility(byUtility[j][r], j);
      }
    }
    nash = at(new NashBargainingSolution().solve(frontier));
    ks = at(new KalaiSmorodinskySolution().solve(frontier));
    Bid welfare = at(new MaximumWelfareSolution().solve(frontier));
    this.reference = nash != null ? nash : java.util.Objects.requireNonNull(welfare, "welfare");
  }

  private @Nullable Bid at(Optional<Agreement> agreement) {
    return agreement.map(a -> bids[a.index()]).orElse(null);
  }

  /**
   * Returns the negotiation of a problem in which every party may negotiate until the deadline and
   * parties move in problem order.
   *
   * @param patience each party's discount factor per round, in (0, 1]
   * @param deadline the number of rounds, at least one
   * @throws IllegalArgumentException if the problem's exact frontier passes the size limit of
   *     {@link SequentialMergeParetoFrontier}
   */
  public static Negotiation of(BargainingProblem problem, double[] patience, int deadline) {
    int[] own = new int[problem.partyCount()];
    Arrays.fill(own, deadline);
    return of(
        problem,
        new SequentialMergeParetoFrontier().compute(problem),
        patience,
        deadline,
        own,
        identity(problem.partyCount()));
  }

  /**
   * Returns a negotiation with every parameter given.
   *
   * @param frontier the problem's exact frontier
   * @param patience each party's discount factor per round, in (0, 1]
   * @param deadline the number of rounds, at least one
   * @param partyDeadlines the round from which each party walks away if it is still without a deal
   *     (agents that keep deadlines read it); at most {@code deadline}
   * @param order the parties in the order they move, a permutation of {@code 0..k-1}
   * @throws IllegalArgumentException if the frontier is incomplete or not the problem's, or a value
   *     is out of range
   */
  public static Negotiation of(
      BargainingProblem problem,
      ParetoFrontier frontier,
      double[] patience,
      int deadline,
      int[] partyDeadlines,
      int[] order) {
    int k = problem.partyCount();
    if (k < 2) {
      throw new IllegalArgumentException("expected at least two parties, but found " + k);
    }
    if (frontier.problem() != problem || !frontier.isComplete() || frontier.size() == 0) {
      throw new IllegalArgumentException(
          "expected the complete, non-empty frontier of this problem, but found "
              + frontier.limit().map(l -> l.describe()).orElse("another problem's frontier"));
    }
    if (deadline < 1) {
      throw new IllegalArgumentException("expected a deadline of at least one round: " + deadline);
    }
    if (patience.length != k || partyDeadlines.length != k || order.length != k) {
      throw new IllegalArgumentException("expected patience, deadlines and order for " + k);
    }
    for (int j = 0; j < k; j++) {
      if (!(patience[j] > 0 && patience[j] <= 1)) {
        throw new IllegalArgumentException(
            "patience must be in (0, 1], was " + patience[j] + " for party " + j);
      }
      if (partyDeadlines[j] < 0 || partyDeadlines[j] > deadline) {
        throw new IllegalArgumentException(
            "party deadline must be in [0, " + deadline + "], was " + partyDeadlines[j]);
      }
    }
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    if (!Arrays.equals(sorted, identity(k))) {
      throw new IllegalArgumentException(
          "expected a permutation of the parties, but found " + Arrays.toString(order));
    }
    return new Negotiation(
        problem, frontier, patience.clone(), deadline, partyDeadlines.clone(), order.clone());
  }

  static int[] identity(int k) {
    int[] out = new int[k];
    for (int j = 0; j < k; j++) {
      out[j] = j;
    }
    return out;
  }

  /** Returns the problem negotiated over. */
  public BargainingProblem problem() {
    return problem;
  }

  /** Returns the problem's exact Pareto frontier. */
  public ParetoFrontier frontier() {
    return frontier;
  }

  /** Returns the number of parties. */
  public int partyCount() {
    return problem.partyCount();
  }

  /** Returns the parties' names, in problem order. */
  public List<String> parties() {
    return problem.parties();
  }

  /** Returns the number of rounds before the deadline. */
  public int deadline() {
    return deadline;
  }

  /** Returns a party's discount factor per round. */
  public double patience(int party) {
    return patience[party];
  }

  /** Returns the round from which a party that keeps its own deadline walks away. */
  public int partyDeadline(int party) {
    return partyDeadlines[party];
  }

  /** Returns the party that moves in a round. */
  public int mover(int round) {
    return order[round % order.length];
  }

  /** Returns the parties in the order they move, as a new array. */
  public int[] order() {
    return order.clone();
  }

  /** Returns a party's utility of walking away, undiscounted. */
  public double reservation(int party) {
    return problem.disagreement(party);
  }

  /** Returns a party's best utility over the feasible packages. */
  public double best(int party) {
    return sortedUtility[party][sortedUtility[party].length - 1];
  }

  /** Returns a party's discounted value of a utility received in a round: {@code δᵗ·u}. */
  public double discounted(int party, double utility, int round) {
    return StrictMath.pow(patience[party], round) * utility;
  }

  /** Returns the bid of a frontier vector. */
  public Bid frontierBid(int index) {
    return bids[index];
  }

  /** Returns a party's favourite package: its best frontier vector. */
  public Bid favourite(int party) {
    return bids[byUtility[party][byUtility[party].length - 1]];
  }

  /**
   * Returns the bid of any feasible package.
   *
   * @param outcome the option index chosen on each issue
   * @throws IllegalArgumentException if the package is not feasible
   */
  public Bid bid(int[] outcome) {
    if (outcome.length != problem.issueCount()) {
      throw new IllegalArgumentException(
          "expected " + problem.issueCount() + " options, but found " + outcome.length);
    }
    for (int i = 0; i < outcome.length; i++) {
      if (outcome[i] < 0
          || outcome[i] >= problem.optionCount(i)
          || !problem.isFeasible(i, outcome[i])) {
        throw new IllegalArgumentException(
            "option " + outcome[i] + " of issue " + i + " is not feasible");
      }
    }
    return new Bid(outcome.clone(), problem.utilities(outcome), -1);
  }

  /** Returns the Nash bargaining package, if some package is individually rational. */
  public Optional<Bid> nash() {
    return Optional.ofNullable(nash);
  }

  /** Returns the Kalai–Smorodinsky package, if some package is individually rational. */
  public Optional<Bid> kalaiSmorodinsky() {
    return Optional.ofNullable(ks);
  }

  /**
   * Returns the fair reference package agents and mediators steer towards: the Nash package, or the
   * maximum-welfare package when no package is individually rational.
   */
  public Bid reference() {
    return reference;
  }

  /**
   * Returns a frontier package whose utility to a party is at least a target.
   *
   * <p>The candidates are the frontier vectors whose utility to the party lies in {@code [target,
   * max(target + window, u*)]}, where u* is the least utility at or above the target; one is drawn
   * uniformly. With window 0 the bid is the one nearest above the target (ties drawn uniformly). A
   * target above the party's best gives its favourite package. Cost: O(log F).
   *
   * @param window the width of the band above the target, at least 0
   */
  public Bid offerNear(int party, double target, double window, RandomGenerator random) {
    double[] u = sortedUtility[party];
    int f = u.length;
    double floor = target - Ticks.TICK;
    int lo = firstAtLeast(u, floor);
    if (lo == f) {
      return favourite(party);
    }
    double ceiling = Math.max(target + window, u[lo]) + Ticks.TICK;
    int hi = firstAtLeast(u, ceiling) - 1;
    int pick = hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
    return bids[byUtility[party][pick]];
  }

  /** Returns the first index whose value is at least {@code x}, or the length. */
  private static int firstAtLeast(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
