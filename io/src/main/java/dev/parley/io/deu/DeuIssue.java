package dev.parley.io.deu;

import dev.parley.core.forecast.SpatialProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One contested issue of a DEU proposal: each actor's position and salience on the 0–100 scale, the
 * reference point and the outcome.
 *
 * @param proposal the proposal's id ({@code prnr}, such as {@code d00032})
 * @param proposalName the proposal's short name ({@code prname})
 * @param issue the issue's id ({@code isnr}, such as {@code d00032i1})
 * @param line the line of the file it was read from
 * @param actors the actor codes, in column order ({@code com}, {@code ep}, then the states)
 * @param positions each actor's position in [0, 100], NaN where it has none
 * @param saliences each actor's salience in [0, 100]; 0 where none was coded
 * @param reference the reference point (status quo) in [0, 100], or NaN
 * @param outcome the outcome in [0, 100], or NaN
 */
public record DeuIssue(
    String proposal,
    String proposalName,
    String issue,
    int line,
    List<String> actors,
    List<Double> positions,
    List<Double> saliences,
    double reference,
    double outcome) {
  /** Validates and copies the fields. */
  public DeuIssue {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(proposalName, "proposalName");
    Objects.requireNonNull(issue, "issue");
    actors = List.copyOf(actors);
    positions = List.copyOf(positions);
    saliences = List.copyOf(saliences);
    if (positions.size() != actors.size() || saliences.size() != actors.size()) {
      throw new IllegalArgumentException(
          "expected a position and a salience for each of "
              + actors.size()
              + " actors, but found "
              + positions.size()
              + " and "
              + saliences.size());
    }
  }

  /** Returns whether the outcome is known, which makes the issue count in an evaluation. */
  public boolean hasOutcome() {
    return !Double.isNaN(outcome);
  }

  /** Returns whether an actor holds a position. */
  public boolean hasPosition(int actor) {
    return !Double.isNaN(positions.get(actor));
  }

  /**
   * Returns whether the issue is weighted with the Nice votes: a state that joined in 2004 or later
   * holds a position on it.
   */
  public boolean isEnlarged() {
    for (int a = 0; a < actors.size(); a++) {
      if (hasPosition(a) && CouncilVotingWeights.LATER_MEMBERS.contains(actors.get(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the issue as a one-dimension problem on the 0–100 scale: the actors holding a position,
   * each with its Council voting weight as capability ({@link CouncilVotingWeights}) and its
   * salience divided by 100, and the reference point.
   */
  public SpatialProblem problem() {
    boolean nice = isEnlarged();
    List<String> names = new ArrayList<>();
    List<Integer> present = new ArrayList<>();
    for (int a = 0; a < actors.size(); a++) {
      if (hasPosition(a)) {
        names.add(actors.get(a));
        present.add(a);
      }
    }
    int n = present.size();
    double[] capability = new double[n];
    double[][] position = new double[n][1];
    double[][] salience = new double[n][1];
    for (int i = 0; i < n; i++) {
      int a = present.get(i);
      capability[i] = CouncilVotingWeights.weight(actors.get(a), nice);
      position[i][0] = positions.get(a);
      salience[i][0] = saliences.get(a) / 100;
    }
    return new SpatialProblem(
        names,
        List.of(issue),
        capability,
        position,
        salience,
        new double[] {0},
        new double[] {100},
        new double[] {reference});
  }
}
