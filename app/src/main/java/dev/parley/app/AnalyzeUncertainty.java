package dev.parley.app;

import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.DeadlockAnalysis;
import dev.parley.core.bargain.NashBargainingSolution;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.BargainingTrials;
import dev.parley.core.montecarlo.ForecastTrials;
import dev.parley.core.montecarlo.LocalTrialExecutor;
import dev.parley.core.montecarlo.MonteCarloRunner;
import dev.parley.core.montecarlo.ParameterSpace;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.montecarlo.SimulationTrials;
import dev.parley.core.montecarlo.TrialAnalysis;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.ConcessionAnalysis;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.sensitivity.LeverComparison;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.SobolResult;
import dev.parley.core.sensitivity.SobolSensitivity;
import dev.parley.core.sensitivity.TornadoResult;
import dev.parley.core.sensitivity.TornadoSensitivity;
import dev.parley.core.simulate.AgentType;
import dev.parley.core.simulate.AgentTypes;
import dev.parley.core.simulate.AlternatingOffersProtocol;
import dev.parley.core.simulate.SimulationSummary;
import dev.parley.core.spi.TrialExecutor;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley uncertainty}: load a scenario and run it under uncertainty —
 * Monte Carlo through every chosen forecasting model and the bargaining analysis, each lever side
 * by side, optionally a sensitivity analysis, and the concession analysis over time.
 */
public final class AnalyzeUncertainty {
  /** The name of the simulation's analysis and the prefix of its outputs. */
  public static final String SIMULATION = "simulate";

  /**
   * The least cap on the rounds of each trial's simulation, as {@code parley simulate}'s; the cap
   * is raised when the horizon of {@code p_agreement_within} lies beyond it.
   */
  public static final int SIMULATION_ROUNDS = 100;

  /** Which sensitivity analysis to run. */
  public enum Sensitivity {
    /** One at a time, each uncertain number at its 5% and 95% quantiles. */
    TORNADO,
    /** Sobol first-order and total indices. */
    SOBOL
  }

  /**
   * What to run.
   *
   * @param trials Monte Carlo trials per variant (the baseline and each lever); for Sobol, the
   *     budget of evaluations, N(k + 2)
   * @param threads the worker threads; results do not depend on them
   * @param sensitivity the sensitivity analysis, or null for none
   * @param models the forecasting models by name, in report order
   * @param rounds the horizon of the concession analysis, in rounds of the scenario's clock
   * @param horizonDays the horizon of {@code p_agreement_within}, in days after {@code as_of}
   * @param top how many of the most frequent Nash packages to list
   * @param bargaining whether trials bargain (the zone of agreement, its margin and the Nash
   *     package)
   * @param levers whether each lever is run beside the baseline
   * @param simulate whether every trial also runs the agent-based bargaining ({@value #SIMULATION}:
   *     stacked alternating offers between the scenario's own agents on the scenario's clock, as
   *     {@code parley simulate} runs by default), which gives {@code p_agreement_within}; costly,
   *     an exact frontier per trial
   */
  public record Options(
      int trials,
      Seed seed,
      int threads,
      @Nullable Sensitivity sensitivity,
      List<String> models,
      int rounds,
      double horizonDays,
      int top,
      boolean bargaining,
      boolean levers,
      boolean simulate) {
    /** Validates and copies the fields. */
    public Options {
      if (trials < 1) {
        throw new IllegalArgumentException("expected at least 1 trial, but found " + trials);
      }
      Objects.requireNonNull(seed, "seed");
      if (threads < 1) {
        throw new IllegalArgumentException("expected at least 1 thread, but found " + threads);
      }
      models = List.copyOf(models);
      if (!(horizonDays >= 0)) {
        throw new IllegalArgumentException(
            "expected a horizon of at least 0 days, but found " + horizonDays);
      }
      for (String m : models) {
        if (ForecastModels.named(m).isEmpty()) {
          throw new IllegalArgumentException(
              "expected a model among " + ForecastModels.names() + ", but found " + m);
        }
      }
    }

    /** Returns the seed of the trials from the number a user gives, as {@code --seed} does. */
    public static Seed seedOf(long value) {
      return Seed.of(value);
    }

    /** Returns these options with the simulation switched on or off. */
    public Options withSimulation(boolean on) {
      return new Options(
          trials,
          seed,
          threads,
          sensitivity,
          models,
          rounds,
          horizonDays,
          top,
          bargaining,
          levers,
          on);
    }

    /**
     * Returns the trials {@code parley forecast} runs beside its point forecasts: the defaults with
     * the given trials, seed (null: the default), threads and models (empty: every model), no
     * tornado, the bargaining analysis and the levers, and simulated talks when asked.
     */
    public static Options forForecast(
        int trials, @Nullable Long seed, int threads, List<String> models, boolean simulate) {
      Options d = defaults();
      return new Options(
          trials,
          Seed.of(seed == null ? d.seed().value() : seed),
          threads,
          null,
          models.isEmpty() ? ForecastModels.names() : models,
          d.rounds(),
          d.horizonDays(),
          d.top(),
          true,
          true,
          simulate);
    }

    /**
     * Returns the defaults: 10,000 trials, seed 1, one thread, every model, 24 rounds of the
     * concession analysis, a horizon of 365 days, no simulation.
     */
    public static Options defaults() {
      return new Options(
          10_000,
          Seed.of(1),
          1,
          null,
          ForecastModels.names(),
          ConcessionAnalysis.DEFAULT_ROUNDS,
          SimulationSummary.DEFAULT_HORIZON_DAYS,
          10,
          true,
          true,
          false);
    }
  }

