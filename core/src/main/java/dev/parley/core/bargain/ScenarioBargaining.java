package dev.parley.core.bargain;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The bargaining analysis of a scenario: the analysis of its problem, what relaxing each red line
 * would do when no package beats walking away, the Rubinstein split of every pair given their
 * patience, and the whole analysis again with each lever pulled, for side-by-side comparison.
 */
public final class ScenarioBargaining {
  private final BargainingAnalyzer analyzer;

  /** Creates the analysis with the default analyzer. */
  public ScenarioBargaining() {
    this(new BargainingAnalyzer());
  }

  /** Creates the analysis with the given analyzer. */
  public ScenarioBargaining(BargainingAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Returns the analysis of a scenario. */
  public Report analyze(Scenario scenario) {
    BargainingReport base = analyzer.analyze(BargainingProblems.from(scenario));
    List<RedLineRelaxation> relaxations = new ArrayList<>();
    if (base.frontier().isComplete() && base.rational().isEmpty()) {
      for (ActorProfile profile : scenario.profiles()) {
        for (RedLine redLine : profile.redLines()) {
          // this very red line: an equal one written twice stays in force
          @SuppressWarnings("ReferenceEquality")
          BiPredicate<ActorProfile, RedLine> inForce = (p, r) -> !(p == profile && r == redLine);
          BargainingProblem relaxed = BargainingProblems.from(scenario, inForce);
          ParetoFrontier frontier = new SequentialMergeParetoFrontier().compute(relaxed);
          boolean opens = false;
          Optional<Agreement> nash = Optional.empty();
          if (frontier.isComplete()) {
            nash = new NashBargainingSolution().solve(frontier);
            for (int i = 0; i < frontier.size() && !opens; i++) {
              opens = frontier.isRational(i);
            }
          }
          relaxations.add(new RedLineRelaxation(profile.actor(), redLine, opens, nash));
        }
      }
    }
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
    return new Report(scenario, base, relaxations, splits, levers);
  }

  /**
   * The scenario's bargaining analysis.
   *
   * @param relaxations what relaxing each red line alone does; empty unless the zone is empty
   * @param splits the Rubinstein split of every pair of bargaining actors, the period being one
   *     round of the scenario's clock and the actor whose id sorts first proposing first
   * @param levers the analysis with each lever pulled alone, in the scenario's lever order
   */
  public record Report(
      Scenario scenario,
      BargainingReport base,
      List<RedLineRelaxation> relaxations,
      List<PairSplit> splits,
      List<LeverReport> levers) {
    /** Copies the fields. */
    public Report {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(base, "base");
      relaxations = List.copyOf(relaxations);
      splits = List.copyOf(splits);
      levers = List.copyOf(levers);
    }
  }

  /**
   * What relaxing one red line alone does to an empty zone of agreement.
   *
   * @param opensZone whether some package then beats walking away for every party
   * @param nash the Nash package then, if there is one
   */
  public record RedLineRelaxation(
      ActorId actor, RedLine redLine, boolean opensZone, Optional<Agreement> nash) {}

  /** The Rubinstein split between two actors, the first proposing first. */
  public record PairSplit(ActorId first, ActorId second, RubinsteinSplit split) {}

  /** The analysis with one lever pulled. */
  public record LeverReport(LeverId lever, BargainingReport report) {}
}
