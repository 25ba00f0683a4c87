package dev.parley.app;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.BargainingReport;
import dev.parley.core.bargain.LogrollAnalysis;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.RationalCount;
import dev.parley.core.bargain.ReservationChange;
import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.bargain.Ticks;
import dev.parley.core.bargain.ZopaOpening;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's bargaining analysis as {@code parley analyze}'s table shows it: the parties, the
 * zone of possible agreement, the deadlock and what would open it, the solutions, the logrolls, the
 * Rubinstein splits and the levers, in app's own records, so that the command line reads them
 * without reaching core (docs/adr/0012). Parties and issues are referred to by their index, as in
 * the bargaining problem; options are named as a report names them.
 *
 * @param title the scenario's title
 * @param id the scenario's id
 * @param roundDays the days a round lasts
 * @param parties the parties, in the bargaining problem's order
 * @param issueNames the issues, as the bargaining problem names them
 * @param issues the scenario's issues with their options
 * @param base the analysis at nominal values
 * @param frontier the Pareto frontier at nominal values
 * @param opposition the opposition level, NaN when it is not defined
 * @param deadlock whether the talks are deadlocked, and what would open them
 * @param reservations how far walk-away values would have to fall to open a zone, or null
 * @param logrolls the logrolls of each pair
 * @param logrollsUnsearched the pairs of issues with too many option pairs to search
 * @param maxOptionPairs the most option pairs a logroll search takes on
 * @param splits the Rubinstein splits of each pair
 * @param levers the analysis with each lever pulled alone
 */