  /** Loads the inputs and runs the analyses. */
  public Result run(List<Path> inputs, Options options) {
    return run(inputs, options, RunProgress.silent());
  }

  /**
   * Loads the inputs and runs the analyses, telling the progress of the trials as they go.
   *
   * @throws RunStoppedException if the progress was asked to stop
   */
  public Result run(List<Path> inputs, Options options, RunProgress progress) {
    // the format allows a scenario without preferences; the models need two parties at least
    LoadResult<DriftingScenario> loaded =
        ScenarioInputs.requireProfiles(
            ScenarioInputs.loadDrifting(inputs),
            DriftingScenario::scenario,
            inputs.get(0).toString(),
            2,
            "to run under uncertainty");
    DriftingScenario drifting = loaded.value();
    if (drifting == null) {
      return new Result(null, loaded.diagnostics());
    }
    return new Result(analyze(drifting, options, progress), loaded.diagnostics());
  }

  /** Runs the analyses on a loaded scenario. */
  public Report analyze(DriftingScenario drifting, Options options) {
    return analyze(drifting, options, RunProgress.silent());
  }

  /**
   * Runs the analyses on a loaded scenario, telling the progress of the trials as they go: the
   * Monte Carlo trials of the baseline and of each lever, and the evaluations of the sensitivity
   * analysis. Before they start, a few trials of the baseline are timed to estimate how long they
   * will take (see {@link RunProgress}).
   *
   * @throws RunStoppedException if the progress was asked to stop
   */
  public Report analyze(DriftingScenario drifting, Options options, RunProgress progress) {
    Scenario scenario = drifting.scenario();
    List<Forecaster> models =
        options.models().stream().map(m -> ForecastModels.named(m).orElseThrow()).toList();
    List<TrialAnalysis> analyses = new ArrayList<>();
    for (Forecaster model : models) {
      analyses.add(new ForecastTrials(model));
    }
    BargainingTrials bargaining =
        options.bargaining()
            ? new BargainingTrials(new NashBargainingSolution(), options.top())
            : null;
    if (bargaining != null) {
      analyses.add(bargaining);
    }
    if (options.simulate()) {
      AgentType own = AgentTypes.named("scenario").orElseThrow();
      analyses.add(
          new SimulationTrials(
              SIMULATION,
              new AlternatingOffersProtocol(),
              Collections.nCopies(scenario.profiles().size(), own),
              simulationRounds(scenario, options.horizonDays()),
              options.horizonDays()));
    }
    List<LeverId> chosen =
        options.levers() ? scenario.levers().stream().map(Lever::id).toList() : List.of();
    boolean certain = !isUncertain(scenario, chosen, options);
    int trials = certain ? 1 : options.trials();
    try (LocalTrialExecutor local = new LocalTrialExecutor(options.threads())) {
      TrialExecutor executor = new MeteredTrialExecutor(local, progress);
      MonteCarloRunner runner = new MonteCarloRunner(executor);
      ScenarioModel model = ScenarioModel.of(scenario, analyses);
      int k = model.parameters().uncertainCount();
      int samples = Math.max(64, trials / (k + 2));
      long units =
          (long) trials * (1 + chosen.size())
              + switch (options.sensitivity()) {
                case TORNADO -> 2L * k + 1;
                case SOBOL -> (long) samples * (k + 2);
                case null -> 0L;
              };
      MonteCarloRunner timing = new MonteCarloRunner();
      double perTrial =
          progress.secondsPerUnit(() -> timing.sample(model, 1, options.seed()), units);
      int parallel =
          Math.max(1, Math.min(options.threads(), Runtime.getRuntime().availableProcessors()));
      progress.start(units, "trials", perTrial * units / parallel);
      LeverComparisonResult levers =
          new LeverComparison(runner).compare(scenario, trials, options.seed(), analyses, chosen);
      TornadoResult tornado = null;
      SobolResult sobol = null;
      if (options.sensitivity() == Sensitivity.TORNADO) {
        tornado = new TornadoSensitivity(executor, 0.05, 0.95).analyze(model, options.seed());
      } else if (options.sensitivity() == Sensitivity.SOBOL) {
        sobol =
            new SobolSensitivity(executor, SobolSensitivity.DEFAULT_BOOTSTRAP, 0.95)
                .analyze(model, samples, options.seed());
      }
      ConcessionTimeline timeline =
          new ConcessionAnalysis(options.rounds(), models, options.seed())
              .analyze(scenario, drifting.drifts());
      return new Report(
          scenario,
          options,
          bargaining == null ? null : bargaining.dealOutput(),
          bargaining == null ? null : bargaining.marginOutput(),
          levers,
          tornado,
          sobol,
          timeline,
          new DeadlockAnalysis().analyze(scenario),
          certain);
    }
  }

