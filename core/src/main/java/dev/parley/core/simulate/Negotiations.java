package dev.parley.core.simulate;

import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Clock;
import dev.parley.core.model.Scenario;
import java.util.List;

/**
 * Builds the negotiation of a scenario on the scenario's {@link Clock}: its bargaining problem
 * ({@link BargainingProblems#from}), each party's patience as a discount factor per round ({@code
 * δ_round = δ_year^(round_days / 365)} for patience stated per year), and each party's deadline in
 * rounds. Each run draws the order of moves from its seed, over the parties sorted by actor id.
 *
 * <p>A deadline is a date; it falls in the last round that begins on or before it, {@code
 * floor(days since as_of / round_days)} ({@link Clock#roundOf}), and may lie beyond the cap on the
 * rounds (it then sets only the party's horizon). A party without a deadline, or a scenario without
 * an {@code as_of} date, has none. Nominal values are used unless patience is given.
 */
public final class Negotiations {
  private Negotiations() {}

  /**
   * Returns the scenario's negotiation, its frontier computed with the default limits.
   *
   * @param rounds the cap on the rounds of a run
   * @throws IllegalArgumentException if the exact frontier passes its size limit
   */
  public static Negotiation from(Scenario scenario, int rounds) {
    var problem = BargainingProblems.from(scenario);
    return from(scenario, new SequentialMergeParetoFrontier().compute(problem), rounds);
  }

  /**
   * Returns the scenario's negotiation on a frontier already computed.
   *
   * @param frontier the exact frontier of a problem whose parties are the scenario's profiled
   *     actors, by id, in any order
   * @param rounds the cap on the rounds of a run
   */
  public static Negotiation from(Scenario scenario, ParetoFrontier frontier, int rounds) {
    List<String> parties = frontier.problem().parties();
    double[] patience = new double[parties.size()];
    for (int j = 0; j < patience.length; j++) {
      patience[j] = profile(scenario, parties.get(j)).patience().nominal();
    }
    return from(scenario, frontier, patience, rounds);
  }

  /**
   * Returns a negotiation over a frontier of the scenario's parties with the given patience, such
   * as one Monte Carlo trial's draw; deadlines come from the scenario.
   *
   * @param frontier the exact frontier of a problem whose parties are the scenario's profiled
   *     actors, by id, in any order
   * @param patience each of the problem's parties' discount factor as its profile states it (per
   *     year or per round, as the profile says), converted here on the scenario's clock
   * @param rounds the cap on the rounds of a run
   */
  public static Negotiation from(
      Scenario scenario, ParetoFrontier frontier, double[] patience, int rounds) {
    Clock clock = scenario.clock();
    List<String> parties = frontier.problem().parties();
    int k = parties.size();
    if (patience.length != k) {
      throw new IllegalArgumentException(
          "expected patience for " + k + " parties, but found " + patience.length);
    }
    double[] perRound = new double[k];
    int[] deadlines = new int[k];
    for (int j = 0; j < k; j++) {
      ActorProfile p = profile(scenario, parties.get(j));
      perRound[j] = clock.perRound(patience[j], p.patiencePeriod());
      deadlines[j] = Negotiation.NO_DEADLINE;
      if (p.deadline() != null && clock.asOf() != null) {
        deadlines[j] =
            (int) Math.min(Negotiation.NO_DEADLINE - 1L, clock.roundOf(p.deadline().date()));
      }
    }
    return Negotiation.of(frontier.problem(), frontier, perRound, rounds, deadlines, clock);
  }

  private static ActorProfile profile(Scenario scenario, String party) {
    return scenario
        .profile(new ActorId(party))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected a profile for every party of the problem, but found none for "
                        + party));
  }
}
