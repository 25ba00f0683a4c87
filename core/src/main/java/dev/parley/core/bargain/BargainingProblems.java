package dev.parley.core.bargain;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Builds the numeric bargaining problem of a scenario.
 *
 * <p>The parties are the actors with a profile, in profile order; the issues and options are the
 * scenario's, in order. Party j's contribution from option o of issue i is {@code w · v(o)}: v is
 * the stance's explicit utility of o if it has them, else {@code 1 − |position(o) − ideal| / 100};
 * w is the stance's salience, divided by the sum of the party's saliences when the scenario's
 * utility model normalises them; an issue without a stance contributes 0. Nominal values are used
 * throughout. Red lines make their options infeasible. The walk-away value is the reservation.
 */
public final class BargainingProblems {
  private BargainingProblems() {}

  /** Returns the scenario's problem with every red line in force. */
  public static BargainingProblem from(Scenario scenario) {
    return from(scenario, (profile, redLine) -> true);
  }

  /**
   * Returns the scenario's problem with only the red lines {@code inForce} accepts.
   *
   * @param inForce whether a profile's red line constrains the problem
   */
  public static BargainingProblem from(
      Scenario scenario, BiPredicate<ActorProfile, RedLine> inForce) {
    List<ActorProfile> profiles = scenario.profiles();
    List<Issue> issues = scenario.issues();
    int k = profiles.size();
    int n = issues.size();
    List<String> parties = profiles.stream().map(p -> p.actor().value()).toList();
    List<String> issueIds = issues.stream().map(i -> i.id().value()).toList();
    List<List<String>> options = new ArrayList<>();
    boolean[][] feasible = new boolean[n][];
    for (int i = 0; i < n; i++) {
      Issue issue = issues.get(i);
      options.add(issue.options().stream().map(IssueOption::id).toList());
      feasible[i] = new boolean[issue.options().size()];
      Arrays.fill(feasible[i], true);
    }
    double[][][] contributions = new double[k][n][];
    double[] disagreement = new double[k];
    for (int j = 0; j < k; j++) {
      ActorProfile profile = profiles.get(j);
      double[] w = weights(scenario, profile);
      for (int i = 0; i < n; i++) {
        Issue issue = issues.get(i);
        int m = issue.options().size();
        contributions[j][i] = new double[m];
        IssueStance stance = profile.stances().get(issue.id());
        if (stance == null) {
          continue;
        }
        for (int o = 0; o < m; o++) {
          contributions[j][i][o] = w[i] * worth(stance, issue.options().get(o));
        }
      }
      disagreement[j] = profile.reservation().nominal();
      for (RedLine redLine : profile.redLines()) {
        if (!inForce.test(profile, redLine)) {
          continue;
        }
        int i = issueIds.indexOf(redLine.issue().value());
        if (i < 0) {
          throw new IllegalArgumentException("red line on unknown issue " + redLine.issue());
        }
        for (String option : redLine.forbidden()) {
          int o = issues.get(i).indexOf(option);
          if (o >= 0) {
            feasible[i][o] = false;
          }
        }
      }
    }
    return new BargainingProblem(
        parties,
        issueIds,
        options,
        contributions,
        disagreement,
        feasible,
        scenario.utility().cap());
  }

  /**
   * Returns the weight of each issue in a profile's utility, in the scenario's issue order: the
   * stance's nominal salience, divided by the sum of the profile's saliences when the scenario's
   * utility model normalises them; 0 for an issue without a stance.
   */
  static double[] weights(Scenario scenario, ActorProfile profile) {
    List<Issue> issues = scenario.issues();
    double total = 0;
    for (Issue issue : issues) {
      IssueStance stance = profile.stances().get(issue.id());
      total += stance == null ? 0 : stance.salience().nominal();
    }
    boolean normalise = scenario.utility().normalizeSaliences() && total > 0;
    double[] w = new double[issues.size()];
    for (int i = 0; i < w.length; i++) {
      IssueStance stance = profile.stances().get(issues.get(i).id());
      if (stance != null) {
        w[i] = normalise ? stance.salience().nominal() / total : stance.salience().nominal();
      }
    }
    return w;
  }

  /**
   * Returns an option's worth to a stance, 0 to 1: its explicit utility (0 when the stance gives
   * none for it), or else 1 minus its distance from the nominal ideal on the 0–100 scale.
   */
  public static double worth(IssueStance stance, IssueOption option) {
    if (stance.hasExplicitUtilities()) {
      var utility = stance.utilities().get(option.id());
      return utility == null ? 0 : utility.nominal();
    }
    return 1 - Math.abs(option.position() - stance.ideal().nominal()) / 100;
  }
}
