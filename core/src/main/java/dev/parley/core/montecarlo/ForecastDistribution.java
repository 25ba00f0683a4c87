package dev.parley.core.montecarlo;

import dev.parley.core.model.ActorId;
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
   *     options some trial lands on; each says whose red lines forbid it
   * @param allowed the share of trials whose forecast lies nearest each option that no red line
   *     forbids, among those options only (the nearest allowed, as {@code parley forecast} places a
   *     forecast), in option order and with the same cut; empty when the red lines forbid every
   *     option
   */
  public record IssueOutcome(
      String issue, SampleSummary outcome, List<OptionShare> nearest, List<OptionShare> allowed) {
    /** Validates and copies the fields. */
    public IssueOutcome {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(outcome, "outcome");
      nearest = List.copyOf(nearest);
      allowed = List.copyOf(allowed);
    }

    /** Returns the share of trials whose nearest option some red line forbids. */
    public double forbiddenShare() {
      long forbidden = 0;
      long total = 0;
      for (OptionShare s : nearest) {
        total = s.share().total();
        forbidden += s.forbiddenBy().isEmpty() ? 0 : s.share().count();
      }
      return total == 0 ? Double.NaN : (double) forbidden / total;
    }
  }

  /**
   * How often the forecast lands nearest one option.
   *
   * @param position the option's position on the issue's 0–100 scale
   * @param forbiddenBy the actors whose red lines forbid the option, in profile order
   */
  public record OptionShare(
      String option, double position, Proportion share, List<ActorId> forbiddenBy) {
    /** Validates and copies the fields. */
    public OptionShare {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(share, "share");
      forbiddenBy = List.copyOf(forbiddenBy);
    }
  }
}
