package dev.parley.app;

import dev.parley.core.forecast.score.Calibration;
import dev.parley.core.forecast.score.ConfidenceInterval;
import dev.parley.core.forecast.score.CrossValidation;
import dev.parley.core.forecast.score.Evaluation;
import dev.parley.core.forecast.score.ModelScore;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation as {@code parley evaluate}'s table shows it: the numbers of an {@link Evaluation}
 * in app's own records, so that the command line reads them without reaching core (docs/adr/0012).
 *
 * @param dataset the dataset's name
 * @param items the number of issues scored
 * @param baseline the model every other is compared with
 * @param seed the seed of the bootstrap
 * @param replicates the number of bootstrap replicates
 * @param level the coverage of the bootstrap intervals, such as 0.95
 * @param scores every model's score, in report order
 * @param heldOut the folds of the held-out scores; null when none were computed
 */
public record EvaluationView(
    String dataset,
    int items,
    String baseline,
    long seed,
    int replicates,
    double level,
    List<Score> scores,
    @Nullable HeldOut heldOut) {
  /** Validates and copies the fields. */
  public EvaluationView {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(baseline, "baseline");
    scores = List.copyOf(scores);
  }

  /** Returns the view of an evaluation. */
  public static EvaluationView of(Evaluation evaluation) {
    CrossValidation cv = evaluation.crossValidation();
    return new EvaluationView(
        evaluation.dataset(),
        evaluation.items(),
        evaluation.baseline(),
        evaluation.seed(),
        evaluation.replicates(),
        evaluation.level(),
        evaluation.scores().stream().map(Score::of).toList(),
        cv == null
            ? null
            : new HeldOut(
                cv.groups(), cv.folds(), cv.innerFolds(), cv.seed(), cv.penalties(), cv.chosen()));
  }

  /**
   * One model's score.
   *
   * @param n the number of issues scored
   * @param mae the mean absolute error, in points on the 0-100 scale
   * @param medianAe the median absolute error, in points
   * @param hit5 the share of issues forecast within 5 points
   * @param hit10 the share of issues forecast within 10 points
   * @param versusBaseline the interval of its MAE minus the baseline's; null for the baseline
   * @param calibration the coverage of its held-out prediction intervals at each nominal level, in
   *     increasing order of level; empty when none were computed
   */
  public record Score(
      String model,
      int n,
      double mae,
      double medianAe,
      double hit5,
      double hit10,
      @Nullable Interval versusBaseline,
      List<Coverage> calibration) {
    /** Copies the calibration. */
    public Score {
      Objects.requireNonNull(model, "model");
      calibration = List.copyOf(calibration);
    }

    static Score of(ModelScore score) {
      ConfidenceInterval versus = score.versusBaseline();
      return new Score(
          score.model(),
          score.errors().n(),
          score.errors().mae(),
          score.errors().medianAe(),
          score.errors().hit5(),
          score.errors().hit10(),
          versus == null
              ? null
              : new Interval(
                  versus.estimate(), versus.lower(), versus.upper(), versus.excludesZero()),
          score.calibration().stream().map(Coverage::of).toList());
    }

    /** Returns the coverage at a nominal level, or null if none was computed there. */
    public @Nullable Coverage calibration(double level) {
      for (Coverage c : calibration) {
        if (c.level() == level) {
          return c;
        }
      }
      return null;
    }
  }

  /**
   * A bootstrap interval of a difference of mean absolute errors.
   *
   * @param excludesZero whether the interval leaves 0 out
   */
  public record Interval(double estimate, double lower, double upper, boolean excludesZero) {}

  /**
   * The observed coverage of held-out prediction intervals at a nominal level.
   *
   * @param level the nominal level, such as 0.8
   * @param coverage the share of outcomes inside their intervals
   * @param meanWidth the intervals' mean width, in points
   */
  public record Coverage(double level, double coverage, double meanWidth) {
    static Coverage of(Calibration c) {
      return new Coverage(c.level(), c.coverage(), c.meanWidth());
    }
  }

  /**
   * How the held-out scores were cross-validated.
   *
   * @param groups what a group of held-out issues is, such as {@code proposal}
   * @param folds the number of outer folds
   * @param innerFolds the number of inner folds that chose the penalty
   * @param seed the seed of the fold assignment
   * @param penalties the candidate penalties
   * @param chosen the penalty each outer fold chose, in fold order
   */
  public record HeldOut(
      String groups,
      int folds,
      int innerFolds,
      long seed,
      List<Double> penalties,
      List<Double> chosen) {
    /** Copies the lists. */
    public HeldOut {
      penalties = List.copyOf(penalties);
      chosen = List.copyOf(chosen);
    }
  }
}
