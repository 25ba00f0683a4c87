package dev.parley.app;

import dev.parley.core.model.Issue;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.BargainingDistribution;
import dev.parley.core.montecarlo.ForecastDistribution;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.montecarlo.SampleSummary;
import dev.parley.core.montecarlo.SimulationDistribution;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.SobolResult;
import dev.parley.core.sensitivity.TornadoResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario under uncertainty as {@code parley uncertainty}'s table shows it: the distributions of
 * the forecasts, the zone of agreement and the simulated talks over the Monte Carlo trials, each
 * lever beside the baseline, the sensitivity and who concedes first, in app's own records, so that
 * the command line reads them without reaching core (docs/adr/0012).
 *
 * @param title the scenario's title
 * @param id the scenario's id
 * @param asOf the scenario's date, or null
 * @param parties the actors with a profile, by id
 * @param issues the scenario's issues
 * @param certain whether nothing in the scenario is uncertain, so that one trial was run
 * @param trialsAsked how many trials per variant were asked for
 * @param horizonDays the horizon of {@code p_agreement_within}, in days after as_of
 * @param deadlocked why the scenario is deadlocked at nominal values, or null when it is not
 * @param dealOutput the output that is 1 in trials with a zone of agreement; null when trials do
 *     not bargain
 * @param marginOutput the deal-margin output; null when trials do not bargain
 * @param base the baseline's trials
 * @param outputs the names of the outputs compared across the levers
 * @param nominal the baseline's outputs at nominal values, in the order of {@code outputs}
 * @param levers each lever pulled alone, beside the baseline
 * @param tornado the tornado, or null when not asked for
 * @param sobol the Sobol indices, or null when not asked for
 * @param timeline who concedes first as time passes
 * @param separate the simulated trials of a separate run for {@code p_agreement_within}, or null
 */
