package dev.parley.app;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.ensemble.CrossValidationPlan;
import dev.parley.core.forecast.ensemble.DeuEnsemble;
import dev.parley.core.forecast.ensemble.EnsembleForecaster;
import dev.parley.core.forecast.ensemble.EnsembleParameters;
import dev.parley.core.forecast.ensemble.HeldOutEnsemble;
import dev.parley.core.forecast.ensemble.LocationExample;
import dev.parley.core.forecast.ensemble.LocationFeatures;
import dev.parley.core.forecast.ensemble.LocationStacking;
import dev.parley.core.forecast.score.Calibration;
import dev.parley.core.forecast.score.ConfidenceInterval;
import dev.parley.core.forecast.score.CrossValidation;
import dev.parley.core.forecast.score.ErrorSummary;
import dev.parley.core.forecast.score.Evaluation;
import dev.parley.core.forecast.score.GroupedFolds;
import dev.parley.core.forecast.score.ModelScore;
import dev.parley.core.forecast.score.PairedBootstrap;
import dev.parley.core.forecast.score.SplitConformal;
import dev.parley.core.random.Seed;
import dev.parley.io.deu.DeuDataset;
import dev.parley.io.deu.DeuIssue;
import dev.parley.io.deu.DeuProposal;
import dev.parley.io.deu.DeuReader;
import dev.parley.io.deu.EvaluationJson;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley evaluate deu}: every forecasting model and the ensemble scored
 * against the outcomes of the DEU issues, compared with the compromise model, with held-out
 * prediction intervals.
 *
 * <p>Conventions (docs/forecast-evaluation.md): the issues scored are those with an outcome and at
 * least one actor's position; capabilities are Council voting weights and missing saliences count
 * as 0 ({@link DeuReader}). A model that does not couple dimensions forecasts each issue alone, on
 * the actors holding a position there ({@link DeuIssue#problem()}); one that does forecasts each
 * proposal's scored issues together ({@link DeuProposal#problem()}). A stochastic model gets, for
 * issue or proposal number {@code k}, the seed drawn first from {@code seed.stream(k)}. Errors are
 * absolute differences between forecast and outcome on the 0–100 scale; the interval against the
 * compromise model is the paired bootstrap over issues ({@link PairedBootstrap}) at 95 %.
 *
 * <p>Held out: the issues are split into the folds of {@link CrossValidationPlan#defaults} (10),
 * which keep each proposal whole and are shuffled from the seed. The ensemble is fitted and its
 * penalty and interval radii chosen on nine folds and scored on the tenth ({@link
 * LocationStacking#crossValidate}); every model's interval is {@code forecast ± r}, r the
 * split-conformal radius of its errors on the other folds ({@link SplitConformal#heldOutRadii}).
 * The ensemble is scored when every one of its members ({@link DeuEnsemble#MEMBERS}) is among the
 * models evaluated.
 */
public final class EvaluateDeu {
  /** The model every other is compared with. */
  public static final String BASELINE = "compromise";

  /** The coverage of the bootstrap intervals. */
  public static final double LEVEL = 0.95;

  /** What a group of held-out issues is. */
  public static final String GROUPS = "proposal";

  private final List<Forecaster> models;

  /** Creates the use case over every registered model and the ensemble. */
  public EvaluateDeu() {
    this(ForecastModels.all());
  }

  /**
   * Creates the use case over the given models.
   *
   * @param models the models in report order; one must be named {@value #BASELINE}
   */
  public EvaluateDeu(List<Forecaster> models) {
    this.models = List.copyOf(models);
    if (this.models.stream().noneMatch(m -> m.name().equals(BASELINE))) {
      throw new IllegalArgumentException(
          "expected the model '" + BASELINE + "' among the models to evaluate, but found none");
    }
  }

  /**
   * Reads the DEU table and evaluates every model on it.
   *
   * @param replicates the number of bootstrap replicates, at least 1
   */
  public Result run(Path file, long seed, int replicates) {
    LoadResult<DeuDataset> loaded = DeuReader.read(file);
    DeuDataset data = loaded.value();
    if (data == null) {
      return new Result(null, loaded.diagnostics());
    }
    return new Result(evaluate(data, Seed.of(seed), replicates), loaded.diagnostics());
  }

  /** Returns whether the ensemble is evaluated: every member is among the models. */
  public boolean scoresEnsemble() {
    return models.stream().map(Forecaster::name).toList().containsAll(DeuEnsemble.MEMBERS);
  }

  /**
   * Returns every model's score on the scored issues of a dataset, the ensemble's first when it is
   * scored.
   */
  public Evaluation evaluate(DeuDataset data, Seed seed, int replicates) {
    List<DeuIssue> issues = data.scoredIssues();
    double[] outcomes = issues.stream().mapToDouble(DeuIssue::outcome).toArray();
    Map<String, double[]> forecasts = new HashMap<>();
    for (Forecaster model : models) {
      forecasts.put(model.name(), forecasts(model, data, seed));
    }
    CrossValidationPlan plan = CrossValidationPlan.defaults(seed);
    List<String> proposals = issues.stream().map(DeuIssue::proposal).toList();
    HeldOutEnsemble ensemble = null;
    int[] fold;
    if (scoresEnsemble()) {
      ensemble = LocationStacking.crossValidate(examples(data, forecasts), plan);
      fold = ensemble.foldArray();
    } else {
      fold = GroupedFolds.assign(proposals, plan.folds(), plan.seed().generator());
    }
    double[] baseline =
        errors(
            Objects.requireNonNull(
                forecasts.get(BASELINE), "the constructor requires a baseline model"),
            outcomes);
    List<ModelScore> scores = new ArrayList<>();
    if (ensemble != null) {
      double[] predicted = new double[issues.size()];
      for (int k = 0; k < predicted.length; k++) {
        SpatialProblem problem = issues.get(k).problem();
        predicted[k] = LocationFeatures.positionOf(problem, 0, ensemble.forecasts().get(k));
      }
      List<Calibration> calibration = new ArrayList<>();
      for (int l = 0; l < plan.levels().size(); l++) {
        calibration.add(
            Calibration.of(
                plan.levels().get(l), predicted, outcomes, ensemble.radiusArray(l), 0, 100));
      }
      double[] e = errors(predicted, outcomes);
      scores.add(
          new ModelScore(
              EnsembleForecaster.NAME,
              ErrorSummary.of(e),
              PairedBootstrap.meanDifference(e, baseline, replicates, LEVEL, seed),
              calibration));
    }
    for (Forecaster model : models) {
      double[] f =
          Objects.requireNonNull(forecasts.get(model.name()), "forecasts are made by every model");
      double[] e = errors(f, outcomes);
      ConfidenceInterval versus =
          model.name().equals(BASELINE)
              ? null
              : PairedBootstrap.meanDifference(e, baseline, replicates, LEVEL, seed);
      List<Calibration> calibration = new ArrayList<>();
      for (double level : plan.levels()) {
        calibration.add(
            Calibration.of(
                level, f, outcomes, SplitConformal.heldOutRadii(e, fold, level), 0, 100));
      }
      scores.add(new ModelScore(model.name(), ErrorSummary.of(e), versus, calibration));
    }
    CrossValidation crossValidation =
        new CrossValidation(
            GROUPS,
            plan.folds(),
            plan.innerFolds(),
            seed.value(),
            ensemble == null ? List.of() : plan.penalties(),
            ensemble == null ? List.of() : ensemble.chosen());
    return new Evaluation(
        data.file(),
        issues.size(),
        BASELINE,
        seed.value(),
        replicates,
        LEVEL,
        scores,
        crossValidation);
  }

  /**
   * Returns the ensemble fitted on every scored issue of a dataset, as {@link DeuEnsemble} ships it
   * when the seed is {@link DeuEnsemble#SEED}.
   */
  public static EnsembleParameters fitEnsemble(DeuDataset data, Seed seed) {
    Map<String, double[]> forecasts = new LinkedHashMap<>();
    for (String name : DeuEnsemble.MEMBERS) {
      Forecaster model =
          ForecastModels.named(name)
              .orElseThrow(
                  () -> new IllegalStateException("expected the member '" + name + "' registered"));
      forecasts.put(name, forecasts(model, data, seed));
    }
    return LocationStacking.fit(
        examples(data, forecasts),
        DeuEnsemble.MEMBERS,
        CrossValidationPlan.defaults(seed),
        DeuEnsemble.SOURCE);
  }

  /** Returns the ensemble's examples: each scored issue with its members' forecasts. */
  static List<LocationExample> examples(DeuDataset data, Map<String, double[]> forecasts) {
    List<DeuIssue> issues = data.scoredIssues();
    List<LocationExample> out = new ArrayList<>();
    for (int k = 0; k < issues.size(); k++) {
      DeuIssue issue = issues.get(k);
      SpatialProblem problem = issue.problem();
      double[] members = new double[DeuEnsemble.MEMBERS.size()];
      for (int m = 0; m < members.length; m++) {
        String name = DeuEnsemble.MEMBERS.get(m);
        members[m] = Objects.requireNonNull(forecasts.get(name), "every member has forecasts")[k];
      }
      out.add(
          new LocationExample(
              issue.proposal(),
              LocationFeatures.of(problem, 0, members),
              LocationFeatures.locationOf(problem, 0, issue.outcome())));
    }
    return out;
  }

  private static double[] errors(double[] forecasts, double[] outcomes) {
    double[] out = new double[forecasts.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = Math.abs(forecasts[k] - outcomes[k]);
    }
    return out;
  }

  /** Returns a model's absolute error on each scored issue, in the dataset's issue order. */
  static double[] absoluteErrors(Forecaster model, DeuDataset data, Seed seed) {
    return errors(
        forecasts(model, data, seed),
        data.scoredIssues().stream().mapToDouble(DeuIssue::outcome).toArray());
  }

  /** Returns a model's forecast of each scored issue, in the dataset's issue order. */
  static double[] forecasts(Forecaster model, DeuDataset data, Seed seed) {
    List<DeuIssue> issues = data.scoredIssues();
    double[] out = new double[issues.size()];
    if (!model.couplesDimensions()) {
      for (int k = 0; k < issues.size(); k++) {
        DeuIssue issue = issues.get(k);
        Forecast forecast = model.forecast(issue.problem(), Seed.of(seed.stream(k).nextLong()));
        out[k] = checked(model, issue, forecast.outcome(0));
      }
      return out;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < issues.size(); k++) {
      index.put(issues.get(k).issue(), k);
    }
    List<DeuProposal> proposals = data.scoredProposals();
    for (int p = 0; p < proposals.size(); p++) {
      DeuProposal proposal = proposals.get(p);
      SpatialProblem problem = proposal.problem();
      Forecast forecast = model.forecast(problem, Seed.of(seed.stream(p).nextLong()));
      for (int d = 0; d < proposal.issues().size(); d++) {
        DeuIssue issue = proposal.issues().get(d);
        int k =
            Objects.requireNonNull(
                index.get(issue.issue()), "scored proposals group scored issues");
        out[k] = checked(model, issue, forecast.outcome(d));
      }
    }
    return out;
  }

  private static double checked(Forecaster model, DeuIssue issue, double forecast) {
    if (!Double.isFinite(forecast)) {
      throw new IllegalStateException(
          "expected a finite forecast, but model "
              + model.name()
              + " gave "
              + forecast
              + " for issue "
              + issue.issue());
    }
    return forecast;
  }

  /**
   * Returns an evaluation as the JSON of {@code parley evaluate --format json}.
   *
   * @param version the Parley version the JSON names
   */
  public static String json(Evaluation evaluation, String version) {
    return EvaluationJson.write(evaluation, version);
  }

  /**
   * The evaluation, or the diagnostics that prevented it.
   *
   * @param evaluation every model's score; null when the file had errors or no scorable issue
   * @param diagnostics every problem found in the file (warnings accompany an evaluation)
   */
  public record Result(@Nullable Evaluation evaluation, List<LocatedDiagnostic> diagnostics) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