public record AnalysisView(
    String title,
    String id,
    double roundDays,
    List<Party> parties,
    List<String> issueNames,
    List<IssueOptions> issues,
    Bargain base,
    Frontier frontier,
    double opposition,
    Stalemate deadlock,
    @Nullable Reservations reservations,
    List<Logroll> logrolls,
    List<Unsearched> logrollsUnsearched,
    long maxOptionPairs,
    List<Split> splits,
    List<Lever> levers) {
  /** Copies the lists. */
  public AnalysisView {
    parties = List.copyOf(parties);
    issueNames = List.copyOf(issueNames);
    issues = List.copyOf(issues);
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(frontier, "frontier");
    Objects.requireNonNull(deadlock, "deadlock");
    logrolls = List.copyOf(logrolls);
    logrollsUnsearched = List.copyOf(logrollsUnsearched);
    splits = List.copyOf(splits);
    levers = List.copyOf(levers);
  }

  /** Returns the view of a scenario's bargaining analysis. */
  public static AnalysisView of(ScenarioBargaining.Report report) {
    Scenario scenario = report.scenario();
    BargainingReport base = report.base();
    BargainingProblem problem = base.problem();
    List<Party> parties = new ArrayList<>();
    for (int j = 0; j < problem.partyCount(); j++) {
      String id = problem.parties().get(j);
      parties.add(
          new Party(
              id,
              scenario.actor(new ActorId(id)).map(a -> a.name()).orElse(id),
              problem.disagreement(j)));
    }
    List<IssueOptions> issues = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      List<String> shown = new ArrayList<>();
      for (int o = 0; o < issue.options().size(); o++) {
        shown.add(issue.display(o));
      }
      issues.add(new IssueOptions(issue.id().value(), shown));
    }
    ParetoFrontier f = base.frontier();
    Frontier frontier =
        new Frontier(
            f.isComplete(),
            f.size(),
            f.totalOutcomeCount(),
            f.limit().map(l -> l.describe()).orElse(null));
    ZopaOpening opening = base.opening();
    Reservations reservations = null;
    if (opening != null) {
      List<Cut> cuts = new ArrayList<>();
      for (ReservationChange c : opening.perParty()) {
        cuts.add(new Cut(c.party(), c.isPossible(), c.current(), c.required(), c.decrease()));
      }
      reservations = new Reservations(cuts, opening.uniformCut());
    }
    List<Logroll> logrolls = new ArrayList<>();
    for (dev.parley.core.bargain.Logroll l : base.logrolls()) {
      logrolls.add(
          new Logroll(
              l.first(),
              l.second(),
              l.firstConcedes(),
              l.firstFrom(),
              l.firstTo(),
              l.secondConcedes(),
              l.secondFrom(),
              l.secondTo(),
              l.firstGain(),
              l.secondGain(),
              l.effects()));
    }
    List<Unsearched> unsearched = new ArrayList<>();
    for (LogrollAnalysis.Unsearched u : base.logrollsUnsearched()) {
      unsearched.add(new Unsearched(u.first(), u.second(), u.optionPairs()));
    }
    List<Split> splits = new ArrayList<>();
    for (ScenarioBargaining.PairSplit s : report.splits()) {
      splits.add(
          new Split(
              s.first().value(),
              s.second().value(),
              s.split().firstDiscount(),
              s.split().secondDiscount(),
              s.split().firstShare(),
              s.split().limitFirstShare()));
    }
    List<Lever> levers = new ArrayList<>();
    for (ScenarioBargaining.LeverReport l : report.levers()) {
      levers.add(new Lever(l.lever().value(), Bargain.of(l.report())));
    }
    return new AnalysisView(
        scenario.title(),
        scenario.id(),
        scenario.roundDays(),
        parties,
        problem.issues(),
        issues,
        Bargain.of(base),
        frontier,
        base.opposition(),
        Stalemate.of(report.deadlock(), scenario, problem.issues()),
        reservations,
        logrolls,
        unsearched,
        LogrollAnalysis.MAX_OPTION_PAIRS,
        splits,
        levers);
  }

  /** Returns how a report names an option of an issue. */
  public String option(int issue, int option) {
    return issues.get(issue).options().get(option);
  }

  /** Returns how a report names an option of an issue given by id, or the option itself. */
  private static String display(Scenario scenario, IssueId issue, String option) {
    return scenario.issue(issue).map(i -> i.display(option)).orElse(option);
  }

  /** Returns each issue's option of a package, named as a report names them, joined. */
  private static String packageText(Scenario scenario, List<String> issueNames, List<String> o) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < o.size(); i++) {
      parts.add(issueNames.get(i) + " " + scenario.issues().get(i).display(o.get(i)));
    }
    return String.join(" · ", parts);
  }

  /**
   * A party of the bargaining problem.
   *
   * @param id its actor id
   * @param name its name, or the id when the scenario gives none
   * @param walkAway what walking away is worth to it, in its utility
   */
  public record Party(String id, String name, double walkAway) {}

  /**
   * An issue and how a report names each of its options.
   *
   * @param id the issue's id
   * @param options the options' names, by index
   */
  public record IssueOptions(String id, List<String> options) {
    /** Copies the options. */
    public IssueOptions {
      options = List.copyOf(options);
    }
  }

  /**
   * The analysis of one variant of the scenario: the baseline or a lever pulled.
   *
   * @param zone the packages every party prefers to walking away
   * @param agreements the packages the solution concepts selected
   */
  public record Bargain(Zone zone, List<Deal> agreements) {
    /** Copies the agreements. */
    public Bargain {
      Objects.requireNonNull(zone, "zone");
      agreements = List.copyOf(agreements);
    }

    static Bargain of(BargainingReport report) {
      BargainingProblem problem = report.problem();
      List<Deal> deals = new ArrayList<>();
      for (Agreement a : report.agreements()) {
        List<Boolean> rational = new ArrayList<>();
        for (int j = 0; j < a.utilities().size(); j++) {
          rational.add(Ticks.of(a.utility(j)) >= Ticks.of(problem.disagreement(j)));
        }
        deals.add(new Deal(a.concept(), a.outcome(), a.utilities(), rational));
      }
      return new Bargain(Zone.of(report.rational()), deals);
    }

    /** Returns the package a concept selected, if it selected one. */
    public Optional<Deal> agreement(String concept) {
      return agreements.stream().filter(a -> a.concept().equals(concept)).findFirst();
    }
  }

  /**
   * A package a solution concept selected.
   *
   * @param concept the concept's name, such as nash
   * @param outcome the option on each issue, by index
   * @param utilities each party's utility
   * @param rational whether each party's utility is at least what walking away is worth
   */
  public record Deal(
      String concept, List<Integer> outcome, List<Double> utilities, List<Boolean> rational) {
    /** Copies the lists. */
    public Deal {
      outcome = List.copyOf(outcome);
      utilities = List.copyOf(utilities);
      rational = List.copyOf(rational);
    }
  }

  /**
   * The packages every party prefers to walking away (weakly), counted or estimated.
   *
   * @param total how many packages the red lines allow
   * @param rational how many of them every party prefers to walking away
   * @param exact whether the count is exact rather than estimated from samples
   * @param fraction the share of such packages
   * @param standardError the standard error of an estimated share
   * @param samples how many samples an estimate took
   */
  public record Zone(
      BigInteger total,
      BigInteger rational,
      boolean exact,
      double fraction,
      double standardError,
      long samples) {
    /** Checks the counts. */
    public Zone {
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(rational, "rational");
    }

    static Zone of(RationalCount r) {
      return new Zone(
          r.total(), r.rational(), r.exact(), r.fraction(), r.standardError(), r.samples());
    }

    /** Returns whether no package beats walking away for everyone (weakly). */
    public boolean isEmpty() {
      return rational.signum() == 0;
    }
  }

  /**
   * The Pareto frontier in utility space.
   *
   * @param complete whether it was computed exactly
   * @param size how many distinct utility vectors it has
   * @param totalOutcomeCount how many packages lie on it
   * @param limit the limit that stopped it, described, when it is not complete
   */
  public record Frontier(
      boolean complete, int size, long totalOutcomeCount, @Nullable String limit) {}

  /**
   * Whether the talks are deadlocked and what would open them, with options named as a report names
   * them.
   *
   * @param decided whether the search for a package finished within its budget
   * @param deadlocked whether no package gives every party what walking away is worth
   * @param byRedLines whether the red lines together leave some issue without an option
   * @param conflicts the issues the red lines leave without an option
   * @param openings the smallest sets of red-line relaxations that open the talks, best first
   * @param openingsComplete whether the search for openings finished
   * @param partial the best partial deal, or null when none beats walking away for every party
   * @param vetoPlayers the members of a coalition that decides by unanimity
   * @param blockingVetoPlayers the veto players without whose consent the deadlock would lift
   */
  public record Stalemate(
      boolean decided,
      boolean deadlocked,
      boolean byRedLines,
      List<Conflict> conflicts,
      List<Opening> openings,
      boolean openingsComplete,
      @Nullable Partial partial,
      List<String> vetoPlayers,
      List<String> blockingVetoPlayers) {
    /** Copies the lists. */
    public Stalemate {
      conflicts = List.copyOf(conflicts);
      openings = List.copyOf(openings);
      vetoPlayers = List.copyOf(vetoPlayers);
      blockingVetoPlayers = List.copyOf(blockingVetoPlayers);
    }

    static Stalemate of(dev.parley.core.bargain.Deadlock d, Scenario scenario, List<String> names) {
      List<Conflict> conflicts = new ArrayList<>();
      for (dev.parley.core.bargain.Deadlock.Conflict c : d.conflicts()) {
        List<Forbidden> options = new ArrayList<>();
        for (dev.parley.core.bargain.Deadlock.Forbidden f : c.options()) {
          options.add(
              new Forbidden(
                  display(scenario, c.issue(), f.option()),
                  f.by().stream().map(ActorId::value).toList()));
        }
        conflicts.add(new Conflict(c.issue().value(), options));
      }
      List<Opening> openings = new ArrayList<>();
      for (dev.parley.core.bargain.Deadlock.Opening o : d.openings()) {
        List<Relaxation> changes = new ArrayList<>();
        for (dev.parley.core.bargain.Deadlock.Relaxation r : o.changes()) {
          changes.add(
              new Relaxation(
                  r.actor().value(),
                  r.issue().value(),
                  display(scenario, r.issue(), r.option()),
                  r.givesUp()));
        }
        openings.add(
            new Opening(
                changes, packageText(scenario, names, o.outcome()), o.utilities(), o.margins()));
      }
      Partial partial = null;
      if (d.partial().isPresent()) {
        dev.parley.core.bargain.Deadlock.PartialDeal p = d.partial().get();
        List<String> settled = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < p.outcome().size(); i++) {
          String issue = names.get(i);
          Optional<String> option = p.outcome().get(i);
          if (option.isPresent()) {
            settled.add(issue + " " + scenario.issues().get(i).display(option.get()));
          } else {
            open.add(issue);
          }
        }
        partial = new Partial(settled, open, p.utilities(), p.margins());
      }
      return new Stalemate(
          d.decided(),
          d.deadlocked(),
          d.cause() == dev.parley.core.bargain.Deadlock.Cause.RED_LINES,
          conflicts,
          openings,
          d.openingsComplete(),
          partial,
          d.vetoPlayers().stream().map(ActorId::value).toList(),
          d.blockingVetoPlayers().stream().map(ActorId::value).toList());
    }
  }

  /**
   * An issue the red lines together leave without an option.
   *
   * @param issue the issue's id
   * @param options each option and who rejects it
   */
  public record Conflict(String issue, List<Forbidden> options) {
    /** Copies the options. */
    public Conflict {
      options = List.copyOf(options);
    }
  }

  /**
   * An option some red lines forbid.
   *
   * @param option the option, named as a report names it
   * @param by the actors whose red lines forbid it
   */
  public record Forbidden(String option, List<String> by) {
    /** Copies the actors. */
    public Forbidden {
      by = List.copyOf(by);
    }
  }

  /**
   * A set of red-line relaxations that opens the talks, and the Nash deal it leads to.
   *
   * @param changes every relaxation needed
   * @param deal the Nash deal then, each issue with its option, joined with " · "
   * @param utilities each party's utility in that deal
   * @param margins each party's gain over walking away
   */
  public record Opening(
      List<Relaxation> changes, String deal, List<Double> utilities, List<Double> margins) {
    /** Copies the lists. */
    public Opening {
      changes = List.copyOf(changes);
      utilities = List.copyOf(utilities);
      margins = List.copyOf(margins);
    }
  }

  /**
   * One actor accepting an option its red line forbids.
   *
   * @param actor the actor's id
   * @param issue the issue's id
   * @param option the option, named as a report names it
   * @param givesUp the utility the actor gives up, NaN when not known
   */
  public record Relaxation(String actor, String issue, String option, double givesUp) {}

  /**
   * The best partial deal: some issues settled, the others left as they are.
   *
   * @param settled each settled issue with its option, as "issue option"
   * @param open the issues left open
   * @param utilities each party's utility
   * @param margins each party's gain over walking away
   */
  public record Partial(
      List<String> settled, List<String> open, List<Double> utilities, List<Double> margins) {
    /** Copies the lists. */
    public Partial {
      settled = List.copyOf(settled);
      open = List.copyOf(open);
      utilities = List.copyOf(utilities);
      margins = List.copyOf(margins);
    }
  }

  /**
   * How far walk-away values would have to fall to open a zone of agreement.
   *
   * @param perParty each party alone, the others unchanged
   * @param uniformCut the cut of every walk-away value together
   */
  public record Reservations(List<Cut> perParty, double uniformCut) {
    /** Copies the cuts. */
    public Reservations {
      perParty = List.copyOf(perParty);
    }
  }

  /**
   * One party's walk-away value and the value that would open a zone of agreement.
   *
   * @param party the party's index
   * @param possible whether lowering it alone can open the zone
   * @param current its walk-away value now
   * @param required the value that would open the zone
   * @param decrease by how much it would have to fall
   */
  public record Cut(
      int party, boolean possible, double current, double required, double decrease) {}

  /**
   * Two parties trading concessions on two issues, each to both's gain.
   *
   * @param first the first party's index
   * @param second the second party's index
   * @param firstConcedes the issue the first party yields on
   * @param firstFrom the option it yields from
   * @param firstTo the option it yields to
   * @param secondConcedes the issue the second party yields on
   * @param secondFrom the option it yields from
   * @param secondTo the option it yields to
   * @param firstGain the first party's gain
   * @param secondGain the second party's gain
   * @param effects every party's change in utility
   */
  public record Logroll(
      int first,
      int second,
      int firstConcedes,
      int firstFrom,
      int firstTo,
      int secondConcedes,
      int secondFrom,
      int secondTo,
      double firstGain,
      double secondGain,
      List<Double> effects) {
    /** Copies the effects. */
    public Logroll {
      effects = List.copyOf(effects);
    }

    /** Returns the smaller of the two gains. */
    public double minimumGain() {
      return Math.min(firstGain, secondGain);
    }
  }

  /**
   * A pair of issues whose logrolls were not searched.
   *
   * @param first the first issue's index
   * @param second the second issue's index
   * @param optionPairs how many option pairs it has
   */
  public record Unsearched(int first, int second, long optionPairs) {}

  /**
   * The Rubinstein split of a surplus between two actors, the first proposing first.
   *
   * @param first the first actor's id
   * @param second the second actor's id
   * @param firstDiscount the first actor's discount factor per round
   * @param secondDiscount the second actor's discount factor per round
   * @param firstShare the first actor's share
   * @param limitFirstShare the first actor's share as offers quicken
   */
  public record Split(
      String first,
      String second,
      double firstDiscount,
      double secondDiscount,
      double firstShare,
      double limitFirstShare) {}

  /**
   * The analysis with one lever pulled alone.
   *
   * @param lever the lever's id
   * @param report the analysis
   */
  public record Lever(String lever, Bargain report) {}
}
