package dev.parley.io.deu;

import dev.parley.core.forecast.SpatialProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A DEU proposal: the contested issues of one legislative proposal, which models that trade across
 * issues see together.
 *
 * @param proposal the proposal's id
 * @param name the proposal's short name
 * @param issues its issues, in file order
 */
public record DeuProposal(String proposal, String name, List<DeuIssue> issues) {
  /** Validates and copies the fields. */
  public DeuProposal {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(name, "name");
    issues = List.copyOf(issues);
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("expected at least one issue in proposal " + proposal);
    }
  }

  /** Returns whether any issue uses the Nice weights. */
  public boolean isEnlarged() {
    return issues.stream().anyMatch(DeuIssue::isEnlarged);
  }

  /**
   * Returns the proposal as a problem with one dimension per issue, on the 0–100 scale: the actors
   * holding a position on at least one issue, with their Council voting weight ({@link
   * CouncilVotingWeights}, the Nice weights if any issue needs them). An actor without a position
   * on an issue has salience 0 there and sits at the scale's middle, so it neither pulls the
   * outcome nor trades on that issue.
   */
  public SpatialProblem problem() {
    List<String> actors = issues.get(0).actors();
    boolean nice = isEnlarged();
    List<Integer> present = new ArrayList<>();
    for (int a = 0; a < actors.size(); a++) {
      for (DeuIssue issue : issues) {
        if (issue.hasPosition(a)) {
          present.add(a);
          break;
        }
      }
    }
    int n = present.size();
    int d = issues.size();
    double[] capability = new double[n];
    double[][] position = new double[n][d];
    double[][] salience = new double[n][d];
    double[] lower = new double[d];
    double[] upper = new double[d];
    double[] reference = new double[d];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int a = present.get(i);
      names.add(actors.get(a));
      capability[i] = CouncilVotingWeights.weight(actors.get(a), nice);
      for (int k = 0; k < d; k++) {
        DeuIssue issue = issues.get(k);
        if (issue.hasPosition(a)) {
          position[i][k] = issue.positions().get(a);
          salience[i][k] = issue.saliences().get(a) / 100;
        } else {
          position[i][k] = 50;
        }
      }
    }
    for (int k = 0; k < d; k++) {
      upper[k] = 100;
      reference[k] = issues.get(k).reference();
    }
    return new SpatialProblem(
        names,
        issues.stream().map(DeuIssue::issue).toList(),
        capability,
        position,
        salience,
        lower,
        upper,
        reference);
  }
}
