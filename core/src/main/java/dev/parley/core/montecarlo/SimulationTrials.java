package dev.parley.core.montecarlo;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.simulate.AgentType;
import dev.parley.core.simulate.Negotiations;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.Protocol;
import dev.parley.core.simulate.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the agent-based bargaining once on every trial: the agents bid from the exact Pareto
 * frontier of the trial's own bargaining problem (its drawn ideals, saliences and reservation
 * values) with the trial's drawn patience, under the protocol given, on the scenario's clock
 * ({@link Negotiations}). The outputs are the position, on each issue's 0–100 scale, of the option
 * agreed ({@code name/issue}), NaN on every issue in a trial that ends without an agreement; {@code
 * name/agreement}, 1 or 0; {@code name/agreement_day}, the day after {@code as_of} on which the
 * agreement was concluded (NaN without one); and {@code name/within}, 1 when it was concluded
 * within the horizon, else 0: its mean over the trials is {@code p_agreement_within}.
 *
 * <p>The summary is a {@link ForecastDistribution} over the trials with an agreement (its sample
 * sizes say how many), so the simulation reads as one more forecasting model. Each trial runs with
 * its own seed, so the outputs are the same for any number of threads.
 *
 * <p>Cost per trial: one exact frontier (see {@link SequentialMergeParetoFrontier}) and one run of
 * the protocol, at most {@code rounds} rounds; far more than a spatial model's forecast. A trial
 * whose frontier passes its size limit or is empty records no agreement.
 */
public final class SimulationTrials implements TrialAnalysis {
  private final String name;
  private final Protocol protocol;
  private final List<AgentType> agents;
  private final int rounds;
  private final double horizonDays;

  /**
   * Creates the analysis.
   *
   * @param name the analysis's name, the prefix of its outputs
   * @param agents one agent type per party, in profile order
   * @param rounds the cap on the rounds of a run
   * @param horizonDays the horizon of {@code name/within}, in days, at least 0
   */
  public SimulationTrials(
      String name, Protocol protocol, List<AgentType> agents, int rounds, double horizonDays) {
    this.name = Objects.requireNonNull(name, "name");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.agents = List.copyOf(agents);
    if (rounds < 1 || !(horizonDays >= 0)) {
      throw new IllegalArgumentException(
          "expected at least one round and a horizon of at least 0 days, but found "
              + rounds
              + " rounds and "
              + horizonDays
              + " days");
    }
    this.rounds = rounds;
    this.horizonDays = horizonDays;
  }

  /** Returns the cap on the rounds of each trial's run. */
  public int rounds() {
    return rounds;
  }

  /** Returns the horizon of {@link #withinOutput()}, in days. */
  public double horizonDays() {
    return horizonDays;
  }

  /** Returns the name of the output holding the day each trial's agreement was concluded. */
  public String dayOutput() {
    return name + "/agreement_day";
  }

  /** Returns the name of the output that is 1 in trials that agree within the horizon. */
  public String withinOutput() {
    return name + "/within";
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns the name of the output that is 1 in trials that end in an agreement. */
  public String agreementOutput() {
    return name + "/agreement";
  }

  @Override
  public List<String> outputs(Scenario scenario) {
    List<String> out = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      out.add(name + "/" + issue.id().value());
    }
    out.add(agreementOutput());
    out.add(dayOutput());
    out.add(withinOutput());
    return out;
  }

  @Override
  public Recorder recorder(Scenario scenario) {
    int parties = scenario.profiles().size();
    if (agents.size() != parties) {
      throw new IllegalArgumentException(
          "expected one agent per party (" + parties + "), but found " + agents.size());
    }
    // the trial's problem lists its parties in the layout's canonical order
    int[] profileOf = ScenarioLayout.of(scenario).profileOfParty;
    List<AgentType> byParty = java.util.Arrays.stream(profileOf).mapToObj(agents::get).toList();
    List<Issue> issues = scenario.issues();
    int n = issues.size();
    double[][] positions = new double[n][];
    for (int i = 0; i < n; i++) {
      positions[i] = issues.get(i).options().stream().mapToDouble(o -> o.position()).toArray();
    }
    double[] patience = new double[parties];
    double roundDays = scenario.roundDays();
    if (parties < 2) {
      // nobody to bargain with: no agreement in any trial
      return (trial, seed, out, offset) -> noAgreement(out, offset, n);
    }
    return (trial, seed, out, offset) -> {
      BargainingProblem problem = trial.bargainingProblem();
      ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(problem);
      if (!frontier.isComplete() || frontier.size() == 0) {
        noAgreement(out, offset, n);
        return;
      }
      // the trial's problem lists the parties in its own (canonical) order
      for (int j = 0; j < parties; j++) {
        patience[j] = trial.patience(j);
      }
      Simulation simulation =
          new Simulation(
              protocol, Negotiations.from(scenario, frontier, patience, rounds), byParty);
      Outcome outcome = simulation.run(seed, 0).outcome();
      if (outcome instanceof Outcome.Agreement a) {
        for (int i = 0; i < n; i++) {
          out[offset + i] = positions[i][a.bid().option(i)];
        }
        double day = a.agreedRound() * roundDays;
        out[offset + n] = 1;
        out[offset + n + 1] = day;
        out[offset + n + 2] = day <= horizonDays ? 1 : 0;
      } else {
        noAgreement(out, offset, n);
      }
    };
  }

  private static void noAgreement(double[] out, int offset, int issues) {
    for (int i = 0; i < issues; i++) {
      out[offset + i] = Double.NaN;
    }
    out[offset + issues] = 0;
    out[offset + issues + 1] = Double.NaN;
    out[offset + issues + 2] = 0;
  }

  @Override
  public SimulationDistribution summarize(Scenario scenario, TrialOutputs outputs, int first) {
    int n = scenario.issues().size();
    int trials = outputs.trials();
    long agreed = 0;
    long within = 0;
    for (int t = 0; t < trials; t++) {
      agreed += outputs.value(t, first + n) == 1 ? 1 : 0;
      within += outputs.value(t, first + n + 2) == 1 ? 1 : 0;
    }
    return new SimulationDistribution(
        name,
        ForecastTrials.distribution(name, name, scenario, scenario.issues(), outputs, first),
        new Proportion(agreed, trials),
        SampleSummary.of(outputs.column(first + n + 1)),
        horizonDays,
        new Proportion(within, trials),
        rounds * scenario.roundDays());
  }
}
