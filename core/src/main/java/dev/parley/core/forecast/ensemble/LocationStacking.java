package dev.parley.core.forecast.ensemble;

import dev.parley.core.forecast.score.GroupedFolds;
import dev.parley.core.forecast.score.SplitConformal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fits and cross-validates the ensemble: a conditional logit over the locations of a dimension
 * ({@link RidgeConditionalLogit}) whose features are the members' forecasts and the shape of the
 * actors' positions ({@link LocationFeatures}) — stacking in the sense of Wolpert ("Stacked
 * generalization", 1992) and Breiman ("Stacked regressions", 1996), with a distribution as output.
 * The point forecast is the distribution's median, the best point under absolute error.
 *
 * <p><b>Choosing the penalty.</b> Within a training set whose items carry inner folds, for each
 * inner fold the logit is fitted on the other inner folds at every candidate penalty (from the
 * largest down, each fit starting from the previous one) and scored on the fold; the penalty with
 * the smallest total absolute error wins (a tie goes to the larger penalty). The coefficients are
 * then fitted on the whole training set from zero, and the interval radius at each level is the
 * split-conformal quantile ({@link SplitConformal}) of the winning penalty's inner held-out errors.
 *
 * <p><b>Cross-validation</b> ({@link #crossValidate}): the items' groups are split into the plan's
 * outer folds ({@link GroupedFolds}, shuffled by {@code seed.generator()}); for outer fold k the
 * training set's groups are split into inner folds shuffled by {@code seed.stream(k)}, the penalty,
 * coefficients and radii are chosen on them as above, and fold k is forecast. Nothing about fold k
 * is seen before it is forecast, so the errors and coverages are held-out estimates of the whole
 * procedure. <b>Fitting</b> ({@link #fit}): the same choice on every item, with the outer folds as
 * the inner ones. Outer and inner folds run in parallel into fixed slots, so results do not depend
 * on the number of threads.
 *
 * <p>Cost: a fit is O(s·N·L·p²) for s Newton steps (about 5–10); cross-validation makes F·(I·P + 1)
 * fits for F outer folds, I inner folds and P penalties (260 with the defaults).
 */
public final class LocationStacking {
  private LocationStacking() {}

  /**
   * Returns the ensemble fitted on every example.
   *
   * @param examples the items, with features for the given members
   * @param members the members' names, in feature order
   * @param source what the examples are, with its citation, recorded in the parameters
   */
  public static EnsembleParameters fit(
      List<LocationExample> examples,
      List<String> members,
      CrossValidationPlan plan,
      String source) {
    check(examples, members.size());
    int[] fold =
        GroupedFolds.assign(
            examples.stream().map(LocationExample::group).toList(),
            plan.folds(),
            plan.seed().generator());
    Choice choice = choose(examples, fold, plan);
    return new EnsembleParameters(
        members,
        Arrays.stream(choice.coefficients).boxed().toList(),
        choice.penalty,
        plan.levels(),
        Arrays.stream(choice.radii).boxed().toList(),
        source);
  }

  /** Returns the held-out forecasts and intervals of every example under the plan. */
  public static HeldOutEnsemble crossValidate(
      List<LocationExample> examples, CrossValidationPlan plan) {
    check(examples, -1);
    List<String> groups = examples.stream().map(LocationExample::group).toList();
    int[] fold = GroupedFolds.assign(groups, plan.folds(), plan.seed().generator());
    int n = examples.size();
    double[] forecast = new double[n];
    double[][] radius = new double[plan.levels().size()][n];
    double[] chosen = new double[plan.folds()];
    IntStream.range(0, plan.folds())
        .parallel()
        .forEach(
            k -> {
              int[] train = GroupedFolds.members(fold, k, false);
              List<LocationExample> training = new ArrayList<>();
              List<String> trainingGroups = new ArrayList<>();
              for (int i : train) {
                training.add(examples.get(i));
                trainingGroups.add(groups.get(i));
              }
              int[] inner =
                  GroupedFolds.assign(trainingGroups, plan.innerFolds(), plan.seed().stream(k));
              Choice choice = choose(training, inner, plan);
              chosen[k] = choice.penalty;
              for (int i : GroupedFolds.members(fold, k, true)) {
                forecast[i] = forecastLocation(examples.get(i), choice.coefficients);
                for (int l = 0; l < radius.length; l++) {
                  radius[l][i] = choice.radii[l];
                }
              }
            });
    List<List<Double>> radii = new ArrayList<>();
    for (double[] r : radius) {
      radii.add(Arrays.stream(r).boxed().toList());
    }
    return new HeldOutEnsemble(
        plan,
        Arrays.stream(fold).boxed().toList(),
        Arrays.stream(forecast).boxed().toList(),
        radii,
        Arrays.stream(chosen).boxed().toList());
  }

  /** Returns the median location of an example's distribution under the given coefficients. */
  static int forecastLocation(LocationExample example, double[] coefficients) {
    return OutcomeDistribution.medianLocation(
        RidgeConditionalLogit.probabilities(example.sharedFeatures(), coefficients));
  }

  /** The penalty chosen on a training set, its coefficients and its interval radii. */
  private static final class Choice {
    final double penalty;
    final double[] coefficients;
    final double[] radii;

    Choice(double penalty, double[] coefficients, double[] radii) {
      this.penalty = penalty;
      this.coefficients = coefficients;
      this.radii = radii;
    }
  }

  private static Choice choose(
      List<LocationExample> training, int[] fold, CrossValidationPlan plan) {
    List<Double> penalties =
        plan.penalties().stream().sorted(Comparator.reverseOrder()).distinct().toList();
    int folds = Arrays.stream(fold).max().orElse(0) + 1;
    int n = training.size();
    double[][] error = new double[penalties.size()][n];
    IntStream.range(0, folds)
        .parallel()
        .forEach(
            j -> {
              int[] fitOn = GroupedFolds.members(fold, j, false);
              int[] scoreOn = GroupedFolds.members(fold, j, true);
              List<double[][]> features = new ArrayList<>();
              int[] outcome = new int[fitOn.length];
              for (int t = 0; t < fitOn.length; t++) {
                features.add(training.get(fitOn[t]).sharedFeatures());
                outcome[t] = training.get(fitOn[t]).outcome();
              }
              double[] start = null;
              for (int p = 0; p < penalties.size(); p++) {
                double[] beta =
                    RidgeConditionalLogit.fit(features, outcome, penalties.get(p), start);
                start = beta;
                for (int i : scoreOn) {
                  LocationExample e = training.get(i);
                  error[p][i] = Math.abs(forecastLocation(e, beta) - e.outcome());
                }
              }
            });
    int best = 0;
    double bestTotal = Double.POSITIVE_INFINITY;
    for (int p = 0; p < penalties.size(); p++) {
      double total = 0;
      for (double e : error[p]) {
        total += e;
      }
      if (total < bestTotal) {
        bestTotal = total;
        best = p;
      }
    }
    List<double[][]> features = new ArrayList<>();
    int[] outcome = new int[n];
    for (int i = 0; i < n; i++) {
      features.add(training.get(i).sharedFeatures());
      outcome[i] = training.get(i).outcome();
    }
    double penalty = penalties.get(best);
    double[] beta = RidgeConditionalLogit.fit(features, outcome, penalty, null);
    double[] radii = new double[plan.levels().size()];
    for (int l = 0; l < radii.length; l++) {
      radii[l] = SplitConformal.radius(error[best], plan.levels().get(l));
    }
    return new Choice(penalty, beta, radii);
  }

  private static void check(List<LocationExample> examples, int members) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("expected examples to fit on, but found none");
    }
    int p = examples.get(0).featureCount();
    for (LocationExample e : examples) {
      if (e.featureCount() != p) {
        throw new IllegalArgumentException(
            "expected every example to have " + p + " features, but found " + e.featureCount());
      }
    }
    if (members >= 0 && p != LocationFeatures.names(List.of()).size() + members) {
      throw new IllegalArgumentException(
          "expected "
              + (LocationFeatures.STRUCTURAL.size() + members)
              + " features for "
              + members
              + " members, but found "
              + p);
    }
  }
}
