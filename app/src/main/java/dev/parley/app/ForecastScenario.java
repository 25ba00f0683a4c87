package dev.parley.app;

import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.DeadlockAnalysis;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.OptionPlacement;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.forecast.ensemble.EnsembleForecast;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.ensemble.PredictionInterval;
import dev.parley.core.forecast.smp.ProbableOutcome;
import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.core.forecast.smp.SmpRun;
import dev.parley.core.forecast.smp.SpatialModelOfPolitics;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.ktab.KtabHistory;
import dev.parley.io.ktab.KtabReader;
import dev.parley.io.ktab.KtabScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley forecast}: load a KTAB scenario (CSV or XML) or a Parley
 * scenario, and forecast it with the ensemble fitted on DEU ({@link ForecastModels#ensemble()}),
 * which leads, and with the chosen models, or with every registered model side by side.
 *
 * <p>For a KTAB scenario, the spatial models of politics run with the model parameters and the
 * ideal-adjustment matrix the file carries, and with its PRNG seed unless a seed is given. The
 * ensemble always weighs its members as registered (as they were when it was fitted): it reuses a
 * forecast already made that way and runs the members that were not asked for.
 */
public final class ForecastScenario {
  /**
   * Loads the input and runs the models.
   *
   * @param input a KTAB CSV or XML scenario, or a Parley scenario file
   * @param modelNames the models to run, by name; empty for every registered model
   * @param seed the seed of stochastic models; null for the file's seed, or 0
   * @throws IllegalArgumentException if a model name is not registered
   */
  public Result run(Path input, List<String> modelNames, @Nullable Long seed) {
    return run(input, modelNames, seed, null, RunProgress.silent());
  }

  /**
   * Loads the input once, runs the models and then, for a Parley scenario with ordered issues, the
   * analyses under uncertainty on the same scenario: one load, one report.
   *
   * @param input a KTAB CSV or XML scenario, or a Parley scenario file
   * @param modelNames the models to run, by name; empty for every registered model
   * @param seed the seed of stochastic models; null for the file's seed, or 0
   * @param uncertainty the analyses under uncertainty to run after the forecast, or null for none;
   *     a KTAB scenario has no ranges, so none run on it
   * @param progress told the progress of the trials
   * @throws IllegalArgumentException if a model name is not registered
   * @throws RunStoppedException if the progress was asked to stop
   */
  public Result run(
      Path input,
      List<String> modelNames,
      @Nullable Long seed,
      AnalyzeUncertainty.@Nullable Options uncertainty,
      RunProgress progress) {
    List<Forecaster> models = new ArrayList<>();
    for (String name : modelNames) {
      models.add(
          ForecastModels.named(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "expected a model among "
                              + String.join(", ", ForecastModels.names())
                              + ", but found '"
                              + name
                              + "'")));
    }
    if (models.isEmpty()) {
      models = ForecastModels.all();
    }
    if (KtabReader.isKtab(input)) {
      LoadResult<KtabScenario> loaded = KtabReader.read(input);
      KtabScenario ktab = loaded.value();
      if (ktab == null) {
        return new Result(null, loaded.diagnostics());
      }
      Long fileSeed = ktab.seed();
      Seed s = Seed.of(seed != null ? seed : fileSeed != null ? fileSeed : 0L);
      List<ModelForecast> out = new ArrayList<>();
      for (Forecaster model : models) {
        out.add(runKtab(model, ktab, s));
      }
      return new Result(
          new Report(
              input.toString(),
              ktab.problem(),
              ktab.actorNames(),
              ktab.dimensionNames(),
              ensemble(
                  ktab.problem(),
                  out,
                  ktab.parameters() != null || ktab.accommodationMatrix() != null,
                  s),
              out,
              List.of(),
              s,
              null,
              null,
              null),
          loaded.diagnostics());
    }
    if (uncertainty == null) {
      LoadResult<Scenario> loaded =
          ScenarioInputs.requireProfiles(
              ScenarioInputs.load(List.of(input)), input.toString(), 2, "to forecast");
      Scenario scenario = loaded.value();
      if (scenario == null) {
        return new Result(null, loaded.diagnostics());
      }
      return forecast(scenario, loaded, input, models, seed);
    }
    LoadResult<DriftingScenario> loaded =
        ScenarioInputs.requireProfiles(
            ScenarioInputs.loadDrifting(List.of(input)),
            DriftingScenario::scenario,
            input.toString(),
            2,
            "to forecast");
    DriftingScenario drifting = loaded.value();
    if (drifting == null) {
      return new Result(null, loaded.diagnostics());
    }
    Result forecast = forecast(drifting.scenario(), loaded, input, models, seed);
    Report report = forecast.report();
    if (report == null || report.options().isEmpty()) {
      return forecast;
    }
    return new Result(
        report.withUncertainty(new AnalyzeUncertainty().analyze(drifting, uncertainty, progress)),
        forecast.diagnostics());
  }

  /** Forecasts a loaded Parley scenario with the models. */
  private static Result forecast(
      Scenario scenario,
      LoadResult<?> loaded,
      Path input,
      List<Forecaster> models,
      @Nullable Long seed) {
    SpatialProblem problem = SpatialProblems.from(scenario);
    List<LocatedDiagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    for (Diagnostic d : SpatialProblems.warnings(scenario)) {
      diagnostics.add(
          new LocatedDiagnostic(d, input.toString(), loaded.sourceMap().locate(d.where())));
    }
    if (problem.dimensionCount() == 0) {
      ModelPath at = ModelPath.of("issues");
      diagnostics.add(
          new LocatedDiagnostic(
              Diagnostic.error(
                  "unordered-issue",
                  at,
                  "expected an ordered issue to forecast, but found every issue unordered",
                  "spatial models need ordered options; analyse the bargaining with parley"
                      + " analyze or parley simulate, which use the options as they are"),
              input.toString(),
              loaded.sourceMap().locate(at)));
      return new Result(null, diagnostics);
    }
    Seed s = Seed.of(seed != null ? seed : 0L);
    List<ModelForecast> out = new ArrayList<>();
    for (Forecaster model : models) {
      if (model instanceof SpatialModelOfPolitics smp) {
        SmpRun run = smp.run(problem, null, s);
        out.add(new ModelForecast(run.toForecast(), run));
      } else {
        out.add(new ModelForecast(model.forecast(problem, s), null));
      }
    }
    List<List<IssueOption>> options = new ArrayList<>();
    for (Issue issue : SpatialProblems.issues(scenario)) {
      options.add(issue.options());
    }
    return new Result(
        new Report(
            input.toString(),
            problem,
            problem.actors(),
            problem.dimensions(),
            ensemble(problem, out, false, s),
            out,
            options,
            s,
            OptionPlacement.of(scenario),
            new DeadlockAnalysis().analyze(scenario),
            null),
        diagnostics);
  }

  /**
   * Returns the ensemble's forecast, reusing the members' forecasts already made as registered.
   *
   * @param smpConfigured whether the spatial models of politics ran with the file's own settings,
   *     so that the ensemble must run them again as registered
   */
  private static EnsembleForecast ensemble(
      SpatialProblem problem, List<ModelForecast> made, boolean smpConfigured, Seed seed) {
    EnsembleForecaster ensemble = ForecastModels.ensemble();
    Map<String, Forecast> members = new LinkedHashMap<>();
    for (ModelForecast f : made) {
      if (!(smpConfigured && f.run() != null)) {
        members.put(f.model(), f.forecast());
      }
    }
    for (Forecaster member : ensemble.members()) {
      if (!members.containsKey(member.name())) {
        members.put(member.name(), member.forecast(problem, seed));
      }
    }
    return ensemble.predict(problem, members);
  }

  private static ModelForecast runKtab(Forecaster model, KtabScenario ktab, Seed seed) {
    if (model instanceof SpatialModelOfPolitics smp) {
      SmpParameters parameters = ktab.parameters();
      SpatialModelOfPolitics configured = parameters == null ? smp : smp.withParameters(parameters);
      SmpRun run = configured.run(ktab.problem(), ktab.accommodationMatrix(), seed);
      return new ModelForecast(run.toForecast(), run);
    }
    return new ModelForecast(model.forecast(ktab.problem(), seed), null);
  }

  /**
   * One model's forecast.
   *
   * @param forecast the forecast
   * @param run the whole run, for the spatial models of politics; null for others
   */
  public record ModelForecast(Forecast forecast, @Nullable SmpRun run) {
    /** Validates the fields. */
    public ModelForecast {
      Objects.requireNonNull(forecast, "forecast");
    }

    /** Returns the model's name. */
    public String model() {
      return forecast.model();
    }

    /** Returns the model's forecast on a dimension, on its 0–100 scale. */
    public double outcome(int dimension) {
      return forecast.outcome(dimension);
    }

    /**
     * Returns how the model's run of a spatial model of politics ended, or null for other models.
     */
    public @Nullable RunEnd runEnd() {
      if (run == null) {
        return null;
      }
      ProbableOutcome top = run.outcomes().get(0);
      return new RunEnd(
          run.turns(),
          run.converged(),
          run.outcomes().size(),
          top.probability(),
          top.actors().size());
    }
  }

  /**
   * How a run of a spatial model of politics ended.
   *
   * @param turns the turns it ran
   * @param converged whether it converged before the turn limit
   * @param outcomes how many distinct final positions it reached
   * @param topProbability the probability of the most probable final position
   * @param topActors how many actors hold the most probable final position
   */
  public record RunEnd(
      int turns, boolean converged, int outcomes, double topProbability, int topActors) {}

  /**
   * The range of a numeric issue, in its unit.
   *
   * @param min the value position 0 stands for, formatted
   * @param max the value position 100 stands for, formatted
   */
  public record NumericRange(String min, String max) {}

  /**
   * A prediction interval on a dimension's 0–100 scale.
   *
   * @param lower its lower end
   * @param upper its upper end
   */
  public record Interval(double lower, double upper) {}

  /**
   * A forecast placed on its issue's options with the red lines in force.
   *
   * @param issue the issue's id
   * @param nearest the option nearest the forecast, or null for an issue without options
   * @param option the nearest option no red line forbids, or null when the red lines forbid all
   * @param feasible whether {@code nearest} is allowed by every red line
   * @param forbiddenBy the actors whose red lines forbid {@code nearest}, by id, in profile order
   * @param nearestShown {@code nearest} as a report names it, or null
   * @param optionShown {@code option} as a report names it, or null
   */
  public record Placed(
      String issue,
      @Nullable String nearest,
      @Nullable String option,
      boolean feasible,
      List<String> forbiddenBy,
      @Nullable String nearestShown,
      @Nullable String optionShown) {
    /** Copies the actors. */
    public Placed {
      forbiddenBy = List.copyOf(forbiddenBy);
    }
  }

  /**
   * The forecasts of one input.
   *
   * @param source the input file as given
   * @param problem the spatial problem forecast
   * @param actorNames the actors' names as the input writes them
   * @param dimensionNames the dimensions' names as the input writes them
   * @param ensemble the ensemble's forecast, with its intervals
   * @param forecasts each model's forecast, in the order asked
   * @param options each issue's options, for a Parley scenario; empty for a KTAB scenario
   * @param seed the seed the stochastic models used
   * @param placement how a forecast lands on each issue's options with the red lines in force, for
   *     a Parley scenario; null for a KTAB scenario
   * @param deadlock whether the scenario is deadlocked and what would open it, for a Parley
   *     scenario; null for a KTAB scenario
   * @param uncertainty the analyses under uncertainty run on the same scenario, or null when none
   *     were asked for or the input is a KTAB scenario
   */
  public record Report(
      String source,
      SpatialProblem problem,
      List<String> actorNames,
      List<String> dimensionNames,
      EnsembleForecast ensemble,
      List<ModelForecast> forecasts,
      List<List<IssueOption>> options,
      Seed seed,
      @Nullable OptionPlacement placement,
      @Nullable Deadlock deadlock,
      AnalyzeUncertainty.@Nullable Report uncertainty) {
    /** Validates and copies the fields. */
    public Report {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(problem, "problem");
      actorNames = List.copyOf(actorNames);
      dimensionNames = List.copyOf(dimensionNames);
      Objects.requireNonNull(ensemble, "ensemble");
      forecasts = List.copyOf(forecasts);
      options = options.stream().map(List::copyOf).toList();
      Objects.requireNonNull(seed, "seed");
    }

    /** Returns this report with the analyses under uncertainty run on the same scenario. */
    public Report withUncertainty(AnalyzeUncertainty.Report analyses) {
      return new Report(
          source,
          problem,
          actorNames,
          dimensionNames,
          ensemble,
          forecasts,
          options,
          seed,
          placement,
          deadlock,
          Objects.requireNonNull(analyses, "analyses"));
    }

    /**
     * Returns how a report names an option of a dimension's issue: its id, or its value with the
     * unit on a numeric issue; the id as given for KTAB input.
     */
    public String display(int dimension, String option) {
      return placement == null
          ? option
          : placement.display(IssueId.of(problem.dimensions().get(dimension)), option);
    }

    /**
     * Returns a forecast position on a dimension placed on its issue's options with the red lines
     * in force, or null for KTAB input.
     */
    public OptionPlacement.@Nullable PlacedOutcome place(int dimension, double position) {
      if (placement == null) {
        return null;
      }
      return placement.place(IssueId.of(problem.dimensions().get(dimension)), position);
    }

    /** Returns how many actors the forecast problem has. */
    public int actorCount() {
      return problem.actorCount();
    }

    /** Returns the ids of the problem's dimensions, in order. */
    public List<String> dimensions() {
      return problem.dimensions();
    }

    /**
     * Returns the range of a dimension's issue when it is numeric, or null for other issues and for
     * KTAB input.
     */
    public @Nullable NumericRange numericRange(String dimension) {
      NumericScale scale = placement == null ? null : placement.numeric(IssueId.of(dimension));
      return scale == null
          ? null
          : new NumericRange(scale.format(scale.min()), scale.format(scale.max()));
    }

    /** Returns the ensemble's forecast on a dimension, on its 0–100 scale. */
    public double ensembleOutcome(int dimension) {
      return ensemble.outcome(dimension);
    }

    /** Returns the ensemble's prediction interval on a dimension at a level such as 0.8. */
    public Interval ensembleInterval(int dimension, double level) {
      PredictionInterval i = ensemble.interval(dimension, level);
      return new Interval(i.lower(), i.upper());
    }

    /** Returns why the scenario is deadlocked, or null when it is not or for KTAB input. */
    public @Nullable Deadlocked deadlocked() {
      return Deadlocked.of(deadlock);
    }

    /**
     * Returns a forecast position on a dimension placed on its issue's options with the red lines
     * in force, as {@link #place} does, in app's terms; null for KTAB input.
     */
    public @Nullable Placed placed(int dimension, double position) {
      OptionPlacement.PlacedOutcome p = place(dimension, position);
      if (p == null || placement == null) {
        return null;
      }
      String nearest = p.nearest();
      String option = p.option();
      return new Placed(
          p.issue().value(),
          nearest,
          option,
          p.feasible(),
          p.forbiddenBy().stream().map(ActorId::value).toList(),
          nearest == null ? null : placement.display(p.issue(), nearest),
          option == null ? null : placement.display(p.issue(), option));
    }

    /**
     * Returns a model's run in KTAB's history format, the positions by turn and then the
     * probabilities of each actor's position winning, or null when the model is no spatial model of
     * politics and left no run.
     */
    public @Nullable String history(ModelForecast forecast) {
      SmpRun run = forecast.run();
      if (run == null) {
        return null;
      }
      return KtabHistory.positions(actorNames, dimensionNames, run)
          + KtabHistory.probabilities(actorNames, run);
    }
  }

  /**
   * The forecasts, or the diagnostics that prevented them.
   *
   * @param report the forecasts; null when the input had errors
   * @param diagnostics every problem found in the input
   */
  public record Result(@Nullable Report report, List<LocatedDiagnostic> diagnostics) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
