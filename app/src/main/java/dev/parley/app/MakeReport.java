package dev.parley.app;

import dev.parley.core.bargain.BargainingAnalyzer;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.BargainingReport;
import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.evidence.SourceRules;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.montecarlo.SimulationDistribution;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Assumption;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.evidence.SourceProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley report}: one load of a scenario file, then the analyses a
 * report shows, each by its own engine, with fixed seeds and trial counts so that the same file
 * gives the same numbers on every run: the bargaining analysis, the forecasts under uncertainty
 * with the levers and the tornado, the simulated talks in each of a few trials ({@code
 * p_agreement_within}) and a batch of seeded simulated talks.
 */
public final class MakeReport {
  /** The forecasting models a report shows, one of each family (as the demo's). */
  public static final List<String> MODELS = Demo.FORECAST_MODELS;

  /**
   * What to run.
   *
   * @param trials Monte Carlo trials per variant (the baseline and each lever) of the forecasts
   * @param simulatedTrials Monte Carlo trials of the baseline, each with a simulated negotiation,
   *     for {@code p_agreement_within}
   * @param simulationRuns seeded runs of the simulated talks, per variant
   * @param seed the seed of every random draw
   * @param threads worker threads; the results do not depend on them
   */
  public record Options(
      int trials, int simulatedTrials, int simulationRuns, long seed, int threads) {
    /** Validates the fields. */
    public Options {
      if (trials < 1 || simulatedTrials < 1 || simulationRuns < 1) {
        throw new IllegalArgumentException(
            "expected at least 1 trial and 1 run, but found "
                + trials
                + ", "
                + simulatedTrials
                + " and "
                + simulationRuns);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("expected at least 1 thread, but found " + threads);
      }
    }

    /**
     * Returns the defaults: 500 trials per variant, 100 simulated trials, 100 simulated runs, seed
     * 1, one thread per processor.
     */
    public static Options defaults() {
      return new Options(500, 100, 100, 1, Runtime.getRuntime().availableProcessors());
    }
  }

  /** Loads the file and runs the analyses. */
  public Result run(Path input, Options options) {
    return run(input, options, RunProgress.silent());
  }

  /**
   * Loads the file and runs the analyses, telling the progress of the Monte Carlo trials.
   *
   * @throws RunStoppedException if the progress was asked to stop
   */
  public Result run(Path input, Options options, RunProgress progress) {
    LoadResult<DriftingScenario> loaded =
        ScenarioInputs.requireProfiles(
            ScenarioInputs.loadDrifting(List.of(input)),
            DriftingScenario::scenario,
            input.toString(),
            2,
            "to report on");
    DriftingScenario drifting = loaded.value();
    if (drifting == null) {
      return new Result(null, loaded.diagnostics());
    }
    Path name = input.getFileName();
    return new Result(
        analyze(drifting, name == null ? input.toString() : name.toString(), options, progress),
        loaded.diagnostics());
  }

