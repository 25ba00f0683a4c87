package dev.parley.core.sensitivity;

import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.bargain.Ticks;
import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Clock;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.PackageSearch;
import dev.parley.core.montecarlo.ParameterSpace;
import dev.parley.core.montecarlo.SampledScenario;
import dev.parley.core.montecarlo.ScenarioModel;
import dev.parley.core.random.Seed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who concedes first as time passes: the scenario round by round with its drifts, each party's
 * walk-away value against what the others would concede to it, and the spatial forecasts as
 * capabilities shift.
 *
 * <p>At round t every number is nominal except drifted capabilities and reservation values. A
 * party's <em>offer</em> at t is the best utility it can get from a package that every other party
 * weakly prefers to walking away at t (the most the others would concede); utilities of packages do
 * not change with time. A party <em>holds out</em> while its walk-away value exceeds its offer (or
 * no package satisfies the others), and <em>concedes</em> at the first round it does not: from then
 * on it prefers the best deal the others would accept to walking away. Between that round and its
 * deadline (or the horizon) it would <em>settle</em> at the round that maximises its discounted
 * offer δᵗ·offer(t), waiting only while the offers improve faster than its patience discounts them;
 * if its walk-away value later rises above its offer again, it <em>holds out again</em> from that
 * round. Parties are ranked by concession round, then settlement round, then impatience (lower δ
 * first, as in Rubinstein's game the less patient side yields more), then actor id, never the order
 * of the file. Rounds are those of the scenario's {@link Clock}: patience is converted to a
 * discount factor per round, and a deadline (a date) falls in the last round that begins on or
 * before it.
 *
 * <p>This is the one definition of who concedes first: {@code parley uncertainty}, {@code parley
 * simulate} and {@code parley demo} all report it.
 *
 * <p>Comparisons of utilities are made in {@link Ticks}, as in the bargaining analysis. Cost: one
 * exact Pareto frontier (the offers of every round are read from it), and per round one search for
 * the zone and Nash's package ({@link PackageSearch}) and one forecast per model; without drifts
 * every round is round 0 again, and is computed once.
 */
public final class ConcessionAnalysis {
  /** The default horizon, in rounds. */
  public static final int DEFAULT_ROUNDS = 24;

  /** The longest horizon, in rounds; drifts are checked up to it ({@link DriftValidator}). */
  public static final int MAX_ROUNDS = 10_000;

  private final int rounds;
  private final List<Forecaster> models;
  private final Seed seed;

  /**
   * Creates the analysis.
   *
   * @param rounds the horizon: rounds 0 to {@code rounds} of the scenario's clock are analysed, at
   *     most {@value #MAX_ROUNDS}
   * @param models the forecasting models to run at every round
   * @param seed the seed stochastic models receive at every round
   */
  public ConcessionAnalysis(int rounds, List<Forecaster> models, Seed seed) {
    if (rounds < 0 || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException(
          "expected 0 to " + MAX_ROUNDS + " rounds, but found " + rounds);
    }
    this.rounds = rounds;
    this.models = List.copyOf(models);
    this.seed = Objects.requireNonNull(seed, "seed");
  }

  /** Returns the analysis of a scenario and its drifts. */
  public ConcessionTimeline analyze(Scenario scenario, List<Drift> drifts) {
    ScenarioModel model = ScenarioModel.of(scenario, List.of());
    ParameterSpace space = model.parameters();
    List<ActorProfile> profiles = scenario.profiles();
    int k = profiles.size();
    int[] capability = new int[k];
    int[] reservation = new int[k];
    for (int j = 0; j < k; j++) {
      String at = "profiles/" + profiles.get(j).actor().value() + "/";
      capability[j] = space.indexOf(at + "capability");
      reservation[j] = space.indexOf(at + "reservation");
    }
    for (Drift d : drifts) {
      if (scenario.profile(d.actor()).isEmpty()) {
        throw new IllegalArgumentException(
            "expected a drift of an actor with a profile, but found " + d.actor());
      }
    }
    double[] nominal = space.nominal();
    double[] x = nominal.clone();
    SampledScenario sampled = model.sample();
    // the spatial models forecast the ordered issues; the others get NaN (not forecast)
    boolean[] spatial = new boolean[scenario.issues().size()];
    for (int i = 0; i < spatial.length; i++) {
      spatial[i] = scenario.issues().get(i).ordered();
    }
    // the sampled problems list the parties in their own (canonical) order
    int[] at = new int[k];
    for (int j = 0; j < k; j++) {
      at[j] = sampled.party(j);
    }
    // utilities of packages do not change with time: one frontier serves every round's offers
    ParetoFrontier frontier =
        new SequentialMergeParetoFrontier().compute(sampled.bargainingProblem());
    PackageSearch search = new PackageSearch(PackageSearch.DEFAULT_BUDGET);
    List<ConcessionTimeline.RoundState> states = new ArrayList<>();
    boolean[][] holdsOut = new boolean[rounds + 1][k];
    double[][] offers = new double[rounds + 1][k];
    for (int t = 0; t <= rounds; t++) {
      if (t > 0 && drifts.isEmpty()) {
        // nothing changes with time: every round is round 0 again
        ConcessionTimeline.RoundState first = states.getFirst();
        states.add(
            new ConcessionTimeline.RoundState(
                t,
                first.complete(),
                first.zone(),
                first.walkAway(),
                first.capability(),
                first.offers(),
                first.nashOutcome(),
                first.nashUtilities(),
                first.forecasts()));
        holdsOut[t] = holdsOut[0].clone();
        offers[t] = offers[0].clone();
        continue;
      }
      System.arraycopy(nominal, 0, x, 0, x.length);
      for (Drift d : drifts) {
        int j = profiles.indexOf(scenario.profile(d.actor()).orElseThrow());
        int p = d.parameter() == LeverEffect.Parameter.CAPABILITY ? capability[j] : reservation[j];
        x[p] = Math.min(d.max(), Math.max(d.min(), d.apply(x[p], t)));
      }
      sampled.set(x);
      double[] walkAway = new double[k];
      double[] power = new double[k];
      long[] d = new long[k];
      for (int j = 0; j < k; j++) {
        walkAway[j] = x[reservation[j]];
        power[j] = x[capability[j]];
        d[at[j]] = Ticks.of(walkAway[j]);
      }
      search.load(sampled.bargainingProblem());
      boolean complete = frontier.isComplete() && search.searchNash();
      boolean zone = complete && search.deal();
      double[] offer = offers[t];
      double[] canonical = new double[k];
      java.util.Arrays.fill(canonical, Double.NaN);
      if (complete) {
        for (int v = 0; v < frontier.size(); v++) {
          int below = -1;
          int count = 0;
          for (int j = 0; j < k; j++) {
            if (frontier.tick(v, j) < d[j]) {
              below = j;
              count++;
            }
          }
          for (int j = 0; j < k; j++) {
            // a package every party other than j accepts
            if (count == 0 || (count == 1 && below == j)) {
              double u = frontier.utility(v, j);
              if (Double.isNaN(canonical[j]) || u > canonical[j]) {
                canonical[j] = u;
              }
            }
          }
        }
      }
      for (int j = 0; j < k; j++) {
        offer[j] = canonical[at[j]];
      }
      for (int j = 0; j < k; j++) {
        holdsOut[t][j] =
            !complete || Double.isNaN(offer[j]) || Ticks.of(offer[j]) < Ticks.of(walkAway[j]);
      }
      List<Integer> nashOutcome = new ArrayList<>();
      List<Double> nashUtilities = new ArrayList<>();
      if (zone && search.hasNash()) {
        for (int o : search.nashPackage()) {
          nashOutcome.add(o);
        }
        double[] u = search.nashUtilities();
        for (int j = 0; j < k; j++) {
          nashUtilities.add(u[at[j]]);
        }
      }
      List<ConcessionTimeline.ModelForecast> forecasts = new ArrayList<>();
      for (Forecaster f : models) {
        Forecast forecast =
            sampled.spatialProblem().dimensionCount() == 0
                ? null
                : f.forecast(sampled.spatialProblem(), seed);
        forecasts.add(new ConcessionTimeline.ModelForecast(f.name(), perIssue(forecast, spatial)));
      }
      states.add(
          new ConcessionTimeline.RoundState(
              t,
              complete,
              zone,
              boxed(walkAway),
              boxed(power),
              boxed(offer),
              nashOutcome,
              nashUtilities,
              forecasts));
    }
    Clock clock = scenario.clock();
    List<ConcessionTimeline.PartyTiming> parties = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      parties.add(timing(clock, profiles.get(j), j, nominal, space, holdsOut, offers));
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      order.add(j);
    }
    order.sort(
        Comparator.comparingInt((Integer j) -> infinite(parties.get(j).concedesAt()))
            .thenComparingInt(j -> infinite(parties.get(j).settlesAt()))
            .thenComparingDouble(j -> parties.get(j).patience())
            .thenComparing(j -> parties.get(j).party()));
    int firstDeal = -1;
    for (ConcessionTimeline.RoundState s : states) {
      if (s.zone()) {
        firstDeal = s.round();
        break;
      }
    }
    return new ConcessionTimeline(
        seed,
        rounds,
        clock.roundDays(),
        scenario.asOf(),
        drifts,
        states,
        parties,
        order.stream().map(j -> parties.get(j).party()).toList(),
        firstDeal);
  }

  private ConcessionTimeline.PartyTiming timing(
      Clock clock,
      ActorProfile profile,
      int j,
      double[] nominal,
      ParameterSpace space,
      boolean[][] holdsOut,
      double[][] offers) {
    double stated = nominal[space.indexOf("profiles/" + profile.actor().value() + "/patience")];
    double patience = clock.perRound(stated, profile.patiencePeriod());
    LocalDate deadline = profile.deadline() == null ? null : profile.deadline().date();
    int deadlineRound = -1;
    if (deadline != null && clock.asOf() != null) {
      deadlineRound = (int) Math.min(Integer.MAX_VALUE, clock.roundOf(deadline));
    }
    int concedes = -1;
    for (int t = 0; t <= rounds && concedes < 0; t++) {
      if (!holdsOut[t][j]) {
        concedes = t;
      }
    }
    int last = deadlineRound >= 0 ? Math.min(rounds, deadlineRound) : rounds;
    int settles = -1;
    double best = Double.NEGATIVE_INFINITY;
    if (concedes >= 0) {
      for (int t = concedes; t <= last; t++) {
        if (holdsOut[t][j]) {
          continue;
        }
        double value = StrictMath.pow(patience, t) * offers[t][j];
        if (value > best) {
          best = value;
          settles = t;
        }
      }
    }
    int again = -1;
    for (int t = Math.max(0, concedes) + 1; concedes >= 0 && t <= rounds && again < 0; t++) {
      if (holdsOut[t][j]) {
        again = t;
      }
    }
    boolean walksAway = deadlineRound >= 0 && (concedes < 0 || concedes > deadlineRound);
    return new ConcessionTimeline.PartyTiming(
        profile.actor().value(),
        patience,
        clock.perYear(stated, profile.patiencePeriod()),
        deadline,
        deadlineRound,
        holdsOut[0][j],
        concedes,
        settles,
        again,
        walksAway);
  }

  private static int infinite(int round) {
    return round < 0 ? Integer.MAX_VALUE : round;
  }

  /**
   * Returns a forecast over the ordered issues spread over all issues, NaN on the others (on every
   * issue when there is no forecast, because no issue is ordered).
   */
  private static List<Double> perIssue(@Nullable Forecast forecast, boolean[] spatial) {
    List<Double> out = new ArrayList<>(spatial.length);
    int d = 0;
    for (boolean ordered : spatial) {
      out.add(ordered && forecast != null ? forecast.outcome(d++) : Double.NaN);
    }
    return out;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
