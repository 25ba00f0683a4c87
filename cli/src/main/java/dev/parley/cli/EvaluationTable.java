package dev.parley.cli;

import dev.parley.app.EvaluationView;
import dev.parley.app.EvaluationView.Coverage;
import dev.parley.app.EvaluationView.HeldOut;
import dev.parley.app.EvaluationView.Interval;
import dev.parley.app.EvaluationView.Score;
import java.util.List;
import java.util.Locale;

/** Renders an evaluation of forecasting models as aligned text for people. */
final class EvaluationTable {
  private EvaluationTable() {}

  /** Returns the evaluation as text. */
  static String render(EvaluationView evaluation) {
    StringBuilder out = new StringBuilder();
    HeldOut cv = evaluation.heldOut();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d issues; bootstrap %d replicates, seed %d%s%n%n",
            evaluation.dataset(),
            evaluation.items(),
            evaluation.replicates(),
            evaluation.seed(),
            cv == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; held out: %d folds by %s, seed %d",
                    cv.folds(),
                    cv.groups(),
                    cv.seed())));
    int width = "model".length();
    for (Score score : evaluation.scores()) {
      width = Math.max(width, score.model().length());
    }
    boolean intervals = evaluation.scores().stream().anyMatch(s -> s.calibration(0.8) != null);
    String level = String.format(Locale.ROOT, "%.0f%%", evaluation.level() * 100);
    out.append(
        String.format(
            Locale.ROOT,
            "%-" + width + "s  %4s  %6s  %9s  %6s  %6s  %s%s%n",
            "model",
            "n",
            "MAE",
            "median AE",
            "<=5",
            "<=10",
            intervals ? "80% PI  " : "",
            "MAE - " + evaluation.baseline() + " [" + level + " CI]"));
    for (Score score : evaluation.scores()) {
      Interval versus = score.versusBaseline();
      String difference =
          versus == null
              ? "(baseline)"
              : String.format(
                  Locale.ROOT,
                  "%+.2f [%+.2f, %+.2f]%s",
                  versus.estimate(),
                  versus.lower(),
                  versus.upper(),
                  versus.excludesZero() ? " *" : "");
      Coverage at80 = score.calibration(0.8);
      String coverage =
          !intervals
              ? ""
              : at80 == null
                  ? String.format(Locale.ROOT, "%6s  ", "-")
                  : String.format(Locale.ROOT, "%5.1f%%  ", at80.coverage() * 100);
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %4d  %6.2f  %9.2f  %5.1f%%  %5.1f%%  %s%s%n",
              score.model(),
              score.n(),
              score.mae(),
              score.medianAe(),
              score.hit5() * 100,
              score.hit10() * 100,
              coverage,
              difference));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nAbsolute errors on the 0-100 scale; <=5 and <=10 are the shares of issues forecast"
                + " within 5 and 10 points.%n* the interval excludes 0.%n"));
    if (intervals) {
      out.append(
          "80% PI: the share of issues whose outcome lay in the model's held-out 80% prediction"
              + " interval.\n");
      out.append(calibration(evaluation, width));
    }
    if (cv != null && !cv.chosen().isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%nThe ensemble row is held out: fitted on %d of %d folds (whole %ss) and scored on the"
                  + " other, in turn;%nits ridge penalty is chosen among %s by %d inner folds"
                  + " (chosen: %s).%n",
              cv.folds() - 1,
              cv.folds(),
              cv.groups(),
              numbers(cv.penalties()),
              cv.innerFolds(),
              numbers(cv.chosen())));
    }
    out.append("Conventions: docs/forecast-evaluation.md\n");
    return out.toString();
  }

  private static String calibration(EvaluationView evaluation, int width) {
    List<Double> levels =
        evaluation.scores().stream()
            .filter(s -> !s.calibration().isEmpty())
            .findFirst()
            .map(s -> s.calibration().stream().map(Coverage::level).toList())
            .orElse(List.of());
    StringBuilder out = new StringBuilder();
    out.append(
        "\nCALIBRATION: nominal level of the held-out intervals (forecast +/- the split-conformal"
            + " radius of the\nerrors on the other folds); observed coverage (mean width in"
            + " points)\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s", "model"));
    for (double l : levels) {
      out.append(
          String.format(Locale.ROOT, "  %13s", String.format(Locale.ROOT, "%.0f%%", l * 100)));
    }
    out.append('\n');
    for (Score score : evaluation.scores()) {
      if (score.calibration().isEmpty()) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%-" + width + "s", score.model()));
      for (double l : levels) {
        Coverage c = score.calibration(l);
        out.append(
            c == null
                ? String.format(Locale.ROOT, "  %13s", "-")
                : String.format(
                    Locale.ROOT, "  %5.1f%% (%4.1f)", c.coverage() * 100, c.meanWidth()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String numbers(List<Double> xs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < xs.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s", plain(xs.get(i))));
    }
    return b.toString();
  }

  private static String plain(double x) {
    return x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x) : Double.toString(x);
  }
}