  /**
   * Runs the analyses on a loaded scenario.
   *
   * @param name the file's name, as the report shows it
   */
  public Report analyze(
      DriftingScenario drifting, String name, Options options, RunProgress progress) {
    Scenario scenario = drifting.scenario();
    ScenarioBargaining.Report bargaining = new ScenarioBargaining().analyze(scenario);
    BargainingReport frontier = bargaining.base();
    boolean redLinesIgnored = false;
    if (frontier.frontier().size() == 0 && bargaining.deadlock().deadlocked()) {
      // the red lines leave no package: the frontier without them shows what they rule out
      BargainingProblem problem = frontier.problem();
      boolean[][] all = new boolean[problem.issueCount()][];
      for (int i = 0; i < all.length; i++) {
        all[i] = new boolean[problem.optionCount(i)];
        java.util.Arrays.fill(all[i], true);
      }
      frontier = new BargainingAnalyzer().analyze(problem.withFeasible(all));
      redLinesIgnored = true;
    }
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    Seed seed = Seed.of(options.seed());
    AnalyzeUncertainty.Report forecasts =
        new AnalyzeUncertainty()
            .analyze(
                drifting,
                new AnalyzeUncertainty.Options(
                    options.trials(),
                    seed,
                    options.threads(),
                    AnalyzeUncertainty.Sensitivity.TORNADO,
                    MODELS,
                    d.rounds(),
                    d.horizonDays(),
                    5,
                    true,
                    true,
                    false),
                progress);
    SimulationDistribution agreementWithin = null;
    @Nullable String simulationError = null;
    SimulateScenario.Settings s = SimulateScenario.Settings.defaults();
    SimulateScenario.Result talks =
        SimulateScenario.simulate(
            drifting,
            List.of(name),
            new SimulateScenario.Settings(
                s.protocol(),
                s.agents(),
                s.rounds(),
                options.seed(),
                options.simulationRuns(),
                options.threads(),
                s.horizonDays(),
                s.target(),
                s.firstDraft(),
                s.sessions(),
                true));
    if (talks.report() == null) {
      simulationError = String.join("; ", talks.errors());
    } else {
      AnalyzeUncertainty.Report simulated =
          new AnalyzeUncertainty()
              .analyze(
                  drifting,
                  new AnalyzeUncertainty.Options(
                      options.simulatedTrials(),
                      seed,
                      options.threads(),
                      null,
                      List.of(),
                      0,
                      d.horizonDays(),
                      0,
                      false,
                      false,
                      true));
      agreementWithin = simulated.levers().baseline().result().simulations().getFirst();
    }
    return new Report(
        name,
        scenario,
        options,
        bargaining,
        frontier,
        redLinesIgnored,
        forecasts,
        agreementWithin,
        talks.report(),
        simulationError,
        ScenarioValidator.assumptions(scenario));
  }

  /**
   * What a report shows.
   *
   * @param name the scenario file's name
   * @param bargaining the bargaining analysis at the nominal values
   * @param frontier the bargaining analysis whose frontier the report draws: the scenario's own,
   *     or, when its red lines leave no package at all, the same problem with every option allowed
   * @param redLinesIgnored whether {@code frontier} is the problem with every option allowed
   * @param forecasts the forecasts under uncertainty, the levers side by side and the tornado
   * @param agreementWithin {@code p_agreement_within}: the simulated talks of each of {@code
   *     options.simulatedTrials()} trials; null when the talks cannot be simulated
   * @param simulation the seeded simulated talks, each lever beside the baseline; null when they
   *     cannot be simulated
   * @param simulationError why the talks could not be simulated; null when they were
   * @param assumptions the values that cite no source
   */
  public record Report(
      String name,
      Scenario scenario,
      Options options,
      ScenarioBargaining.Report bargaining,
      BargainingReport frontier,
      boolean redLinesIgnored,
      AnalyzeUncertainty.Report forecasts,
      @Nullable SimulationDistribution agreementWithin,
      SimulateScenario.@Nullable Report simulation,
      @Nullable String simulationError,
      List<Assumption> assumptions) {
    /** Validates and copies the fields. */
    public Report {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(bargaining, "bargaining");
      Objects.requireNonNull(frontier, "frontier");
      Objects.requireNonNull(forecasts, "forecasts");
      assumptions = List.copyOf(assumptions);
    }

    /**
     * Returns the source profile of one of the scenario's sources, by the rules a workspace applies
     * to its documents (docs/claims.md#source-profiles): its kind (news report, analysis,
     * aggregator) from its title, address, outlet and byline, and whether its outlet and date are
     * known.
     */
    public SourceProfile profile(Source source) {
      return SourceProfiles.rules()
          .profile(
              new SourceRules.Fields(
                  source.title(),
                  source.url(),
                  source.outlet().isBlank() ? null : source.outlet(),
                  source.author(),
                  null),
              source.date() != null);
    }
  }

  /**
   * The report, or the diagnostics that prevented it.
   *
   * @param report null when the file had errors
   * @param diagnostics every problem found in the file
   */
  public record Result(@Nullable Report report, List<LocatedDiagnostic> diagnostics) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the diagnostics as the command line prints them, one located line each. */
    public String printedDiagnostics() {
      return dev.parley.io.diagnostic.DiagnosticPrinter.format(diagnostics);
    }
  }
}
