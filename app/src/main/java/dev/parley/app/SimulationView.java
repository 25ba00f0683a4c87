package dev.parley.app;

import dev.parley.core.bargain.PartialDeals;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.simulate.AgreementProfile;
import dev.parley.core.simulate.Bid;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.SimulationSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A simulation as {@code parley simulate}'s tables show it: the parties, the first run in detail,
 * the batch and the levers, in app's own records, so that the command line reads them without
 * reaching core (docs/adr/0012). Parties and issues are referred to by their index, as in the
 * simulation.
 *
 * @param title the scenario's title
 * @param id the scenario's id
 * @param protocol the protocol's name: saop, mediator or sessions
 * @param seed the seed of the batch
 * @param runs how many runs were asked for
 * @param rounds the cap on the rounds of a run
 * @param roundDays the days a round lasts
 * @param asOf the scenario's date, or null
 * @param parties the parties, in the negotiation's order
 * @param issues the issues, in the scenario's order
 * @param nash the Nash package, or null when no package beats walking away for every party
 * @param kalaiSmorodinsky the Kalai–Smorodinsky package, or null likewise
 * @param firstRun run 0
 * @param runCount how many runs there are
 * @param meanDistanceToNash the mean distance of the runs' agreements to the Nash package in
 *     utility space; null without a Nash package or without an agreement
 * @param summary what the runs did
 * @param profile what the runs settled on and what each party got
 * @param concession who concedes first, by the scenario's concession analysis
 * @param zoneExists whether, at nominal values, some package beats walking away for every party
 * @param deadlocked why the scenario is deadlocked, or null when it is not
 * @param levers the batch with each lever pulled alone
 */
