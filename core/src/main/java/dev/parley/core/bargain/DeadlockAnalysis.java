package dev.parley.core.bargain;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether a scenario is deadlocked and what would open it: the issues whose red lines leave
 * no option, the smallest sets of red-line relaxations that open a zone of agreement with the deal
 * each allows, the best partial deal, and the veto players whose consent alone is missing.
 *
 * <p>A <em>relaxation</em> is one actor accepting one option its red lines forbid. To unlock an
 * option every actor that forbids it must relax, so the search runs over sets of options to unlock:
 * by increasing size, each set must unlock an option on every issue in conflict, and a set that
 * contains a smaller opening is skipped, so every opening reported is minimal (no relaxation in it
 * can be dropped). Candidates are tried cheapest first: fewest actors to persuade, then the least
 * they give up. At the smallest size that opens the zone, up to {@code maxOpenings} openings are
 * kept and ranked by the Nash product of the deal they allow (the exact Nash package of the relaxed
 * problem). Whether a zone exists is decided by {@link ZoneSearch}.
 *
 * <p>Cost: one zone search per candidate set tried (at most {@code maxChecks}), one exact frontier
 * per opening kept and one for the partial deals. A search that hits {@code maxChecks} says so
 * ({@link Deadlock#openingsComplete()}).
 */
public final class DeadlockAnalysis {
  /** The most combinations of candidates one size of the search walks through. */
  private static final long MAX_STEPS = 5_000_000L;

  private final ZoneSearch zone;
  private final int maxChecks;
  private final int maxOpenings;

  /** Creates the analysis with a zone search of 2 million nodes, 2,000 checks and 5 openings. */
  public DeadlockAnalysis() {
    this(new ZoneSearch(2_000_000L), 2_000, 5);
  }

  /**
   * Creates the analysis.
   *
   * @param zone the search that decides whether a zone of agreement exists
   * @param maxChecks the most candidate sets of relaxations to test, at least 1
   * @param maxOpenings the most openings to report, at least 1
   */
  public DeadlockAnalysis(ZoneSearch zone, int maxChecks, int maxOpenings) {
    if (maxChecks < 1 || maxOpenings < 1) {
      throw new IllegalArgumentException(
          "expected at least one check and one opening, but found "
              + maxChecks
              + " and "
              + maxOpenings);
    }
    this.zone = zone;
    this.maxChecks = maxChecks;
    this.maxOpenings = maxOpenings;
  }

  /** Returns the deadlock analysis of a scenario. */
  public Deadlock analyze(Scenario scenario) {
    List<ActorId> veto = scenario.vetoPlayers();
    if (scenario.profiles().isEmpty()) {
      // nobody bargains: nothing to decide (the analyses that need parties say so themselves)
      return Deadlock.none(false, veto);
    }
    BargainingProblem problem = BargainingProblems.from(scenario);
    ZoneSearch.Answer base = zone.search(problem).answer();
    if (base != ZoneSearch.Answer.NONE) {
      return Deadlock.none(base == ZoneSearch.Answer.EXISTS, veto);
    }
    Forbidders forbidders = Forbidders.of(scenario);
    List<Deadlock.Conflict> conflicts = new ArrayList<>();
    List<Integer> conflictIssues = new ArrayList<>();
    for (int i = 0; i < problem.issueCount(); i++) {
      if (problem.feasibleOptions(i).length == 0 && problem.optionCount(i) > 0) {
        conflictIssues.add(i);
        Issue issue = scenario.issues().get(i);
        List<Deadlock.Forbidden> options = new ArrayList<>();
        for (int o = 0; o < issue.options().size(); o++) {
          options.add(new Deadlock.Forbidden(issue.options().get(o).id(), forbidders.of(i, o)));
        }
        conflicts.add(new Deadlock.Conflict(issue.id(), options));
      }
    }
    Deadlock.Cause cause =
        conflicts.isEmpty() ? Deadlock.Cause.WALK_AWAY : Deadlock.Cause.RED_LINES;
    Search search = new Search(scenario, problem, forbidders, conflictIssues);
    search.run();
    List<Deadlock.Relaxation> relaxations = new ArrayList<>();
    for (Deadlock.Opening o : search.openings) {
      for (Deadlock.Relaxation r : o.changes()) {
        if (!relaxations.contains(r)) {
          relaxations.add(r);
        }
      }
    }
    Optional<Deadlock.PartialDeal> partial = PartialDeals.best(scenario);
    List<ActorId> blocking = new ArrayList<>();
    for (ActorId v : veto) {
      if (zone.search(withoutConstraintsOf(scenario, problem, v)).answer()
          == ZoneSearch.Answer.EXISTS) {
        blocking.add(v);
      }
    }
    return new Deadlock(
        true,
        true,
        cause,
        conflicts,
        relaxations,
        search.openings,
        search.complete,
        partial,
        veto,
        blocking);
  }

  /** Returns the problem with one party's walk-away value and red lines lifted. */
  private static BargainingProblem withoutConstraintsOf(
      Scenario scenario, BargainingProblem problem, ActorId party) {
    BargainingProblem lifted =
        BargainingProblems.from(scenario, (p, r) -> !p.actor().equals(party));
    double[] d = lifted.disagreementPoint();
    d[problem.parties().indexOf(party.value())] = Double.NEGATIVE_INFINITY;
    return lifted.withDisagreement(d);
  }

  /** Which actors' red lines forbid each option, by issue and option, in profile order. */
  private record Forbidders(List<List<List<ActorId>>> by) {
    static Forbidders of(Scenario scenario) {
      List<List<List<ActorId>>> by = new ArrayList<>();
      for (Issue issue : scenario.issues()) {
        by.add(
            issue.options().stream().map(o -> scenario.forbiddenBy(issue.id(), o.id())).toList());
      }
      return new Forbidders(by);
    }

    List<ActorId> of(int issue, int option) {
      return by.get(issue).get(option);
    }
  }

  /** An option to unlock and the relaxations it takes. */
  private record Unlock(int issue, int option, List<Deadlock.Relaxation> changes, double cost) {}

  /** The search for the smallest openings. */
  private final class Search {
    private final Scenario scenario;
    private final BargainingProblem problem;
    private final List<Integer> conflictIssues;
    private final List<Unlock> candidates = new ArrayList<>();
    private final List<BitSet> found = new ArrayList<>();
    private final List<Deadlock.Opening> openings = new ArrayList<>();
    private int checks;
    private boolean complete = true;

    Search(
        Scenario scenario,
        BargainingProblem problem,
        Forbidders forbidders,
        List<Integer> conflictIssues) {
      this.scenario = scenario;
      this.problem = problem;
      this.conflictIssues = conflictIssues;
      List<ActorProfile> profiles = scenario.profiles();
      for (int i = 0; i < problem.issueCount(); i++) {
        Issue issue = scenario.issues().get(i);
        for (int o = 0; o < issue.options().size(); o++) {
          List<ActorId> by = forbidders.of(i, o);
          if (by.isEmpty()) {
            continue;
          }
          List<Deadlock.Relaxation> changes = new ArrayList<>();
          double cost = 0;
          for (ActorId actor : by) {
            int j = indexOf(profiles, actor);
            double givesUp = givesUp(j, i, o);
            cost += Double.isNaN(givesUp) ? 1 : givesUp;
            changes.add(
                new Deadlock.Relaxation(
                    actor, issue.id(), issue.options().get(o).id(), false, givesUp));
          }
          candidates.add(new Unlock(i, o, changes, cost));
        }
      }
      candidates.sort(
          Comparator.comparingInt((Unlock u) -> u.changes().size())
              .thenComparingDouble(Unlock::cost)
              .thenComparingInt(Unlock::issue)
              .thenComparingInt(Unlock::option));
      // a single unlock by a single actor: does it alone open the zone?
      for (int c = 0; c < candidates.size(); c++) {
        Unlock u = candidates.get(c);
        if (u.changes().size() == 1 && conflictIssues.size() <= 1) {
          boolean opens = opens(new int[] {c});
          if (opens) {
            Deadlock.Relaxation r = u.changes().get(0);
            candidates.set(
                c,
                new Unlock(
                    u.issue(),
                    u.option(),
                    List.of(
                        new Deadlock.Relaxation(
                            r.actor(), r.issue(), r.option(), true, r.givesUp())),
                    u.cost()));
          }
        }
      }
    }

    private static int indexOf(List<ActorProfile> profiles, ActorId actor) {
      for (int j = 0; j < profiles.size(); j++) {
        if (profiles.get(j).actor().equals(actor)) {
          return j;
        }
      }
      throw new IllegalStateException("expected a profile for " + actor);
    }

    /** The worth to party j of its best option on issue i that its red lines allow, less o's. */
    private double givesUp(int j, int i, int o) {
      Issue issue = scenario.issues().get(i);
      ActorProfile profile = scenario.profiles().get(j);
      double best = Double.NaN;
      for (int x = 0; x < issue.options().size(); x++) {
        IssueOption option = issue.options().get(x);
        boolean allowed = true;
        for (RedLine r : profile.redLines()) {
          allowed &= !(r.issue().equals(issue.id()) && r.forbidden().contains(option.id()));
        }
        if (allowed && (Double.isNaN(best) || problem.contribution(j, i, x) > best)) {
          best = problem.contribution(j, i, x);
        }
      }
      return best - problem.contribution(j, i, o);
    }

    void run() {
      int c = candidates.size();
      int minSize = Math.max(1, conflictIssues.size());
      int maxSize = Math.min(c, minSize + 2);
      for (int size = minSize; size <= maxSize && openings.isEmpty(); size++) {
        int[] pick = new int[size];
        for (int x = 0; x < size; x++) {
          pick[x] = x;
        }
        if (!combinations(pick, c)) {
          complete = false;
          break;
        }
      }
      if (openings.isEmpty() && c > maxSize) {
        complete = false;
      }
      openings.sort(Comparator.comparingDouble(Deadlock.Opening::nashProduct).reversed());
    }

    /**
     * Walks the combinations of {@code pick.length} candidates in lexicographic order, testing
     * those that unlock every conflict and contain no opening found; false when the checks or the
     * steps run out.
     */
    private boolean combinations(int[] pick, int c) {
      int size = pick.length;
      long steps = 0;
      while (true) {
        if (++steps > MAX_STEPS) {
          return false;
        }
        if (covers(pick) && !containsFound(pick)) {
          if (checks >= maxChecks) {
            return false;
          }
          if (opens(pick)) {
            BitSet set = new BitSet();
            for (int x : pick) {
              set.set(x);
            }
            found.add(set);
            if (openings.size() < maxOpenings) {
              opening(pick).ifPresent(openings::add);
            }
          }
        }
        int x = size - 1;
        while (x >= 0 && pick[x] == c - size + x) {
          x--;
        }
        if (x < 0) {
          return true;
        }
        pick[x]++;
        for (int y = x + 1; y < size; y++) {
          pick[y] = pick[y - 1] + 1;
        }
      }
    }

    private boolean covers(int[] pick) {
      for (int issue : conflictIssues) {
        boolean any = false;
        for (int x : pick) {
          any |= candidates.get(x).issue() == issue;
        }
        if (!any) {
          return false;
        }
      }
      return true;
    }

    private boolean containsFound(int[] pick) {
      BitSet set = new BitSet();
      for (int x : pick) {
        set.set(x);
      }
      for (BitSet f : found) {
        BitSet inter = (BitSet) f.clone();
        inter.and(set);
        if (inter.equals(f)) {
          return true;
        }
      }
      return false;
    }

    private BargainingProblem relaxed(int[] pick) {
      boolean[][] feasible = new boolean[problem.issueCount()][];
      for (int i = 0; i < feasible.length; i++) {
        feasible[i] = new boolean[problem.optionCount(i)];
        for (int o = 0; o < feasible[i].length; o++) {
          feasible[i][o] = problem.isFeasible(i, o);
        }
      }
      for (int x : pick) {
        feasible[candidates.get(x).issue()][candidates.get(x).option()] = true;
      }
      return problem.withFeasible(feasible);
    }

    private boolean opens(int[] pick) {
      checks++;
      ZoneSearch.Result r = zone.search(relaxed(pick));
      if (r.answer() == ZoneSearch.Answer.UNKNOWN) {
        complete = false;
      }
      return r.answer() == ZoneSearch.Answer.EXISTS;
    }

    private Optional<Deadlock.Opening> opening(int[] pick) {
      BargainingProblem relaxed = relaxed(pick);
      ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(relaxed);
      int[] outcome;
      double product;
      Optional<Agreement> nash =
          frontier.isComplete() ? new NashBargainingSolution().solve(frontier) : Optional.empty();
      if (nash.isPresent()) {
        outcome = nash.get().outcome().stream().mapToInt(Integer::intValue).toArray();
        product = nash.get().value();
      } else {
        Optional<int[]> witness = zone.search(relaxed).witness();
        if (witness.isEmpty()) {
          return Optional.empty();
        }
        outcome = witness.get();
        product = 0;
      }
      double[] u = relaxed.utilities(outcome);
      List<String> options = new ArrayList<>();
      for (int i = 0; i < outcome.length; i++) {
        options.add(relaxed.options(i).get(outcome[i]));
      }
      List<Double> utilities = Arrays.stream(u).boxed().toList();
      List<Double> margins = new ArrayList<>();
      for (int j = 0; j < u.length; j++) {
        margins.add(u[j] - relaxed.disagreement(j));
      }
      List<Deadlock.Relaxation> changes = new ArrayList<>();
      for (int x : pick) {
        changes.addAll(candidates.get(x).changes());
      }
      return Optional.of(new Deadlock.Opening(changes, options, utilities, margins, product));
    }
  }
}
