package dev.parley.app;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.score.ConfidenceInterval;
import dev.parley.core.forecast.score.ErrorSummary;
import dev.parley.core.forecast.score.Evaluation;
import dev.parley.core.forecast.score.ModelScore;
import dev.parley.core.forecast.score.PairedBootstrap;
import dev.parley.core.random.Seed;
import dev.parley.io.deu.DeuDataset;
import dev.parley.io.deu.DeuIssue;
import dev.parley.io.deu.DeuProposal;
import dev.parley.io.deu.DeuReader;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley evaluate deu}: every forecasting model scored against the
 * outcomes of the DEU issues, and compared with the compromise model.
 *
 * <p>Conventions (docs/forecast-evaluation.md): the issues scored are those with an outcome and at
 * least one actor's position; capabilities are Council voting weights and missing saliences count
 * as 0 ({@link DeuReader}). A model that does not couple dimensions forecasts each issue alone, on
 * the actors holding a position there ({@link DeuIssue#problem()}); one that does forecasts each
 * proposal's scored issues together ({@link DeuProposal#problem()}). A stochastic model gets, for
 * issue or proposal number {@code k}, the seed drawn first from {@code seed.stream(k)}. Errors are
 * absolute differences between forecast and outcome on the 0–100 scale; the interval against the
 * compromise model is the paired bootstrap over issues ({@link PairedBootstrap}) at 95 %.
 */
public final class EvaluateDeu {
  /** The model every other is compared with. */
  public static final String BASELINE = "compromise";

  /** The coverage of the bootstrap intervals. */
  public static final double LEVEL = 0.95;

  private final List<Forecaster> models;

  /** Creates the use case over every registered model. */
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

  /** Returns every model's score on the scored issues of a dataset. */
  public Evaluation evaluate(DeuDataset data, Seed seed, int replicates) {
    List<DeuIssue> issues = data.scoredIssues();
    Map<String, double[]> errors = new HashMap<>();
    for (Forecaster model : models) {
      errors.put(model.name(), absoluteErrors(model, data, seed));
    }
    double[] baseline =
        Objects.requireNonNull(errors.get(BASELINE), "the constructor requires a baseline model");
    List<ModelScore> scores = new ArrayList<>();
    for (Forecaster model : models) {
      double[] e =
          Objects.requireNonNull(errors.get(model.name()), "errors are computed for every model");
      ConfidenceInterval versus =
          model.name().equals(BASELINE)
              ? null
              : PairedBootstrap.meanDifference(e, baseline, replicates, LEVEL, seed);
      scores.add(new ModelScore(model.name(), ErrorSummary.of(e), versus));
    }
    return new Evaluation(
        data.file(), issues.size(), BASELINE, seed.value(), replicates, LEVEL, scores);
  }

  /** Returns a model's absolute error on each scored issue, in the dataset's issue order. */
  static double[] absoluteErrors(Forecaster model, DeuDataset data, Seed seed) {
    List<DeuIssue> issues = data.scoredIssues();
    double[] out = new double[issues.size()];
    if (!model.couplesDimensions()) {
      for (int k = 0; k < issues.size(); k++) {
        DeuIssue issue = issues.get(k);
        out[k] = error(model, issue.problem(), 0, issue, seed, k);
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

  private static double error(
      Forecaster model, SpatialProblem problem, int dimension, DeuIssue issue, Seed seed, int k) {
    Forecast forecast = model.forecast(problem, Seed.of(seed.stream(k).nextLong()));
    return checked(model, issue, forecast.outcome(dimension));
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
    return Math.abs(forecast - issue.outcome());
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
