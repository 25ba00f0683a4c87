package dev.parley.core.montecarlo;

import java.util.Objects;

/**
 * The simulated negotiation under uncertainty ({@link SimulationTrials}): the options agreed, read
 * as one more forecast, how often a trial's run agrees at all, on which day its agreement is
 * concluded, and {@code p_agreement_within}: the share of all trials whose run agrees within the
 * horizon.
 *
 * @param analysis the analysis's name
 * @param forecast the positions of the options agreed, over the trials with an agreement
 * @param agreement the trials whose run ended in an agreement (before the cap on the rounds)
 * @param agreementDays the day, after {@code as_of}, each agreement was concluded, over the trials
 *     with one
 * @param horizonDays the horizon of {@code within}, in days
 * @param within the trials whose run agreed within {@code horizonDays} days: {@code
 *     p_agreement_within}
 * @param capDays the day the cap on the rounds falls on: a run that has not agreed by then counts
 *     as not agreeing
 */
public record SimulationDistribution(
    String analysis,
    ForecastDistribution forecast,
    Proportion agreement,
    SampleSummary agreementDays,
    double horizonDays,
    Proportion within,
    double capDays)
    implements AnalysisSummary {
  /** Validates the fields. */
  public SimulationDistribution {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(agreementDays, "agreementDays");
    Objects.requireNonNull(within, "within");
  }
}
