package dev.parley.core.forecast;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the spatial problem of a scenario: every ordered issue a dimension on its 0–100 scale,
 * every profiled actor with its capability, and on each issue its ideal position and salience
 * (nominal values). An actor without a stance on an issue has salience 0 there and sits at the
 * scale's middle, so it does not pull the forecast. Saliences are normalised to sum to one per
 * actor when the scenario's utility model normalises them.
 *
 * <p>Spatial models read distances between positions, so an issue whose options lie in no order
 * ({@link Issue#ordered()} false: a choice of foods, or a categorical GENIUS issue) is left out of
 * the problem: {@link #leftOut(Scenario)} names such issues and {@link #warnings(Scenario)} gives
 * the warning {@code unordered-issue} for each. Bargaining analyses use their options as they are.
 * The normalising sum of an actor's saliences still counts the issues left out, so each remaining
 * issue keeps the salience it would have with them.
 *
 * <p>The actors are listed by id, not in the order of the file's profiles: every model's sums and
 * tie-breaks then run in that one order, so permuting the profiles changes no forecast.
 */
public final class SpatialProblems {
  private SpatialProblems() {}

  /** Returns the scenario's spatial problem, over its ordered issues. */
  public static SpatialProblem from(Scenario scenario) {
    List<ActorProfile> profiles =
        scenario.profiles().stream()
            .sorted(java.util.Comparator.comparing(p -> p.actor().value()))
            .toList();
    List<Issue> all = scenario.issues();
    List<Issue> issues = issues(scenario);
    int n = profiles.size();
    int d = issues.size();
    double[] capability = new double[n];
    double[][] position = new double[n][d];
    double[][] salience = new double[n][d];
    for (int i = 0; i < n; i++) {
      ActorProfile p = profiles.get(i);
      capability[i] = p.capability().nominal();
      double total = 0;
      for (Issue issue : all) {
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

  /** Returns the issues the spatial problem covers, its dimensions: the ordered ones, in order. */
  public static List<Issue> issues(Scenario scenario) {
    return scenario.issues().stream().filter(Issue::ordered).toList();
  }

  /** Returns the issues spatial models leave out: the unordered ones, in scenario order. */
  public static List<Issue> leftOut(Scenario scenario) {
    return scenario.issues().stream().filter(i -> !i.ordered()).toList();
  }

  /**
   * Returns a warning {@code unordered-issue} at {@code issues/<id>} for each issue the spatial
   * models leave out; an empty list when every issue is ordered.
   */
  public static List<Diagnostic> warnings(Scenario scenario) {
    List<Diagnostic> out = new ArrayList<>();
    for (Issue issue : leftOut(scenario)) {
      out.add(
          Diagnostic.warning(
              "unordered-issue",
              ModelPath.of("issues", issue.id().value()),
              "issue '"
                  + issue.id()
                  + "' is unordered, so the spatial models leave it out: it is not forecast",
              "spatial models need ordered options; bargaining analyses (parley analyze,"
                  + " parley simulate) use its options as they are"));
    }
    return out;
  }
}
