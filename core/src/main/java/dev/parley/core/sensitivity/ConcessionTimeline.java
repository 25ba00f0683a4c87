package dev.parley.core.sensitivity;

import dev.parley.core.random.Seed;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario round by round under its drifts: walk-away values, capabilities, the zone of
 * agreement, what each party could get, the Nash package and the forecasts, and per party when it
 * concedes (see {@link ConcessionAnalysis}).
 *
 * @param seed the seed stochastic forecasting models received at every round
 * @param rounds the horizon; states cover rounds 0 to {@code rounds}
 * @param roundDays the length of a round in days (the scenario's clock)
 * @param start the scenario's {@code as_of} date, round 0; null if it has none
 * @param concessionOrder the parties by when they concede, first first
 * @param firstDealRound the first round with a zone of agreement, or -1 if none within the horizon
 */
public record ConcessionTimeline(
    Seed seed,
    int rounds,
    double roundDays,
    @Nullable LocalDate start,
    List<Drift> drifts,
    List<RoundState> states,
    List<PartyTiming> parties,
    List<String> concessionOrder,
    int firstDealRound) {
  /** Validates and copies the fields. */
  public ConcessionTimeline {
    Objects.requireNonNull(seed, "seed");
    drifts = List.copyOf(drifts);
    states = List.copyOf(states);
    parties = List.copyOf(parties);
    concessionOrder = List.copyOf(concessionOrder);
  }

  /** Returns the party that concedes first, if there are parties. */
  public Optional<String> firstToConcede() {
    return concessionOrder.stream().findFirst();
  }

  /** Returns the timing of the party with the given id, if it is one. */
  public Optional<PartyTiming> party(String id) {
    return parties.stream().filter(p -> p.party().equals(id)).findFirst();
  }

  /**
   * The scenario at one round.
   *
   * @param complete whether the exact frontier was computed; if not, zone and offers are unknown
   * @param zone whether some package is weakly preferred to walking away by every party
   * @param walkAway each party's reservation value, in profile order
   * @param capability each party's capability
   * @param offers each party's best utility from a package every other party accepts; NaN if none
   * @param nashOutcome the option index per issue of the Nash package; empty without a zone
   * @param nashUtilities each party's utility there; empty without a zone
   * @param forecasts each model's forecast per issue
   */
  public record RoundState(
      int round,
      boolean complete,
      boolean zone,
      List<Double> walkAway,
      List<Double> capability,
      List<Double> offers,
      List<Integer> nashOutcome,
      List<Double> nashUtilities,
      List<ModelForecast> forecasts) {
    /** Validates and copies the fields. */
    public RoundState {
      walkAway = List.copyOf(walkAway);
      capability = List.copyOf(capability);
      offers = List.copyOf(offers);
      nashOutcome = List.copyOf(nashOutcome);
      nashUtilities = List.copyOf(nashUtilities);
      forecasts = List.copyOf(forecasts);
    }
  }

  /**
   * One model's forecast per issue at one round, in the scenario's issue order; NaN on an issue the
   * spatial models leave out (an unordered one).
   */
  public record ModelForecast(String model, List<Double> outcome) {
    /** Validates and copies the fields. */
    public ModelForecast {
      Objects.requireNonNull(model, "model");
      outcome = List.copyOf(outcome);
    }
  }

  /**
   * When one party concedes.
   *
   * @param patience its discount factor per round of the clock (nominal)
   * @param patiencePerYear the same per year
   * @param deadline its deadline, or null
   * @param deadlineRound the round its deadline falls in (the last that begins on or before it), or
   *     -1 if it has none or the scenario has no {@code as_of} date
   * @param holdsOutAtStart whether at round 0 its walk-away value exceeds what the others concede
   * @param concedesAt the first round it does not hold out, or -1 if it holds out to the horizon
   * @param settlesAt the round from its concession to its deadline (or the horizon) that maximises
   *     its discounted offer, or -1 if there is none
   * @param holdsOutAgainAt the first round after its concession at which its walk-away value again
   *     exceeds what the others would concede (its leverage has grown, or theirs has), or -1
   * @param walksAwayAtDeadline whether its deadline comes before it would concede
   */
  public record PartyTiming(
      String party,
      double patience,
      double patiencePerYear,
      @Nullable LocalDate deadline,
      int deadlineRound,
      boolean holdsOutAtStart,
      int concedesAt,
      int settlesAt,
      int holdsOutAgainAt,
      boolean walksAwayAtDeadline) {
    /** Validates the fields. */
    public PartyTiming {
      Objects.requireNonNull(party, "party");
    }
  }
}
