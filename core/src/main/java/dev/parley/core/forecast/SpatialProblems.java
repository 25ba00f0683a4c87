package dev.parley.core.forecast;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import java.util.List;

/**
 * Builds the spatial problem of a scenario: every issue a dimension on its 0–100 scale, every
 * profiled actor with its capability, and on each issue its ideal position and salience (nominal
 * values). An actor without a stance on an issue has salience 0 there and sits at the scale's
 * middle, so it does not pull the forecast. Saliences are normalised to sum to one per actor when
 * the scenario's utility model normalises them.
 *
 * <p>The actors are listed by id, not in the order of the file's profiles: every model's sums and
 * tie-breaks then run in that one order, so permuting the profiles changes no forecast.
 */
public final class SpatialProblems {
  private SpatialProblems() {}

  /** Returns the scenario's spatial problem. */
  public static SpatialProblem from(Scenario scenario) {
    List<ActorProfile> profiles =
        scenario.profiles().stream()
            .sorted(java.util.Comparator.comparing(p -> p.actor().value()))
            .toList();
    List<Issue> issues = scenario.issues();
    int n = profiles.size();
    int d = issues.size();
    double[] capability = new double[n];
    double[][] position = new double[n][d];
    double[][] salience = new double[n][d];
    for (int i = 0; i < n; i++) {
      ActorProfile p = profiles.get(i);
      capability[i] = p.capability().nominal();
      double total = 0;
      for (Issue issue : issues) {
        IssueStance s = p.stances().get(issue.id());
        total += s == null ? 0 : s.salience().nominal();
      }
      for (int k = 0; k < d; k++) {
        IssueStance s = p.stances().get(issues.get(k).id());
        if (s == null) {
          position[i][k] = 50;
          continue;
        }
        position[i][k] = s.ideal().nominal();
        double w = s.salience().nominal();
        salience[i][k] = scenario.utility().normalizeSaliences() && total > 0 ? w / total : w;
      }
    }
    return SpatialProblem.of(
        profiles.stream().map(p -> p.actor().value()).toList(),
        issues.stream().map(i -> i.id().value()).toList(),
        capability,
        position,
        salience);
  }
}
