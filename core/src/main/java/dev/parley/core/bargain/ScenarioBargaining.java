package dev.parley.core.bargain;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bargaining analysis of a scenario: the analysis of its problem, whether it is deadlocked and
 * what would open it ({@link DeadlockAnalysis}), the Rubinstein split of every pair given their
 * patience, and the whole analysis again with each lever pulled, for side-by-side comparison.
 */
public final class ScenarioBargaining {
  private final BargainingAnalyzer analyzer;
  private final DeadlockAnalysis deadlocks;

  /** Creates the analysis with the default analyzer. */
  public ScenarioBargaining() {
    this(new BargainingAnalyzer());
  }

  /** Creates the analysis with the given analyzer. */
  public ScenarioBargaining(BargainingAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.deadlocks = new DeadlockAnalysis();
  }

  /** Returns the analysis of a scenario. */
  public Report analyze(Scenario scenario) {
    BargainingReport base = analyzer.analyze(BargainingProblems.from(scenario));
    Deadlock deadlock = deadlocks.analyze(scenario);
    List<PairSplit> splits = new ArrayList<>();
    List<ActorProfile> profiles = scenario.profiles();
    for (int a = 0; a < profiles.size(); a++) {
      for (int b = a + 1; b < profiles.size(); b++) {
        // the actor whose id sorts first proposes first, whatever the order of the file
        ActorProfile first = profiles.get(a);
        ActorProfile second = profiles.get(b);
        if (first.actor().value().compareTo(second.actor().value()) > 0) {
          first = profiles.get(b);
          second = profiles.get(a);
        }
        double d1 = first.patience().nominal();
        double d2 = second.patience().nominal();
        if (d1 > 0 && d1 <= 1 && d2 > 0 && d2 <= 1) {
          splits.add(
              new PairSplit(
                  first.actor(),
                  second.actor(),
                  RubinsteinSplit.of(
                      scenario.clock(), d1, first.patiencePeriod(), d2, second.patiencePeriod())));
        }
      }
    }
    List<LeverReport> levers = new ArrayList<>();
    for (Lever lever : scenario.levers()) {
      Scenario pulled = Levers.apply(scenario, List.of(lever.id()));
      levers.add(new LeverReport(lever.id(), analyzer.analyze(BargainingProblems.from(pulled))));
    }
    return new Report(scenario, base, deadlock, splits, levers);
  }

  /**
   * The scenario's bargaining analysis.
   *
   * @param deadlock whether the scenario is deadlocked, why, and what would open it
   * @param splits the Rubinstein split of every pair of bargaining actors, the period being one
   *     round of the scenario's clock and the actor whose id sorts first proposing first
   * @param levers the analysis with each lever pulled alone, in the scenario's lever order
   */
  public record Report(
      Scenario scenario,
      BargainingReport base,
      Deadlock deadlock,
      List<PairSplit> splits,
      List<LeverReport> levers) {
    /** Copies the fields. */
    public Report {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(deadlock, "deadlock");
      splits = List.copyOf(splits);
      levers = List.copyOf(levers);
    }
  }

  /** The Rubinstein split between two actors, the first proposing first. */
  public record PairSplit(ActorId first, ActorId second, RubinsteinSplit split) {}

  /** The analysis with one lever pulled. */
  public record LeverReport(LeverId lever, BargainingReport report) {}
}
