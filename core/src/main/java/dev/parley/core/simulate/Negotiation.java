package dev.parley.core.simulate;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.KalaiSmorodinskySolution;
import dev.parley.core.bargain.MaximumWelfareSolution;
import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.bargain.Ticks;
import dev.parley.core.model.Clock;
import dev.parley.core.random.Seed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The setting of one negotiation session: the bargaining problem and its exact Pareto frontier,
 * each party's patience (discount factor per round), the cap on the rounds, each party's own
 * deadline and horizon, the clock that dates rounds, and the order in which parties move.
 *
 * <p>Agents bid from the frontier: for each party the frontier vectors are sorted by that party's
 * utility once, so finding the packages near a target utility costs O(log F). The Nash and
 * Kalai–Smorodinsky packages of the exact analysis ({@link NashBargainingSolution}, {@link
 * KalaiSmorodinskySolution}) are computed once, as reference points for agents, mediators and
 * reports. Immutable and thread-safe: one instance serves any number of concurrent runs.
 *
 * <p>Nothing here depends on the order in which the problem lists its parties: every party has a
 * <em>rank</em>, its place among the parties sorted by name (the actor id); random streams, the
 * order of moves when it is drawn ({@link #drawsOrder()}), sums over parties and ties between
 * packages all go by rank or by the package itself, never by the problem's order. So permuting the
 * parties of a problem permutes a run's figures and changes nothing else.
 */
public final class Negotiation {
  private final BargainingProblem problem;
  private final ParetoFrontier frontier;
  private final double[] patience;
  private final int deadline;
  private final int[] partyDeadlines;
  private final int[] order;
  private final boolean drawsOrder;
  private final Clock clock;
  private final Bid[] bids;
  private final int[][] byUtility;
  private final double[][] sortedUtility;
  private final int[] rank;
  private final int[] byRank;
  private final int[] canonical;
  private final double[] horizon;
  private final Horizon[] horizonKind;
  private final @Nullable Bid nash;
  private final @Nullable Bid ks;
  private final Bid reference;
  private final Map<List<Integer>, Negotiation> ordered;

  /** What sets the round by which a party's own tactic concedes to its floor. */
  public enum Horizon {
    /** Its patience: the round at which its best package, discounted, falls to its reservation. */
    PATIENCE,
    /** Its own deadline, which comes first. */
    DEADLINE,
    /**
     * The cap on the rounds: its patience and deadline set no horizon (no discounting, or nothing
     * to walk away to, and no deadline), so it concedes over the whole run.
     */
    CAP
  }

  private Negotiation(
      BargainingProblem problem,
      ParetoFrontier frontier,
      double[] patience,
      int deadline,
      int[] partyDeadlines,
      int[] order,
      boolean drawsOrder,
      Clock clock) {
    this.problem = problem;
    this.frontier = frontier;
    this.patience = patience;
    this.deadline = deadline;
    this.partyDeadlines = partyDeadlines;
    this.order = order;
    this.drawsOrder = drawsOrder;
    this.clock = clock;
    this.ordered = new ConcurrentHashMap<>();
    int k = problem.partyCount();
    int f = frontier.size();
    bids = new Bid[f];
    for (int i = 0; i < f; i++) {
      bids[i] = new Bid(frontier.outcome(i), frontier.utilities(i), i);
    }
    // the frontier in package order: ties are broken by the package, not by party order
    int[][] outcomes = new int[f][];
    for (int i = 0; i < f; i++) {
      outcomes[i] = bids[i].outcomeArray();
    }
    canonical = IndexOrder.byPackage(outcomes);
    int[] place = new int[f];
    for (int r = 0; r < f; r++) {
      place[canonical[r]] = r;
    }
    byUtility = new int[k][];
    sortedUtility = new double[k][f];
    long[] column = new long[f];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < f; i++) {
        column[i] = frontier.tick(i, j);
      }
      byUtility[j] = IndexOrder.byKeyThenPlace(column, place);
      for (int r = 0; r < f; r++) {
        sortedUtility[j][r] = frontier.utility(byUtility[j][r], j);
      }
    }
    List<String> names = problem.parties();
    byRank =
        java.util.stream.IntStream.range(0, k)
            .boxed()
            .sorted(Comparator.comparing((Integer j) -> names.get(j)).thenComparing(j -> j))
            .mapToInt(Integer::intValue)
            .toArray();
    rank = new int[k];
    for (int r = 0; r < k; r++) {
      rank[byRank[r]] = r;
    }
    horizon = new double[k];
    horizonKind = new Horizon[k];
    for (int j = 0; j < k; j++) {
      double own = patienceHorizon(j);
      double due = partyDeadlines[j] == NO_DEADLINE ? Double.POSITIVE_INFINITY : partyDeadlines[j];
      if (own <= due && own < Double.POSITIVE_INFINITY) {
        horizon[j] = own;
        horizonKind[j] = Horizon.PATIENCE;
      } else if (due < Double.POSITIVE_INFINITY) {
        horizon[j] = due;
        horizonKind[j] = Horizon.DEADLINE;
      } else {
        horizon[j] = deadline;
        horizonKind[j] = Horizon.CAP;
      }
    }
    nash = at(new NashBargainingSolution().solve(frontier));
    ks = at(new KalaiSmorodinskySolution().solve(frontier));
    Bid welfare = at(new MaximumWelfareSolution().solve(frontier));
    this.reference = nash != null ? nash : java.util.Objects.requireNonNull(welfare, "welfare");
  }

  /** A variant with another order of moves, sharing everything else. */
  private Negotiation(Negotiation base, int[] order) {
    this.problem = base.problem;
    this.frontier = base.frontier;
    this.patience = base.patience;
    this.deadline = base.deadline;
    this.partyDeadlines = base.partyDeadlines;
    this.order = order;
    this.drawsOrder = false;
    this.clock = base.clock;
    this.bids = base.bids;
    this.byUtility = base.byUtility;
    this.sortedUtility = base.sortedUtility;
    this.rank = base.rank;
    this.byRank = base.byRank;
    this.canonical = base.canonical;
    this.horizon = base.horizon;
    this.horizonKind = base.horizonKind;
    this.nash = base.nash;
    this.ks = base.ks;
    this.reference = base.reference;
    this.ordered = base.ordered;
  }

  /**
   * The own deadline of a party that has none: it never walks away, and its deadline sets no
   * horizon.
   */
  public static final int NO_DEADLINE = Integer.MAX_VALUE;

  /**
   * Returns the round, from the start, at which a party's best package, discounted by its patience,
   * is worth no more than walking away now: {@code ln(r / best) / ln δ} for reservation r and
   * discount factor δ per round; 0 when r is at least its best; infinite without discounting or
   * without a positive reservation.
   */
  private double patienceHorizon(int j) {
    double d = patience[j];
    double r = problem.disagreement(j);
    double best = sortedUtility[j].length == 0 ? r : sortedUtility[j][sortedUtility[j].length - 1];
    if (r >= best) {
      return 0;
    }
    if (d >= 1 || r <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return StrictMath.log(r / best) / StrictMath.log(d);
  }

  private @Nullable Bid at(Optional<Agreement> agreement) {
    return agreement.map(a -> bids[a.index()]).orElse(null);
  }

  /**
   * Returns the negotiation of a problem in which no party has a deadline of its own, whose rounds
   * last {@link Clock#DEFAULT_ROUND_DAYS}, and in which each run draws the order of moves.
   *
   * @param patience each party's discount factor per round, in (0, 1]
   * @param deadline the cap on the rounds, at least one
   * @throws IllegalArgumentException if the problem's exact frontier passes the size limit of
   *     {@link SequentialMergeParetoFrontier}
   */
  public static Negotiation of(BargainingProblem problem, double[] patience, int deadline) {
    int[] own = new int[problem.partyCount()];
    Arrays.fill(own, NO_DEADLINE);
    return of(
        problem,
        new SequentialMergeParetoFrontier().compute(problem),
        patience,
        deadline,
        own,
        Clock.of(Clock.DEFAULT_ROUND_DAYS));
  }

  /**
   * Returns a negotiation in which each run draws the order of moves ({@link #drawOrder}).
   *
   * @param frontier the problem's exact frontier
   * @param patience each party's discount factor per round, in (0, 1]
   * @param deadline the cap on the rounds, at least one
   * @param partyDeadlines the round from which each party walks away if it is still without a deal
   *     (agents that keep deadlines read it), at least 0; {@link #NO_DEADLINE} for none. It may lie
   *     beyond the cap, and then sets only the party's horizon
   * @param clock the calendar that dates rounds
   * @throws IllegalArgumentException if the frontier is incomplete or not the problem's, or a value
   *     is out of range
   */
  public static Negotiation of(
      BargainingProblem problem,
      ParetoFrontier frontier,
      double[] patience,
      int deadline,
      int[] partyDeadlines,
      Clock clock) {
    return create(
        problem,
        frontier,
        patience,
        deadline,
        partyDeadlines,
        identity(problem.partyCount()),
        true,
        clock);
  }

  /**
   * Returns a negotiation with a fixed order of moves, the same in every run.
   *
   * @param frontier the problem's exact frontier
   * @param patience each party's discount factor per round, in (0, 1]
   * @param deadline the cap on the rounds, at least one
   * @param partyDeadlines the round from which each party walks away, at least 0; {@link
   *     #NO_DEADLINE} for none
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
    return create(
        problem,
        frontier,
        patience,
        deadline,
        partyDeadlines,
        order,
        false,
        Clock.of(Clock.DEFAULT_ROUND_DAYS));
  }

  static Negotiation create(
      BargainingProblem problem,
      ParetoFrontier frontier,
      double[] patience,
      int deadline,
      int[] partyDeadlines,
      int[] order,
      boolean drawsOrder,
      Clock clock) {
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
      if (partyDeadlines[j] < 0) {
        throw new IllegalArgumentException(
            "party deadline must be at least 0, was " + partyDeadlines[j]);
      }
    }
    checkOrder(order, k);
    return new Negotiation(
        problem,
        frontier,
        patience.clone(),
        deadline,
        partyDeadlines.clone(),
        order.clone(),
        drawsOrder,
        java.util.Objects.requireNonNull(clock, "clock"));
  }

  private static void checkOrder(int[] order, int k) {
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    if (!Arrays.equals(sorted, identity(k))) {
      throw new IllegalArgumentException(
          "expected a permutation of the parties, but found " + Arrays.toString(order));
    }
  }

  static int[] identity(int k) {
    int[] out = new int[k];
    for (int j = 0; j < k; j++) {
      out[j] = j;
    }
    return out;
  }

  /**
   * Returns this negotiation with a fixed order of moves, sharing its frontier and every
   * precomputed figure (the same instance for the same order).
   *
   * @param order the parties in the order they move, a permutation of {@code 0..k-1}
   */
  public Negotiation withOrder(int[] order) {
    checkOrder(order, partyCount());
    return ordered.computeIfAbsent(
        Arrays.stream(order).boxed().toList(), o -> new Negotiation(this, order.clone()));
  }

  /** Returns whether each run draws its order of moves rather than keeping {@link #order()}. */
  public boolean drawsOrder() {
    return drawsOrder;
  }

  /**
   * Returns an order of moves drawn uniformly from a generator: a Fisher–Yates shuffle of the
   * parties sorted by name (their ranks), so the order depends on the generator and on the names,
   * never on the order in which the problem lists the parties.
   */
  public int[] drawOrder(RandomGenerator random) {
    return shuffle(byRank.clone(), random);
  }

  /**
   * Returns the given parties in a drawn order: sorted by rank, then shuffled with the generator.
   */
  int[] drawOrder(int[] parties, RandomGenerator random) {
    int[] sorted =
        Arrays.stream(parties)
            .boxed()
            .sorted(Comparator.comparingInt(j -> rank[j]))
            .mapToInt(Integer::intValue)
            .toArray();
    return shuffle(sorted, random);
  }

  private static int[] shuffle(int[] a, RandomGenerator random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
    return a;
  }

  /**
   * Returns the negotiation a run plays: this one, or, when it draws its order, this one in the
   * order drawn from the run's seed (stream {@code k + 1}; parties draw from streams {@code 0..k-1}
   * by rank, a mediator from stream {@code k}).
   */
  Negotiation forRun(Seed seed) {
    return drawsOrder ? withOrder(drawOrder(seed.stream(partyCount() + 1L))) : this;
  }

  /** Returns the random stream of each party in a run: party j draws from stream rank(j). */
  RandomGenerator[] streams(Seed seed) {
    RandomGenerator[] out = new RandomGenerator[partyCount()];
    for (int j = 0; j < out.length; j++) {
      out[j] = seed.stream(rank[j]);
    }
    return out;
  }

  /** Returns a party's rank: its place among the parties sorted by name, from 0. */
  public int rank(int party) {
    return rank[party];
  }

  /** Returns the party of a rank. */
  public int byRank(int rank) {
    return byRank[rank];
  }

  /** Returns the clock that dates the rounds. */
  public Clock clock() {
    return clock;
  }

  /** Returns the day, counted from the clock's start, on which a round begins. */
  public double day(int round) {
    return clock.day(round);
  }

  /**
   * Returns the round by which a party's own tactic ({@link ScenarioStrategy}) has conceded to its
   * floor: the earlier of its patience horizon and its own deadline, or the cap when neither is
   * finite; a round count from the start, possibly fractional and beyond the cap.
   */
  public double horizon(int party) {
    return horizon[party];
  }

  /** Returns what sets a party's {@link #horizon}. */
  public Horizon horizonKind(int party) {
    return horizonKind[party];
  }

  /**
   * Returns the frontier index at a place of the frontier sorted by package (the option indexes,
   * issue by issue): an order of packages that does not depend on the order of parties.
   */
  int canonical(int place) {
    return canonical[place];
  }

  /**
   * Returns the sum of values, added smallest first: the same double whatever order they come in.
   */
  static double sum(double[] values, int count) {
    double[] v = Arrays.copyOf(values, count);
    Arrays.sort(v);
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
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

  /** Returns the cap on the rounds: the run ends there without agreement. */
  public int deadline() {
    return deadline;
  }

  /** Returns a party's discount factor per round of the clock. */
  public double patience(int party) {
    return patience[party];
  }

  /**
   * Returns the round from which a party that keeps its own deadline walks away, or {@link
   * #NO_DEADLINE}; it may lie beyond the cap.
   */
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
