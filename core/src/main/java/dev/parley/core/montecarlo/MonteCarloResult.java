package dev.parley.core.montecarlo;

import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Objects;

/**
 * The summary of a Monte Carlo run over a scenario: what each analysis concludes over the trials,
 * with the seed and number of trials that reproduce it.
 *
 * @param scenario the scenario's id
 * @param parameters the number of numbers in the scenario's profiles
 * @param uncertain how many of them are uncertain (not points)
 * @param summaries one per analysis, in the order the analyses were given
 */
public record MonteCarloResult(
    String scenario,
    Seed seed,
    int trials,
    int parameters,
    int uncertain,
    List<AnalysisSummary> summaries) {
  /** Validates and copies the fields. */
  public MonteCarloResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(seed, "seed");
    summaries = List.copyOf(summaries);
  }

  /**
   * Returns the summaries of forecasting models, in order, the simulation's agreed options among
   * them.
   */
  public List<ForecastDistribution> forecasts() {
    return summaries.stream()
        .<ForecastDistribution>mapMulti(
            (s, out) -> {
              if (s instanceof ForecastDistribution f) {
                out.accept(f);
              } else if (s instanceof SimulationDistribution d) {
                out.accept(d.forecast());
              }
            })
        .toList();
  }

  /** Returns the summaries of simulated negotiations, in order. */
  public List<SimulationDistribution> simulations() {
    return summaries.stream()
        .filter(SimulationDistribution.class::isInstance)
        .map(SimulationDistribution.class::cast)
        .toList();
  }

  /** Returns the summaries of bargaining concepts, in order. */
  public List<BargainingDistribution> bargaining() {
    return summaries.stream()
        .filter(BargainingDistribution.class::isInstance)
        .map(BargainingDistribution.class::cast)
        .toList();
  }
}
