package dev.parley.core.montecarlo;

import java.util.List;
import java.util.Objects;

/**
 * A forecasting model's outcome under uncertainty: on each issue, the distribution of the forecast
 * and how often it lands nearest each option.
 *
 * @param analysis the analysis's name (the model's)
 * @param model the model's name
 * @param issues one entry per issue, in scenario order
 */
public record ForecastDistribution(String analysis, String model, List<IssueOutcome> issues)
    implements AnalysisSummary {
  /** Validates and copies the fields. */
  public ForecastDistribution {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(model, "model");
    issues = List.copyOf(issues);
  }

  /**
   * The forecast on one issue over the trials.
   *
   * @param nearest the share of trials whose forecast lies nearest each option, in option order;
   *     for issues with more than {@value ForecastTrials#ALL_OPTIONS_UP_TO} options only the
   *     options some trial lands on
   */
  public record IssueOutcome(String issue, SampleSummary outcome, List<OptionShare> nearest) {
    /** Validates and copies the fields. */
    public IssueOutcome {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(outcome, "outcome");
      nearest = List.copyOf(nearest);
    }
  }

  /**
   * How often the forecast lands nearest one option.
   *
   * @param position the option's position on the issue's 0–100 scale
   */
  public record OptionShare(String option, double position, Proportion share) {
    /** Validates the fields. */
    public OptionShare {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(share, "share");
    }
  }
}
