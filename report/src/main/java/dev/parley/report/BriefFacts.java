package dev.parley.report;

import dev.parley.app.MakeReport;
import dev.parley.app.SimulateScenario;
import dev.parley.core.model.LeverId;
import dev.parley.core.montecarlo.ForecastDistribution;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.TornadoResult;
import dev.parley.core.simulate.SimulationSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The facts page one of the report and the demo's brief both state, computed once: the option most
 * trials land on, the forecast a lever moves most, the simulated talks with a lever pulled, and the
 * uncertain values the forecasts swing most with.
 */
final class BriefFacts {
  private BriefFacts() {}

  /** Returns the option with the most trials, or null when no trial lands on any. */
  static ForecastDistribution.@Nullable OptionShare top(
      List<ForecastDistribution.OptionShare> shares) {
    ForecastDistribution.OptionShare top = null;
    for (ForecastDistribution.OptionShare s : shares) {
      if (s.share().count() > 0 && (top == null || s.share().count() > top.share().count())) {
        top = s;
      }
    }
    return top;
  }

  /** Returns the forecast of {@code model} that a lever moves most, or null when none moves. */
  static LeverComparisonResult.@Nullable OutputDifference biggestMove(
      LeverComparisonResult.LeverVariant lever, String model) {
    LeverComparisonResult.OutputDifference biggest = null;
    for (LeverComparisonResult.OutputDifference d : lever.differences()) {
      if (d.output().startsWith(model + "/")
          && Double.isFinite(d.difference())
          && (biggest == null || Math.abs(d.difference()) > Math.abs(biggest.difference()))) {
        biggest = d;
      }
    }
    return biggest;
  }

  /** Returns the simulated talks' summary with a lever pulled, or null when there is none. */
  static @Nullable SimulationSummary pulled(MakeReport.Report report, LeverId lever) {
    SimulateScenario.Report sim = report.simulation();
    if (sim != null) {
      for (SimulateScenario.LeverBatch batch : sim.levers()) {
        if (batch.lever().id().equals(lever) && batch.summary() != null) {
          return batch.summary();
        }
      }
    }
    return null;
  }

  /**
   * Returns the uncertain values the forecasts of {@code model} swing most with, summed over all
   * issues, largest first (ties by name), at most {@code n}.
   */
  static List<Map.Entry<String, Double>> topParameters(
      MakeReport.Report report, String model, int n) {
    TornadoResult tornado = report.forecasts().tornado();
    Map<String, Double> total = new LinkedHashMap<>();
    if (tornado != null) {
      for (TornadoResult.OutputTornado o : tornado.outputs()) {
        if (!o.output().startsWith(model + "/")) {
          continue;
        }
        for (TornadoResult.Bar b : o.bars()) {
          if (Double.isFinite(b.swing())) {
            total.merge(b.parameter(), b.swing(), Double::sum);
          }
        }
      }
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(total.entrySet());
    sorted.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
  }
}
