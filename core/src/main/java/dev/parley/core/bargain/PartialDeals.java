package dev.parley.core.bargain;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deals that settle some issues and leave the others open, to be settled later: a prisoner exchange
 * and a nuclear-plant arrangement without territory, say.
 *
 * <p>An open issue stays as it is. What that is worth to a party is what walking away is worth to
 * it, in proportion to the issue's weight in its utility: party j values an open issue i at {@code
 * d_j · w_ji / Σ_i w_ji}, where {@code d_j} is its walk-away value and {@code w_ji} the issue's
 * weight (its salience, normalised as the scenario says). So a deal that leaves every issue open is
 * worth exactly walking away to everyone, and settling an issue gains a party what the settled
 * option is worth to it above that share. Red lines forbid options, not leaving an issue open. An
 * issue that is not {@linkplain Issue#deferrable() deferrable} cannot be left open.
 *
 * <p>The problem of partial deals is the scenario's bargaining problem ({@link BargainingProblems})
 * with one more option per deferrable issue, named {@value #OPEN}; its analyses are the usual ones.
 * The best partial deal is its Nash package, when every party gains something: the Nash product of
 * the gains over walking away is then positive, so at least one issue is settled.
 */
public final class PartialDeals {
  /** The name of the extra option that leaves an issue open. */
  public static final String OPEN = "(open)";

  private PartialDeals() {}

  /** Returns the problem of partial deals of a scenario, every red line in force. */
  public static BargainingProblem problem(Scenario scenario) {
    BargainingProblem full = BargainingProblems.from(scenario);
    List<Issue> issues = scenario.issues();
    List<ActorProfile> profiles = scenario.profiles();
    int k = full.partyCount();
    int n = full.issueCount();
    List<List<String>> options = new ArrayList<>();
    boolean[][] feasible = new boolean[n][];
    double[][][] contributions = new double[k][n][];
    double[][] openWorth = new double[k][];
    for (int j = 0; j < k; j++) {
      double[] w = BargainingProblems.weights(scenario, profiles.get(j));
      double sum = 0;
      for (double x : w) {
        sum += x;
      }
      openWorth[j] = new double[n];
      for (int i = 0; i < n; i++) {
        openWorth[j][i] = sum > 0 ? full.disagreement(j) * (w[i] / sum) : 0;
      }
    }
    for (int i = 0; i < n; i++) {
      int m = full.optionCount(i);
      boolean open = issues.get(i).deferrable();
      List<String> names = new ArrayList<>(full.options(i));
      if (open) {
        names.add(OPEN);
      }
      options.add(names);
      feasible[i] = new boolean[names.size()];
      for (int o = 0; o < m; o++) {
        feasible[i][o] = full.isFeasible(i, o);
      }
      if (open) {
        feasible[i][m] = true;
      }
      for (int j = 0; j < k; j++) {
        contributions[j][i] = new double[names.size()];
        for (int o = 0; o < m; o++) {
          contributions[j][i][o] = full.contribution(j, i, o);
        }
        if (open) {
          contributions[j][i][m] = openWorth[j][i];
        }
      }
    }
    return new BargainingProblem(
        full.parties(),
        full.issues(),
        options,
        contributions,
        full.disagreementPoint(),
        feasible,
        full.cap());
  }

  /**
   * Returns the best partial deal of a scenario: the Nash package of its problem of partial deals,
   * when one gives every party more than walking away; empty also when that problem's exact
   * frontier passes the size limit of {@link SequentialMergeParetoFrontier}.
   */
  public static Optional<Deadlock.PartialDeal> best(Scenario scenario) {
    BargainingProblem problem = problem(scenario);
    ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(problem);
    if (!frontier.isComplete()) {
      return Optional.empty();
    }
    return new NashBargainingSolution()
        .solve(frontier)
        .map(
            nash -> {
              List<Optional<String>> outcome = new ArrayList<>();
              for (int i = 0; i < problem.issueCount(); i++) {
                int o = nash.outcome().get(i);
                boolean open = o == scenario.issues().get(i).options().size();
                outcome.add(open ? Optional.empty() : Optional.of(problem.options(i).get(o)));
              }
              List<Double> margins = new ArrayList<>();
              for (int j = 0; j < problem.partyCount(); j++) {
                margins.add(nash.utility(j) - problem.disagreement(j));
              }
              return new Deadlock.PartialDeal(outcome, nash.utilities(), margins);
            });
  }
}