public record UncertaintyView(
    String title,
    String id,
    @Nullable LocalDate asOf,
    List<String> parties,
    List<IssueView> issues,
    boolean certain,
    int trialsAsked,
    double horizonDays,
    @Nullable Deadlocked deadlocked,
    @Nullable String dealOutput,
    @Nullable String marginOutput,
    Trials base,
    List<String> outputs,
    List<Double> nominal,
    List<Lever> levers,
    @Nullable Tornado tornado,
    @Nullable Sobol sobol,
    Timeline timeline,
    @Nullable Simulated separate) {
  /** Copies the lists. */
  public UncertaintyView {
    parties = List.copyOf(parties);
    issues = List.copyOf(issues);
    Objects.requireNonNull(base, "base");
    outputs = List.copyOf(outputs);
    nominal = List.copyOf(nominal);
    levers = List.copyOf(levers);
    Objects.requireNonNull(timeline, "timeline");
  }

  /** Returns the view of a report. */
  public static UncertaintyView of(AnalyzeUncertainty.Report report) {
    return of(report, null);
  }

  /**
   * Returns the view of a report, with {@code p_agreement_within} from a separate run of simulated
   * trials when the report's own trials did not simulate.
   */
  public static UncertaintyView of(
      AnalyzeUncertainty.Report report, @Nullable SimulationDistribution separate) {
    Scenario scenario = report.scenario();
    List<IssueView> issues = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      NumericScale scale = issue.numeric();
      List<String> ids = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (int o = 0; o < issue.options().size(); o++) {
        ids.add(issue.options().get(o).id());
        shown.add(issue.display(o));
      }
      issues.add(
          new IssueView(
              issue.id().value(),
              scale == null ? null : scale.format(scale.min()),
              scale == null ? null : scale.format(scale.max()),
              ids,
              shown));
    }
    LeverComparisonResult levers = report.levers();
    List<Lever> pulled = new ArrayList<>();
    for (LeverComparisonResult.LeverVariant l : levers.levers()) {
      List<Difference> differences = new ArrayList<>();
      for (LeverComparisonResult.OutputDifference d : l.differences()) {
        differences.add(
            new Difference(
                d.output(),
                d.difference(),
                d.standardError(),
                d.nominalBaseline(),
                d.nominalPulled()));
      }
      pulled.add(new Lever(l.lever().value(), Trials.of(l.variant().result()), differences));
    }
    TornadoResult tornado = report.tornado();
    SobolResult sobol = report.sobol();
    return new UncertaintyView(
        scenario.title(),
        scenario.id(),
        scenario.asOf(),
        scenario.profiles().stream().map(p -> p.actor().value()).toList(),
        issues,
        report.certain(),
        report.options().trials(),
        report.options().horizonDays(),
        Deadlocked.of(report.deadlock()),
        report.dealOutput(),
        report.marginOutput(),
        Trials.of(levers.baseline().result()),
        levers.outputs(),
        levers.baseline().nominal(),
        pulled,
        tornado == null ? null : Tornado.of(tornado, report),
        sobol == null ? null : Sobol.of(sobol, report),
        Timeline.of(report.timeline()),
        separate == null ? null : Simulated.of(separate));
  }

  /**
   * Returns how a report names an option of an issue, both by id; the option itself when the issue
   * or the option is not the scenario's.
   */
  public String display(String issue, String option) {
    for (IssueView i : issues) {
      if (i.id().equals(issue)) {
        int o = i.optionIds().indexOf(option);
        return o < 0 ? option : i.options().get(o);
      }
    }
    return option;
  }

  /**
   * An issue of the scenario.
   *
   * @param id its id
   * @param numericMin for a numeric issue, its lowest value with the unit; null otherwise
   * @param numericMax for a numeric issue, its highest value with the unit; null otherwise
   * @param optionIds its options' ids
   * @param options how a report names each option, in the same order
   */
  public record IssueView(
      String id,
      @Nullable String numericMin,
      @Nullable String numericMax,
      List<String> optionIds,
      List<String> options) {
    /** Copies the options. */
    public IssueView {
      optionIds = List.copyOf(optionIds);
      options = List.copyOf(options);
    }
  }

  /**
   * How many trials out of how many had some property.
   *
   * @param count the trials that had it
   * @param total the trials
   * @param share {@code count / total}; NaN without trials
   * @param standardError the binomial standard error of the share; NaN without trials
   */
  public record Share(long count, long total, double share, double standardError) {
    static Share of(dev.parley.core.montecarlo.Proportion p) {
      return new Share(p.count(), p.total(), p.share(), p.standardError());
    }
  }

  /**
   * A summary of a sample over the trials.
   *
   * @param n the sample's size
   * @param mean its mean
   * @param standardError the standard error of the mean
   * @param q05 its 5% quantile
   * @param q25 its 25% quantile
   * @param median its median
   * @param q75 its 75% quantile
   * @param q95 its 95% quantile
   */
  public record Summary(
      long n,
      double mean,
      double standardError,
      double q05,
      double q25,
      double median,
      double q75,
      double q95) {
    static Summary of(SampleSummary s) {
      return new Summary(
          s.n(), s.mean(), s.standardError(), s.q05(), s.q25(), s.median(), s.q75(), s.q95());
    }
  }

  /**
   * One variant's Monte Carlo trials.
   *
   * @param seed the seed
   * @param trials how many trials ran
   * @param parameters how many numbers the profiles have
   * @param uncertain how many of them are uncertain
   * @param forecasts each model's forecasts
   * @param bargaining the zone of agreement and the selected packages, when trials bargain
   * @param simulations the simulated talks, when trials simulate
   */
  public record Trials(
      long seed,
      int trials,
      int parameters,
      int uncertain,
      List<Forecast> forecasts,
      List<Bargaining> bargaining,
      List<Simulated> simulations) {
    /** Copies the lists. */
    public Trials {
      forecasts = List.copyOf(forecasts);
      bargaining = List.copyOf(bargaining);
      simulations = List.copyOf(simulations);
    }

    static Trials of(MonteCarloResult r) {
      return new Trials(
          r.seed().value(),
          r.trials(),
          r.parameters(),
          r.uncertain(),
          r.forecasts().stream().map(Forecast::of).toList(),
          r.bargaining().stream().map(Bargaining::of).toList(),
          r.simulations().stream().map(Simulated::of).toList());
    }
  }

  /**
   * One model's forecasts over the trials.
   *
   * @param analysis the analysis's name, which prefixes its outputs
   * @param model the model's name
   * @param issues each issue's outcome
   */
  public record Forecast(String analysis, String model, List<IssueOutcome> issues) {
    /** Copies the issues. */
    public Forecast {
      issues = List.copyOf(issues);
    }

    static Forecast of(ForecastDistribution f) {
      List<IssueOutcome> issues = new ArrayList<>();
      for (ForecastDistribution.IssueOutcome o : f.issues()) {
        issues.add(
            new IssueOutcome(
                o.issue(),
                Summary.of(o.outcome()),
                o.forbiddenShare(),
                o.nearest().stream().map(OptionShare::of).toList(),
                o.allowed().stream().map(OptionShare::of).toList()));
      }
      return new Forecast(f.analysis(), f.model(), issues);
    }
  }

  /**
   * A forecast's outcome on one issue over the trials.
   *
   * @param issue the issue's id
   * @param outcome the forecast on the 0–100 scale
   * @param forbiddenShare the share of trials whose nearest option some red line forbids
   * @param nearest how often each option is the nearest
   * @param allowed how often each option no red line forbids is the nearest such
   */
  public record IssueOutcome(
      String issue,
      Summary outcome,
      double forbiddenShare,
      List<OptionShare> nearest,
      List<OptionShare> allowed) {
    /** Copies the lists. */
    public IssueOutcome {
      nearest = List.copyOf(nearest);
      allowed = List.copyOf(allowed);
    }
  }

  /**
   * How often a forecast lands nearest one option.
   *
   * @param option the option's id
   * @param share the trials
   * @param forbiddenBy the actors whose red lines forbid it
   */
  public record OptionShare(String option, Share share, List<String> forbiddenBy) {
    /** Copies the actors. */
    public OptionShare {
      forbiddenBy = List.copyOf(forbiddenBy);
    }

    static OptionShare of(ForecastDistribution.OptionShare s) {
      return new OptionShare(
          s.option(), Share.of(s.share()), s.forbiddenBy().stream().map(a -> a.value()).toList());
    }
  }

  /**
   * The zone of agreement and the selected package over the trials.
   *
   * @param concept the solution concept that selects the package
   * @param undetermined the trials whose exact frontier passed its size limit
   * @param deal the trials with a zone of agreement
   * @param margin the best package's smallest gain over walking away
   * @param selected the trials with a selected package
   * @param distinctPackages how many distinct packages were selected
   * @param packages the most frequent packages, most frequent first
   * @param utilities each party's utility at the selected package
   */
  public record Bargaining(
      String concept,
      long undetermined,
      Share deal,
      Summary margin,
      Share selected,
      int distinctPackages,
      List<PackageShare> packages,
      List<PartyUtility> utilities) {
    /** Copies the lists. */
    public Bargaining {
      packages = List.copyOf(packages);
      utilities = List.copyOf(utilities);
    }

    static Bargaining of(BargainingDistribution b) {
      return new Bargaining(
          b.concept(),
          b.undetermined(),
          Share.of(b.deal()),
          Summary.of(b.margin()),
          Share.of(b.selected()),
          b.distinctPackages(),
          b.packages().stream()
              .map(p -> new PackageShare(p.options(), Share.of(p.share())))
              .toList(),
          b.utilities().stream()
              .map(u -> new PartyUtility(u.party(), Summary.of(u.utility())))
              .toList());
    }
  }

  /**
   * A package and how often it was selected.
   *
   * @param options the option on each issue
   * @param share the trials
   */
  public record PackageShare(List<String> options, Share share) {
    /** Copies the options. */
    public PackageShare {
      options = List.copyOf(options);
    }
  }

  /**
   * A party's utility at the selected package over the trials.
   *
   * @param party the party's id
   * @param utility its utility
   */
  public record PartyUtility(String party, Summary utility) {}

  /**
   * The simulated talks over the trials.
   *
   * @param analysis the analysis's name, which prefixes its outputs
   * @param agreement the trials whose talks agree before the cap
   * @param agreementDays the day of agreement
   * @param horizonDays the horizon of {@code p_agreement_within}
   * @param within the trials whose talks agree within the horizon
   * @param capDays the day of the cap on the rounds
   */
  public record Simulated(
      String analysis,
      Share agreement,
      Summary agreementDays,
      double horizonDays,
      Share within,
      double capDays) {
    static Simulated of(SimulationDistribution s) {
      return new Simulated(
          s.analysis(),
          Share.of(s.agreement()),
          Summary.of(s.agreementDays()),
          s.horizonDays(),
          Share.of(s.within()),
          s.capDays());
    }
  }

  /**
   * One lever pulled alone beside the baseline.
   *
   * @param lever the lever's id
   * @param result the trials with the lever pulled
   * @param differences each output's change, paired trial by trial
   */
  public record Lever(String lever, Trials result, List<Difference> differences) {
    /** Copies the differences. */
    public Lever {
      differences = List.copyOf(differences);
    }

    /** Returns the change of one output, if it is compared. */
    public Optional<Difference> difference(String output) {
      return differences.stream().filter(d -> d.output().equals(output)).findFirst();
    }
  }

  /**
   * The change of one output when a lever is pulled.
   *
   * @param output the output's name
   * @param difference the mean change over the trials
   * @param standardError its standard error
   * @param nominalBaseline the output at nominal values, baseline
   * @param nominalPulled the output at nominal values, lever pulled
   */
  public record Difference(
      String output,
      double difference,
      double standardError,
      double nominalBaseline,
      double nominalPulled) {}

  /**
   * Each uncertain number alone at a low and a high quantile, the others nominal.
   *
   * @param low the low quantile
   * @param high the high quantile
   * @param outputs each output's bars, largest swing first
   */
  public record Tornado(double low, double high, List<TornadoOutput> outputs) {
    /** Copies the outputs. */
    public Tornado {
      outputs = List.copyOf(outputs);
    }

    static Tornado of(TornadoResult t, AnalyzeUncertainty.Report report) {
      List<TornadoOutput> outputs = new ArrayList<>();
      for (TornadoResult.OutputTornado o : t.outputs()) {
        outputs.add(
            new TornadoOutput(
                o.output(),
                AnalyzeUncertainty.isSensitivityTarget(o.output(), report),
                o.nominal(),
                o.bars().stream()
                    .map(b -> new Bar(b.parameter(), b.swing(), b.outputAtLow(), b.outputAtHigh()))
                    .toList()));
      }
      return new Tornado(t.low(), t.high(), outputs);
    }
  }

  /**
   * One output's tornado.
   *
   * @param output the output's name
   * @param target whether the table shows it: a result the report was asked for
   * @param nominal the output at nominal values
   * @param bars each parameter's swing
   */
  public record TornadoOutput(String output, boolean target, double nominal, List<Bar> bars) {
    /** Copies the bars. */
    public TornadoOutput {
      bars = List.copyOf(bars);
    }
  }

  /**
   * One parameter's swing of an output.
   *
   * @param parameter the parameter's path
   * @param swing the absolute change between low and high
   * @param outputAtLow the output with the parameter at its low quantile
   * @param outputAtHigh the output with the parameter at its high quantile
   */
  public record Bar(String parameter, double swing, double outputAtLow, double outputAtHigh) {}

  /**
   * Sobol indices of the outputs.
   *
   * @param samples the base samples
   * @param evaluations the model evaluations
   * @param bootstrap the bootstrap resamples
   * @param confidence the level of the bootstrap intervals
   * @param outputs each output's indices
   */
  public record Sobol(
      int samples, int evaluations, int bootstrap, double confidence, List<SobolOutput> outputs) {
    /** Copies the outputs. */
    public Sobol {
      outputs = List.copyOf(outputs);
    }

    static Sobol of(SobolResult s, AnalyzeUncertainty.Report report) {
      List<SobolOutput> outputs = new ArrayList<>();
      for (SobolResult.OutputIndices o : s.outputs()) {
        outputs.add(
            new SobolOutput(
                o.output(),
                AnalyzeUncertainty.isSensitivityTarget(o.output(), report),
                o.variance(),
                o.indices().stream()
                    .map(
                        i ->
                            new Index(
                                i.parameter(),
                                i.first(),
                                i.firstLow(),
                                i.firstHigh(),
                                i.total(),
                                i.totalLow(),
                                i.totalHigh()))
                    .toList()));
      }
      return new Sobol(s.samples(), s.evaluations(), s.bootstrap(), s.confidence(), outputs);
    }
  }

  /**
   * One output's Sobol indices.
   *
   * @param output the output's name
   * @param target whether the table shows it: a result the report was asked for
   * @param variance the output's variance
   * @param indices each parameter's indices
   */
  public record SobolOutput(String output, boolean target, double variance, List<Index> indices) {
    /** Copies the indices. */
    public SobolOutput {
      indices = List.copyOf(indices);
    }
  }

  /**
   * One parameter's first-order and total Sobol indices with their intervals.
   *
   * @param parameter the parameter's path
   * @param first the first-order index
   * @param firstLow its interval's low end
   * @param firstHigh its interval's high end
   * @param total the total index
   * @param totalLow its interval's low end
   * @param totalHigh its interval's high end
   */
  public record Index(
      String parameter,
      double first,
      double firstLow,
      double firstHigh,
      double total,
      double totalLow,
      double totalHigh) {}

  /**
   * Who concedes first as time passes, at nominal values with the scenario's drifts.
   *
   * @param rounds the last round
   * @param roundDays the days a round lasts
   * @param start the date of round 0, or null
   * @param drifts the scenario's drifts
   * @param parties each party's timing
   * @param concessionOrder the parties in the order they concede
   * @param firstDealRound the first round with a zone of agreement, negative without one
   * @param states each round's walk-away values and best offers
   */
  public record Timeline(
      int rounds,
      double roundDays,
      @Nullable LocalDate start,
      List<Drift> drifts,
      List<PartyTiming> parties,
      List<String> concessionOrder,
      int firstDealRound,
      List<RoundState> states) {
    /** Copies the lists. */
    public Timeline {
      drifts = List.copyOf(drifts);
      parties = List.copyOf(parties);
      concessionOrder = List.copyOf(concessionOrder);
      states = List.copyOf(states);
    }

    static Timeline of(ConcessionTimeline t) {
      return new Timeline(
          t.rounds(),
          t.roundDays(),
          t.start(),
          t.drifts().stream()
              .map(
                  d ->
                      new Drift(
                          d.actor().value(),
                          d.parameter().name().toLowerCase(Locale.ROOT),
                          Change.valueOf(d.change().name()),
                          d.amount(),
                          d.fromRound()))
              .toList(),
          t.parties().stream()
              .map(
                  p ->
                      new PartyTiming(
                          p.party(),
                          p.patiencePerYear(),
                          p.deadline(),
                          p.deadlineRound(),
                          p.holdsOutAtStart(),
                          p.concedesAt(),
                          p.settlesAt(),
                          p.holdsOutAgainAt(),
                          p.walksAwayAtDeadline()))
              .toList(),
          t.concessionOrder(),
          t.firstDealRound(),
          t.states().stream()
              .map(s -> new RoundState(s.round(), s.zone(), s.walkAway(), s.offers()))
              .toList());
    }
  }

  /** How a drift changes a number. */
  public enum Change {
    /** By an amount each round. */
    PER_ROUND,
    /** To a value. */
    SET,
    /** By an amount, once. */
    ADD,
    /** By a factor, once. */
    MULTIPLY
  }

  /**
   * A change of one actor's number from some round on.
   *
   * @param actor the actor's id
   * @param parameter the number's name, in lower case
   * @param change how it changes
   * @param amount by how much, or to what
   * @param fromRound the round it starts
   */
  public record Drift(
      String actor, String parameter, Change change, double amount, int fromRound) {}

  /**
   * When one party holds out, concedes and settles.
   *
   * @param party the party's id
   * @param patiencePerYear its discount factor per year
   * @param deadline its deadline, or null
   * @param deadlineRound the round of its deadline, negative without one
   * @param holdsOutAtStart whether it holds out at round 0
   * @param concedesAt the round it concedes, negative for never
   * @param settlesAt the round it settles, negative for never
   * @param holdsOutAgainAt the round it holds out again, negative for never
   * @param walksAwayAtDeadline whether it walks away at its deadline
   */
  public record PartyTiming(
      String party,
      double patiencePerYear,
      @Nullable LocalDate deadline,
      int deadlineRound,
      boolean holdsOutAtStart,
      int concedesAt,
      int settlesAt,
      int holdsOutAgainAt,
      boolean walksAwayAtDeadline) {}

  /**
   * One round of the timeline.
   *
   * @param round the round
   * @param zone whether there is a zone of agreement
   * @param walkAway each party's walk-away value
   * @param offers the best each party's counterparts would concede
   */
  public record RoundState(int round, boolean zone, List<Double> walkAway, List<Double> offers) {
    /** Copies the lists. */
    public RoundState {
      walkAway = List.copyOf(walkAway);
      offers = List.copyOf(offers);
    }
  }
}
