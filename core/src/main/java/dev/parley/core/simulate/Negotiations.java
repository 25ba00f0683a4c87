package dev.parley.core.simulate;

import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Scenario;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the negotiation of a scenario: its bargaining problem ({@link BargainingProblems#from}),
 * each party's patience as its discount factor per round, and each party's deadline in rounds.
 *
 * <p>A deadline is a date; it becomes the round {@code floor(days / daysPerRound)}, counting the
 * days from the scenario's {@code as_of} date, clamped to {@code [0, rounds]}. A party without a
 * deadline, or a scenario without an {@code as_of} date, negotiates until the deadline of the
 * simulation. Nominal values are used throughout.
 */
public final class Negotiations {
  private Negotiations() {}

  /**
   * Returns the scenario's negotiation, its frontier computed with the default limits.
   *
   * @param rounds the deadline of the simulation, in rounds
   * @param daysPerRound how many days one round stands for, positive
   * @throws IllegalArgumentException if the exact frontier passes its size limit
   */
  public static Negotiation from(Scenario scenario, int rounds, double daysPerRound) {
    var problem = BargainingProblems.from(scenario);
    return from(
        scenario, new SequentialMergeParetoFrontier().compute(problem), rounds, daysPerRound);
  }

  /**
   * Returns the scenario's negotiation on a frontier already computed.
   *
   * @param frontier the exact frontier of {@code BargainingProblems.from(scenario)}
   * @param rounds the deadline of the simulation, in rounds
   * @param daysPerRound how many days one round stands for, positive
   */
  public static Negotiation from(
      Scenario scenario, ParetoFrontier frontier, int rounds, double daysPerRound) {
    List<ActorProfile> profiles = scenario.profiles();
    double[] patience = new double[profiles.size()];
    for (int j = 0; j < patience.length; j++) {
      patience[j] = profiles.get(j).patience().nominal();
    }
    return from(scenario, frontier, patience, rounds, daysPerRound);
  }

  /**
   * Returns a negotiation over a frontier of the scenario's parties with the given patience, such
   * as one Monte Carlo trial's draw; the parties' own deadlines come from the scenario.
   *
   * @param frontier the exact frontier of a problem whose parties are the scenario's profiles, in
   *     order
   * @param patience each party's discount factor per round
   * @param rounds the deadline of the simulation, in rounds
   * @param daysPerRound how many days one round stands for, positive
   */
  public static Negotiation from(
      Scenario scenario,
      ParetoFrontier frontier,
      double[] patience,
      int rounds,
      double daysPerRound) {
    if (!(daysPerRound > 0)) {
      throw new IllegalArgumentException("days per round must be positive, was " + daysPerRound);
    }
    List<ActorProfile> profiles = scenario.profiles();
    int k = profiles.size();
    int[] deadlines = new int[k];
    for (int j = 0; j < k; j++) {
      ActorProfile p = profiles.get(j);
      deadlines[j] = rounds;
      if (p.deadline() != null && scenario.asOf() != null) {
        long days = ChronoUnit.DAYS.between(scenario.asOf(), p.deadline().date());
        double r = Math.floor(days / daysPerRound);
        deadlines[j] = (int) Math.max(0, Math.min(rounds, r));
      }
    }
    return Negotiation.of(
        frontier.problem(), frontier, patience, rounds, deadlines, Negotiation.identity(k));
  }
}
