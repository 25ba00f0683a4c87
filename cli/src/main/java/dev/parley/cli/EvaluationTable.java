package dev.parley.cli;

import dev.parley.core.forecast.score.ConfidenceInterval;
import dev.parley.core.forecast.score.ErrorSummary;
import dev.parley.core.forecast.score.Evaluation;
import dev.parley.core.forecast.score.ModelScore;
import java.util.Locale;

/** Renders an evaluation of forecasting models as aligned text for people. */
final class EvaluationTable {
  private EvaluationTable() {}

  /** Returns the evaluation as text. */
  static String render(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d issues; bootstrap %d replicates, seed %d%n%n",
            evaluation.dataset(),
            evaluation.items(),
            evaluation.replicates(),
            evaluation.seed()));
    int width = "model".length();
    for (ModelScore score : evaluation.scores()) {
      width = Math.max(width, score.model().length());
    }
    String level = String.format(Locale.ROOT, "%.0f%%", evaluation.level() * 100);
    out.append(
        String.format(
            Locale.ROOT,
            "%-" + width + "s  %4s  %6s  %9s  %6s  %6s  %s%n",
            "model",
            "n",
            "MAE",
            "median AE",
            "<=5",
            "<=10",
            "MAE - " + evaluation.baseline() + " [" + level + " CI]"));
    for (ModelScore score : evaluation.scores()) {
      ErrorSummary e = score.errors();
      ConfidenceInterval versus = score.versusBaseline();
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
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %4d  %6.2f  %9.2f  %5.1f%%  %5.1f%%  %s%n",
              score.model(),
              e.n(),
              e.mae(),
              e.medianAe(),
              e.hit5() * 100,
              e.hit10() * 100,
              difference));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nAbsolute errors on the 0-100 scale; <=5 and <=10 are the shares of issues forecast"
                + " within 5 and 10 points.%n* the interval excludes 0. Conventions:"
                + " docs/forecast-evaluation.md%n"));
    return out.toString();
  }
}