  /**
   * Returns whether the trials of a run could differ from one another: some value of the scenario,
   * or of the scenario with one of the chosen levers pulled, is a distribution rather than a point;
   * or an analysis draws from its trial's seed (the simulation, a model with stochastic steps).
   * When none does, every trial would give the same numbers, and one trial stands for all.
   */
  public static boolean isUncertain(Scenario scenario, List<LeverId> levers, Options options) {
    if (options.simulate()
        || options.models().stream().anyMatch(ForecastModels::isStochastic)
        || ParameterSpace.from(scenario).uncertainCount() > 0) {
      return true;
    }
    for (LeverId lever : levers) {
      if (ParameterSpace.from(Levers.apply(scenario, List.of(lever))).uncertainCount() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the note a report gives when nothing was uncertain, or null when trials varied. */
  public static @Nullable String certaintyNote(Report report) {
    return report.certain()
        ? "nothing in the scenario is uncertain: 1 trial instead of "
            + report.options().trials()
            + " (every trial would give the same numbers)"
        : null;
  }

  /**
   * Returns the cap on the rounds of each trial's simulation: {@value #SIMULATION_ROUNDS}, or more
   * when the horizon would otherwise fall after the cap (the last round must begin after it).
   */
  public static int simulationRounds(Scenario scenario, double horizonDays) {
    double needed = StrictMath.floor(horizonDays / scenario.roundDays()) + 2;
    return (int) Math.max(SIMULATION_ROUNDS, Math.min(1_000_000, needed));
  }

  /**
   * Returns whether an output is one a sensitivity analysis reports: a forecast (the simulation's
   * included), the deal indicator or the deal margin (not the categorical option of a package, nor
   * utilities at it).
   */
  public static boolean isSensitivityTarget(String output, Report report) {
    return output.equals(report.dealOutput())
        || output.equals(report.marginOutput())
        || report.options().models().stream().anyMatch(m -> output.startsWith(m + "/"))
        || (report.options().simulate() && output.startsWith(SIMULATION + "/"));
  }

  /**
   * What the analyses found.
   *
   * @param dealOutput the name of the output that is 1 in trials with a zone of agreement; null
   *     when trials do not bargain
   * @param marginOutput the name of the deal-margin output; null when trials do not bargain
   * @param levers the baseline Monte Carlo and each lever's, with the differences
   * @param tornado the tornado, if one was asked for
   * @param sobol the Sobol indices, if they were asked for
   * @param timeline the concession analysis over time
   * @param deadlock whether the scenario, at its nominal values, is deadlocked and what would open
   *     it
   * @param certain whether nothing in the run was uncertain ({@link #isUncertain}), so that one
   *     trial was run instead of {@code options.trials()}
   */
  public record Report(
      Scenario scenario,
      Options options,
      @Nullable String dealOutput,
      @Nullable String marginOutput,
      LeverComparisonResult levers,
      @Nullable TornadoResult tornado,
      @Nullable SobolResult sobol,
      ConcessionTimeline timeline,
      Deadlock deadlock,
      boolean certain) {
    /** Validates the fields. */
    public Report {
      Objects.requireNonNull(deadlock, "deadlock");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(levers, "levers");
      Objects.requireNonNull(timeline, "timeline");
    }
  }

  /**
   * The report, or the diagnostics that prevented it.
   *
   * @param report null when the inputs had errors
   * @param diagnostics every problem found in the inputs
   */
  public record Result(@Nullable Report report, List<LocatedDiagnostic> diagnostics) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
