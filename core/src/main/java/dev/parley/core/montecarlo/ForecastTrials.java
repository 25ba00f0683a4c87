package dev.parley.core.montecarlo;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.exchange.ExchangeModel;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Runs a forecasting model on every trial: its outputs are the forecast on each issue of the
 * spatial problem (the ordered issues; see {@link SpatialProblems}), named {@code model/issue}.
 *
 * <p>Any {@link Forecaster} works, deterministic or stochastic; a stochastic one receives each
 * trial's own seed. The summary gives each issue's distribution and the share of trials whose
 * forecast lies nearest each option (ties to the earlier option).
 */
public final class ForecastTrials implements TrialAnalysis {
  /** Issues with at most this many options list every option's share, even when it is zero. */
  public static final int ALL_OPTIONS_UP_TO = 50;

  private final Forecaster model;

  /** Creates the analysis of the given model. */
  public ForecastTrials(Forecaster model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** Returns the model. */
  public Forecaster model() {
    return model;
  }

  @Override
  public String name() {
    return model.name();
  }

  /** Returns one output per issue of the spatial problem: the scenario's ordered issues. */
  @Override
  public List<String> outputs(Scenario scenario) {
    return SpatialProblems.issues(scenario).stream()
        .map(i -> model.name() + "/" + i.id().value())
        .toList();
  }

  /**
   * Returns a recorder that writes the model's forecast of each issue. The expected-utility model,
   * the spatial model of politics and the exchange model take their lean path, which gives the same
   * numbers bit for bit without recording the rounds; any other model is asked for its whole
   * forecast.
   */
  @Override
  public Recorder recorder(Scenario scenario) {
    int n = SpatialProblems.issues(scenario).size();
    if (n == 0) {
      // every issue is unordered: nothing to forecast, no output to write
      return (trial, seed, out, offset) -> {};
    }
    return switch (model) {
      case ExpectedUtilityModel eum ->
          (trial, seed, out, offset) -> eum.forecastOutcome(trial.spatialProblem(), out, offset);
      case SpatialModelOfPolitics smp ->
          (trial, seed, out, offset) ->
              smp.forecastOutcome(trial.spatialProblem(), seed, out, offset);
      case ExchangeModel exchange ->
          (trial, seed, out, offset) ->
              exchange.forecastOutcome(trial.spatialProblem(), out, offset);
      default ->
          (trial, seed, out, offset) -> {
            Forecast f = model.forecast(trial.spatialProblem(), seed);
            for (int i = 0; i < n; i++) {
              out[offset + i] = f.outcome(i);
            }
          };
    };
  }

  @Override
  public ForecastDistribution summarize(Scenario scenario, TrialOutputs outputs, int first) {
    return distribution(
        name(), model.name(), scenario, SpatialProblems.issues(scenario), outputs, first);
  }

  /**
   * Returns the distribution of positions written one issue a column from column {@code first} on,
   * for the given issues of a scenario: each issue's summary, the share of trials nearest each
   * option (with whose red lines forbid it) and nearest each option no red line forbids, NaN values
   * left out.
   */
  static ForecastDistribution distribution(
      String analysis,
      String model,
      Scenario scenario,
      List<Issue> forecast,
      TrialOutputs outputs,
      int first) {
    List<ForecastDistribution.IssueOutcome> issues = new ArrayList<>();
    for (int i = 0; i < forecast.size(); i++) {
      Issue issue = forecast.get(i);
      double[] values = outputs.column(first + i);
      List<List<ActorId>> forbidders = forbidders(scenario, issue);
      List<Integer> all = new ArrayList<>();
      List<Integer> allowed = new ArrayList<>();
      for (int o = 0; o < issue.options().size(); o++) {
        all.add(o);
        if (forbidders.get(o).isEmpty()) {
          allowed.add(o);
        }
      }
      issues.add(
          new ForecastDistribution.IssueOutcome(
              issue.id().value(),
              SampleSummary.of(values),
              shares(issue, all, forbidders, values),
              shares(issue, allowed, forbidders, values)));
    }
    return new ForecastDistribution(analysis, model, issues);
  }

  /** Returns, per option of an issue, the actors whose red lines forbid it, in profile order. */
  private static List<List<ActorId>> forbidders(Scenario scenario, Issue issue) {
    return issue.options().stream().map(o -> scenario.forbiddenBy(issue.id(), o.id())).toList();
  }

  /**
   * Returns the share of trials whose forecast lies nearest each of the given options of an issue
   * (the others ignored), in option order.
   */
  private static List<ForecastDistribution.OptionShare> shares(
      Issue issue, List<Integer> among, List<List<ActorId>> forbidders, double[] values) {
    List<IssueOption> options = issue.options();
    int m = among.size();
    if (m == 0) {
      return List.of();
    }
    Integer[] boxed = among.toArray(Integer[]::new);
    Arrays.sort(
        boxed,
        (a, b) -> {
          int c = Double.compare(options.get(a).position(), options.get(b).position());
          return c != 0 ? c : Integer.compare(a, b);
        });
    int[] order = new int[m];
    double[] sorted = new double[m];
    for (int x = 0; x < m; x++) {
      order[x] = boxed[x];
      sorted[x] = options.get(boxed[x]).position();
    }
    long[] counts = new long[options.size()];
    long defined = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        continue;
      }
      defined++;
      counts[nearestOption(sorted, order, v)]++;
    }
    List<ForecastDistribution.OptionShare> out = new ArrayList<>();
    for (int o : among) {
      if (options.size() <= ALL_OPTIONS_UP_TO || counts[o] > 0) {
        IssueOption option = options.get(o);
        out.add(
            new ForecastDistribution.OptionShare(
                option.id(),
                option.position(),
                new Proportion(counts[o], defined),
                forbidders.get(o)));
      }
    }
    return out;
  }

  /**
   * Returns the option nearest v; among equally near options, the earliest in option order.
   *
   * @param sorted the options' positions, ascending
   * @param order the option index at each sorted place; equal positions in option order
   */
  static int nearestOption(double[] sorted, int[] order, double v) {
    int up = lowerBound(sorted, v);
    if (up == 0) {
      return order[0];
    }
    int down = lowerBound(sorted, sorted[up - 1]);
    if (up == sorted.length) {
      return order[down];
    }
    double below = v - sorted[down];
    double above = sorted[up] - v;
    if (below < above) {
      return order[down];
    }
    if (above < below) {
      return order[up];
    }
    return Math.min(order[down], order[up]);
  }

  /** Returns the first place whose value is at least {@code key}, or the length. */
  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
