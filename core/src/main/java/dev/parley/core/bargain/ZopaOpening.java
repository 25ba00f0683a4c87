package dev.parley.core.bargain;

import java.util.ArrayList;
import java.util.List;

/**
 * When no package beats walking away for every party: the smallest change to the reservation values
 * that would open a zone of agreement.
 *
 * <p>For each party alone, the required reservation value is the best utility it can get in a
 * package that every other party weakly prefers to walking away; such a maximiser lies on the
 * Pareto frontier (a dominating package keeps the others' constraints and gives at least as much),
 * so the frontier suffices. For all parties together, the smallest uniform cut δ in every
 * reservation value is {@code −max_o min_j (u_j(o) − d_j)}, the egalitarian value over all
 * packages, likewise reached on the frontier. Which red lines to relax depends on the scenario's
 * red lines, not only on their combined constraint, and is found by re-solving the problem without
 * each one (see the scenario analysis). Cost: O(F·k²).
 *
 * @param perParty each party's required reservation value, holding the others fixed
 * @param uniformCut how much every reservation value must fall together to open the zone
 */
public record ZopaOpening(List<ReservationChange> perParty, double uniformCut) {
  /** Copies the fields. */
  public ZopaOpening {
    perParty = List.copyOf(perParty);
  }

  /** Returns the opening of a complete frontier's problem. */
  public static ZopaOpening of(ParetoFrontier frontier) {
    if (!frontier.isComplete()) {
      throw new IllegalArgumentException("expected a complete frontier, but it is incomplete");
    }
    BargainingProblem problem = frontier.problem();
    int k = problem.partyCount();
    long[] d = new long[k];
    for (int j = 0; j < k; j++) {
      d[j] = Ticks.of(problem.disagreement(j));
    }
    List<ReservationChange> changes = new ArrayList<>();
    for (int party = 0; party < k; party++) {
      double best = Double.NaN;
      for (int i = 0; i < frontier.size(); i++) {
        boolean othersOk = true;
        for (int j = 0; j < k && othersOk; j++) {
          othersOk = j == party || frontier.tick(i, j) >= d[j];
        }
        if (othersOk && (Double.isNaN(best) || frontier.utility(i, party) > best)) {
          best = frontier.utility(i, party);
        }
      }
      changes.add(new ReservationChange(party, problem.disagreement(party), best));
    }
    long bestMin = Long.MIN_VALUE;
    for (int i = 0; i < frontier.size(); i++) {
      long min = Long.MAX_VALUE;
      for (int j = 0; j < k; j++) {
        min = Math.min(min, frontier.tick(i, j) - d[j]);
      }
      bestMin = Math.max(bestMin, min);
    }
    double cut = frontier.size() == 0 ? Double.NaN : Math.max(0, Ticks.toUtility(-bestMin));
    return new ZopaOpening(changes, cut);
  }
}
