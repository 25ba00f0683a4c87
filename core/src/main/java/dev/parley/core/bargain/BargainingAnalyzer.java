package dev.parley.core.bargain;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the whole bargaining analysis of a problem: the exact frontier, the zone of agreement, every
 * solution concept, the opposition level, logrolls, and what would open an empty zone.
 *
 * <p>Immutable and thread-safe; each call is a pure function of the problem.
 */
public final class BargainingAnalyzer {
  private final ParetoFrontierAlgorithm frontierAlgorithm;
  private final RationalCounter counter;
  private final LogrollAnalysis logrolls;
  private final List<BargainingSolution> solutions;

  /** Creates the analyzer with the default algorithms and 3 logrolls per pair of parties. */
  public BargainingAnalyzer() {
    this(new SequentialMergeParetoFrontier(), new RationalCounter(), new LogrollAnalysis(3));
  }

  /** Creates the analyzer with the given parts. */
  public BargainingAnalyzer(
      ParetoFrontierAlgorithm frontierAlgorithm,
      RationalCounter counter,
      LogrollAnalysis logrolls) {
    this.frontierAlgorithm = frontierAlgorithm;
    this.counter = counter;
    this.logrolls = logrolls;
    this.solutions =
        List.of(
            new NashBargainingSolution(),
            new KalaiSmorodinskySolution(),
            new KalaiSmorodinskyGapSolution(),
            new EgalitarianSolution(),
            new EgalitarianGapSolution(),
            new MaximumWelfareSolution(),
            new EqualUtilitySolution());
  }

  /** Returns the analysis of a problem. */
  public BargainingReport analyze(BargainingProblem problem) {
    ParetoFrontier frontier = frontierAlgorithm.compute(problem);
    RationalCount rational = counter.count(problem);
    List<String> concepts = solutions.stream().map(BargainingSolution::name).toList();
    List<Agreement> agreements = new ArrayList<>();
    List<Double> ideal = new ArrayList<>();
    double opposition = Double.NaN;
    ZopaOpening opening = null;
    if (frontier.isComplete()) {
      for (BargainingSolution s : solutions) {
        s.solve(frontier).ifPresent(agreements::add);
      }
      RationalSet set = RationalSet.of(frontier);
      if (!set.isEmpty()) {
        for (int j = 0; j < problem.partyCount(); j++) {
          ideal.add(Ticks.toUtility(set.ideal[j]));
        }
      }
      if (frontier.size() > 0) {
        opposition = OppositionLevel.of(frontier);
        if (set.isEmpty()) {
          opening = ZopaOpening.of(frontier);
        }
      }
    }
    LogrollAnalysis.Result trades = logrolls.search(problem);
    return new BargainingReport(
        problem,
        frontier,
        rational,
        concepts,
        agreements,
        ideal,
        opposition,
        trades.logrolls(),
        opening,
        trades.unsearched());
  }
}