public record SimulationView(
    String title,
    String id,
    String protocol,
    long seed,
    int runs,
    int rounds,
    double roundDays,
    @Nullable LocalDate asOf,
    List<Party> parties,
    List<IssueOptions> issues,
    @Nullable Deal nash,
    @Nullable Deal kalaiSmorodinsky,
    Run firstRun,
    int runCount,
    @Nullable Double meanDistanceToNash,
    Summary summary,
    Profile profile,
    Concessions concession,
    boolean zoneExists,
    @Nullable Deadlocked deadlocked,
    List<LeverRuns> levers) {
  /** The name of an issue left open by a partial deal. */
  public static final String OPEN = PartialDeals.OPEN;

  /** Copies the lists. */
  public SimulationView {
    parties = List.copyOf(parties);
    issues = List.copyOf(issues);
    levers = List.copyOf(levers);
  }

  /** Returns the view of a finished simulation. */
  public static SimulationView of(SimulateScenario.Report report) {
    Scenario scenario = report.scenario();
    Negotiation n = report.negotiation();
    List<Party> parties = new ArrayList<>();
    for (int j = 0; j < n.partyCount(); j++) {
      String id = n.parties().get(j);
      parties.add(
          new Party(
              id,
              scenario.actor(new ActorId(id)).map(a -> a.name()).orElse(id),
              report.simulation().agents().get(j).name(),
              n.patience(j),
              n.clock().perYear(n.patience(j), DiscountPeriod.ROUND),
              n.reservation(j),
              n.best(j),
              n.partyDeadline(j) == Negotiation.NO_DEADLINE ? null : n.partyDeadline(j),
              n.horizon(j),
              Horizon.valueOf(n.horizonKind(j).name())));
    }
    List<IssueOptions> issues = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      List<String> shown = new ArrayList<>();
      for (int o = 0; o < issue.options().size(); o++) {
        shown.add(issue.display(o));
      }
      issues.add(new IssueOptions(issue.id().value(), shown));
    }
    Bid nash = n.nash().orElse(null);
    Double mean = null;
    if (nash != null) {
      double sum = 0;
      int count = 0;
      for (SimulationRun run : report.runs()) {
        OptionalDouble d = run.distanceTo(nash);
        if (d.isPresent()) {
          sum += d.getAsDouble();
          count++;
        }
      }
      if (count > 0) {
        mean = sum / count;
      }
    }
    List<LeverRuns> levers = new ArrayList<>();
    for (SimulateScenario.LeverBatch l : report.levers()) {
      SimulationSummary summary = l.summary();
      AgreementProfile profile = l.profile();
      ConcessionTimeline concession = l.concession();
      levers.add(
          new LeverRuns(
              l.lever().id().value(),
              summary == null ? null : Summary.of(summary),
              profile == null ? null : Profile.of(profile, issues.size()),
              concession == null ? null : Concessions.of(concession),
              l.errors()));
    }
    SimulateScenario.Settings settings = report.settings();
    return new SimulationView(
        scenario.title(),
        scenario.id(),
        report.simulation().protocol().name(),
        settings.seed(),
        settings.runs(),
        settings.rounds(),
        scenario.roundDays(),
        scenario.asOf(),
        parties,
        issues,
        nash == null ? null : Deal.of(nash),
        n.kalaiSmorodinsky().map(Deal::of).orElse(null),
        Run.of(report.runs().getFirst(), n),
        report.runs().size(),
        mean,
        Summary.of(report.summary()),
        Profile.of(report.profile(), issues.size()),
        Concessions.of(report.concession()),
        report.zoneExists(),
        Deadlocked.of(report.deadlock()),
        levers);
  }

  /**
   * Returns how a report names an option of an issue; {@link #OPEN} for the option past the last,
   * which a partial deal uses for an issue it leaves open.
   */
  public String option(int issue, int option) {
    List<String> shown = issues.get(issue).options();
    return option < shown.size() ? shown.get(option) : OPEN;
  }

  /** What sets the round by which a party's own tactic concedes to its floor. */
  public enum Horizon {
    /** Its patience. */
    PATIENCE,
    /** Its own deadline, which comes first. */
    DEADLINE,
    /** The cap on the rounds. */
    CAP
  }

  /**
   * A party of the negotiation.
   *
   * @param id its actor id
   * @param name its name, or the id when the scenario gives none
   * @param agent the name of the agent that plays it
   * @param patience its discount factor per round
   * @param patiencePerYear its discount factor per year
   * @param reservation what walking away is worth to it, in its utility
   * @param best its best package's utility
   * @param deadline the round of its own deadline, or null without one
   * @param horizon the round by which its own tactic concedes to its floor
   * @param horizonKind what sets that round
   */
  public record Party(
      String id,
      String name,
      String agent,
      double patience,
      double patiencePerYear,
      double reservation,
      double best,
      @Nullable Integer deadline,
      double horizon,
      Horizon horizonKind) {}

  /**
   * An issue and how a report names its options.
   *
   * @param options the options' names, in the scenario's order
   */
  public record IssueOptions(String id, List<String> options) {
    /** Copies the options. */
    public IssueOptions {
      options = List.copyOf(options);
    }
  }

  /**
   * A package: an option per issue and what it is worth to each party.
   *
   * @param options the option of each issue, by index
   * @param utilities each party's utility
   */
  public record Deal(List<Integer> options, List<Double> utilities) {
    /** Copies the lists. */
    public Deal {
      options = List.copyOf(options);
      utilities = List.copyOf(utilities);
    }

    static Deal of(Bid bid) {
      return new Deal(bid.outcomeList(), bid.utilityList());
    }
  }

  /** How a run ended. */
  public enum Ending {
    /** Every party accepted a package. */
    AGREEMENT,
    /** A party walked away. */
    IMPASSE,
    /** The cap on the rounds passed without agreement. */
    DEADLINE
  }

  /**
   * One run.
   *
   * @param ending how it ended
   * @param agreement the package agreed, or null without agreement
   * @param agreedRound the round of the last acceptance (agreement only)
   * @param offerRound the round the accepted offer was made in (agreement only)
   * @param walkedAway the party that walked away (impasse only; -1 otherwise)
   * @param rounds the rounds played
   * @param payoffs each party's payoff, discounted by its patience
   * @param order the order of moves, by party index
   * @param sessions the sessions among subsets of parties (sessions protocol only)
   * @param settled the option settled on each issue, or -1 where none was
   * @param distanceToNash the distance of the agreement to the Nash package, empty without either
   * @param distanceToKalaiSmorodinsky the same to the Kalai–Smorodinsky package
   * @param concessions each party's concession, by party index
   */
  public record Run(
      Ending ending,
      @Nullable Deal agreement,
      int agreedRound,
      int offerRound,
      int walkedAway,
      int rounds,
      List<Double> payoffs,
      List<Integer> order,
      List<Session> sessions,
      List<Integer> settled,
      OptionalDouble distanceToNash,
      OptionalDouble distanceToKalaiSmorodinsky,
      List<Concession> concessions) {
    /** Copies the lists. */
    public Run {
      payoffs = List.copyOf(payoffs);
      order = List.copyOf(order);
      sessions = List.copyOf(sessions);
      settled = List.copyOf(settled);
      concessions = List.copyOf(concessions);
    }

    static Run of(SimulationRun run, Negotiation n) {
      Outcome o = run.outcome();
      List<Session> sessions =
          run.tables().stream()
              .map(t -> new Session(t.parties(), t.issues(), t.offset(), t.isVote()))
              .toList();
      List<Concession> concessions =
          run.concessions(n.partyCount()).stream()
              .map(c -> new Concession(c.party(), c.firstRound(), c.total()))
              .toList();
      OptionalDouble toNash = n.nash().map(run::distanceTo).orElse(OptionalDouble.empty());
      OptionalDouble toKs =
          n.kalaiSmorodinsky().map(run::distanceTo).orElse(OptionalDouble.empty());
      Ending ending;
      Deal agreement = null;
      int agreedRound = -1;
      int offerRound = -1;
      int walkedAway = -1;
      switch (o) {
        case Outcome.Agreement a -> {
          ending = Ending.AGREEMENT;
          agreement = Deal.of(a.bid());
          agreedRound = a.agreedRound();
          offerRound = a.offerRound();
        }
        case Outcome.Impasse i -> {
          ending = Ending.IMPASSE;
          walkedAway = i.party();
        }
        case Outcome.Deadline unused -> ending = Ending.DEADLINE;
      }
      return new Run(
          ending,
          agreement,
          agreedRound,
          offerRound,
          walkedAway,
          o.rounds(),
          o.payoffs(),
          run.order(),
          sessions,
          run.settled(),
          toNash,
          toKs,
          concessions);
    }
  }

  /**
   * A session among a subset of the parties.
   *
   * @param parties the parties at the table, by index
   * @param issues the issues on it, by index
   * @param offset the round it starts in
   * @param vote whether it votes on the whole package
   */
  public record Session(List<Integer> parties, List<Integer> issues, int offset, boolean vote) {
    /** Copies the lists. */
    public Session {
      parties = List.copyOf(parties);
      issues = List.copyOf(issues);
    }
  }

  /**
   * How far below its best a party's demand fell in a run, in its own utility.
   *
   * @param firstRound the round of its first concession, or -1 when it never conceded
   */
  public record Concession(int party, int firstRound, double total) {}

  /**
   * A distribution of counts.
   *
   * @param q1 the first quartile
   * @param q3 the third quartile
   */
  public record Distribution(
      double min, double q1, double median, double q3, double max, double mean) {
    static Distribution of(SimulationSummary.Distribution d) {
      return new Distribution(d.min(), d.q1(), d.median(), d.q3(), d.max(), d.mean());
    }
  }

  /**
   * What a batch of runs did.
   *
   * @param agreementDays the day of each agreement, after {@code as_of}
   * @param agreementsWithin the agreements within the horizon
   * @param agreementRate the share of runs that agreed before the cap
   * @param pAgreementWithin the share of runs that agreed within the horizon
   */
  public record Summary(
      int runs,
      int agreements,
      int impasses,
      int deadlines,
      Distribution rounds,
      Distribution agreementDays,
      double horizonDays,
      int agreementsWithin,
      double agreementRate,
      double pAgreementWithin) {
    static Summary of(SimulationSummary s) {
      return new Summary(
          s.runs(),
          s.agreements(),
          s.impasses(),
          s.deadlines(),
          Distribution.of(s.rounds()),
          Distribution.of(s.agreementDays()),
          s.horizonDays(),
          s.agreementsWithin(),
          s.agreementRate(),
          s.pAgreementWithin());
    }
  }

  /**
   * What a batch's agreements settled on and what each party got.
   *
   * @param optionCounts for each issue, how many agreements chose each option
   * @param expectedUtility each party's mean utility: the agreement's, or walking away's without
   * @param modalOptions each issue's option agreed most often, or -1 without agreements
   * @param modalShares the share of agreements on each issue's modal option, NaN without
   */
  public record Profile(
      int agreements,
      int modalCount,
      List<List<Integer>> optionCounts,
      List<Double> expectedUtility,
      List<Integer> modalOptions,
      List<Double> modalShares) {
    /** Copies the lists. */
    public Profile {
      optionCounts = optionCounts.stream().map(List::copyOf).toList();
      expectedUtility = List.copyOf(expectedUtility);
      modalOptions = List.copyOf(modalOptions);
      modalShares = List.copyOf(modalShares);
    }

    static Profile of(AgreementProfile p, int issues) {
      List<Integer> options = new ArrayList<>();
      List<Double> shares = new ArrayList<>();
      for (int i = 0; i < issues; i++) {
        options.add(p.modalOption(i));
        shares.add(p.modalShare(i));
      }
      return new Profile(
          p.agreements(), p.modalCount(), p.optionCounts(), p.expectedUtility(), options, shares);
    }
  }

  /**
   * Who concedes first, by the scenario's concession analysis.
   *
   * @param order the parties in the order they concede
   * @param first the party that concedes first, or null when nobody does
   */
  public record Concessions(List<String> order, @Nullable String first) {
    /** Copies the order. */
    public Concessions {
      order = List.copyOf(order);
    }

    static Concessions of(ConcessionTimeline t) {
      return new Concessions(t.concessionOrder(), t.firstToConcede().orElse(null));
    }
  }

  /**
   * The batch run again with one lever pulled.
   *
   * @param summary what its runs did, or null when it could not be simulated
   * @param profile what its agreements settled on, or null likewise
   * @param concession who concedes first under it, or null likewise
   * @param errors why it could not be simulated
   */
  public record LeverRuns(
      String id,
      @Nullable Summary summary,
      @Nullable Profile profile,
      @Nullable Concessions concession,
      List<String> errors) {
    /** Copies the errors. */
    public LeverRuns {
      errors = List.copyOf(errors);
    }
  }
}
