package dev.parley.core.forecast.eum;

import dev.parley.core.forecast.Forecast;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bueno de Mesquita's expected-utility model (EUM) of group decisions on one dimension, as
 * reconstructed by Scholz, Calbert and Smith (2011), run dimension by dimension.
 *
 * <p>Each round: the weighted median {@code μ} of the positions is found; every actor's expected
 * utility of challenging every other is computed with all risk exponents 1, which gives each
 * actor's security level, its risk attitude {@code R_i} and exponent {@code r_i = (1 − R_i/3)/(1 +
 * R_i/3)}; the expected utilities are computed again with these exponents; each ordered dyad falls
 * in an octant (conflict, compromise, capitulation, stalemate) by the signs and sizes of the two
 * challengers' expected utilities; each actor accepts the best offer that moves it, and all move at
 * once. The forecast is the final weighted median (or mean). Cost: O(n³) per round and dimension.
 *
 * <p>Expected utility of {@code i} challenging {@code j}, seen by an actor with risk exponent
 * {@code r} (Scholz eqs. 5–7, 15–16, 22–24), with {@code d = |x_i − x_j|/R}:
 *
 * <pre>
 * E U_ij = s·[P_ij U_s + (1 − P_ij) U_f] + (1 − s) U_s − Q U_sq − (1 − Q)[T U_b + (1 − T) U_w]
 * U_s = 2 − 4(0.5 − 0.5d)^r      U_f = 2 − 4(0.5 + 0.5d)^r      U_sq = 2 − 4·0.5^r
 * U_b = 2 − 4(0.5 − 0.25(|x_i − μ|/R + d))^r      U_w = 2 − 4(0.5 + 0.25(|x_i − μ|/R + d))^r
 * </pre>
 *
 * <p>where {@code s} is the responder's salience (or the challenger's, {@link LeadingSalience}).
 * The ambiguities of the reconstruction are options: A1 {@link LeadingSalience}, A2 {@link
 * SecurityLevel}, A3 {@link CompromiseRegion}, A4 {@link OfferChoice} and whether capitulation is
 * reachable; besides them the {@link VictoryProbability}, the {@link Perspective} of the octant
 * test, the {@link RangeRule}, {@code Q}, {@code T} ({@link NoChallengeOutlook}) and the {@link
 * StoppingRule}. Two modes are documented with the references they reproduce: {@link #scholzCode()}
 * and {@link #paper()}.
 *
 * <p>Conventions that no source settles: a dyad of actors holding the same position makes no offer;
 * when every voter is indifferent between two positions the pairwise probability is ½; when all
 * security levels are equal every risk exponent is 1; the median is the lower of two positions that
 * tie.
 *
 * <p>Sources: B. Bueno de Mesquita, "Political forecasting: an expected utility method", in
 * European Community Decision Making (1994); M. Scholz, G. Calbert and G. A. Smith, "Unravelling
 * Bueno de Mesquita's group decision model", Journal of Theoretical Politics 23(4) (2011) and
 * ICAART 2011; the quirks of Scholz's code as documented in
 * jmckib/bdm-scholz-expected-utility-model (2014).
 */
public final class ExpectedUtilityModel implements Forecaster {
  private final String name;
  private final VictoryProbability probability;
  private final LeadingSalience leadingSalience;
  private final SecurityLevel security;
  private final CompromiseRegion compromiseRegion;
  private final OfferChoice offerChoice;
  private final boolean capitulation;
  private final Perspective perspective;
  private final RangeRule range;
  private final double statusQuoProbability;
  private final NoChallengeOutlook outlook;
  private final StoppingRule stopping;
  private final ForecastPoint point;

  private ExpectedUtilityModel(Builder b) {
    this.name = b.name;
    this.probability = b.probability;
    this.leadingSalience = b.leadingSalience;
    this.security = b.security;
    this.compromiseRegion = b.compromiseRegion;
    this.offerChoice = b.offerChoice;
    this.capitulation = b.capitulation;
    this.perspective = b.perspective;
    this.range = b.range;
    this.statusQuoProbability = b.statusQuoProbability;
    this.outlook = b.outlook;
    this.stopping = b.stopping;
    this.point = b.point;
  }

  /**
   * Returns the mode that reproduces Scholz's own code as ported by jmckib, and with it the
   * per-round table of research/anchors-forecasting.md §1.7: {@link
   * VictoryProbability#SCHOLZ_CODE}, {@link OfferChoice#SCHOLZ_CODE}, capitulation unreachable (a
   * typo in the port that the replication depends on), {@link Perspective#RECEIVER}, {@link
   * RangeRule#FIXED}, {@code Q = 1}, responder salience, challengers' security, the figure's
   * compromise octant, 10 rounds, median forecast. Named {@code eum-scholz}.
   */
  public static ExpectedUtilityModel scholzCode() {
    return builder()
        .name("eum-scholz")
        .probability(VictoryProbability.SCHOLZ_CODE)
        .offerChoice(OfferChoice.SCHOLZ_CODE)
        .capitulation(false)
        .perspective(Perspective.RECEIVER)
        .stopping(StoppingRule.rounds(10))
        .build();
  }

  /**
   * Returns the mode that follows Scholz et al.'s paper as printed, with the figure where text and
   * figure disagree: {@link VictoryProbability#PAIRWISE} (eqs. 30–31), {@link
   * OfferChoice#LEAST_MOVEMENT} (§6.2), capitulation reachable (figure 6), {@link Perspective#OWN}
   * (appendix step 11), {@link RangeRule#FIXED}, {@code Q = 1} (the paper's choice for the BdM 1994
   * example), responder salience, challengers' security, 8 rounds (Table 2), median forecast. Named
   * {@code eum-paper}; docs/forecast-models.md compares it with Scholz's Table 2.
   */
  public static ExpectedUtilityModel paper() {
    return builder()
        .name("eum-paper")
        .probability(VictoryProbability.PAIRWISE)
        .offerChoice(OfferChoice.LEAST_MOVEMENT)
        .capitulation(true)
        .perspective(Perspective.OWN)
        .stopping(StoppingRule.rounds(8))
        .build();
  }

  /** Returns a builder that starts from the paper's settings under the name {@code eum}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this model's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.probability = probability;
    b.leadingSalience = leadingSalience;
    b.security = security;
    b.compromiseRegion = compromiseRegion;
    b.offerChoice = offerChoice;
    b.capitulation = capitulation;
    b.perspective = perspective;
    b.range = range;
    b.statusQuoProbability = statusQuoProbability;
    b.outlook = outlook;
    b.stopping = stopping;
    b.point = point;
    return b;
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns how victory probabilities are computed. */
  public VictoryProbability probability() {
    return probability;
  }

  /** Returns whose salience leads a challenge's expected utility (A1). */
  public LeadingSalience leadingSalience() {
    return leadingSalience;
  }

  /** Returns which expected utilities make up security levels (A2). */
  public SecurityLevel security() {
    return security;
  }

  /** Returns where the compromise octant lies (A3). */
  public CompromiseRegion compromiseRegion() {
    return compromiseRegion;
  }

  /** Returns how an actor chooses among offers of one class (A4). */
  public OfferChoice offerChoice() {
    return offerChoice;
  }

  /** Returns whether the capitulation octant moves actors (A4). */
  public boolean capitulation() {
    return capitulation;
  }

  /** Returns whose risk exponent evaluates the two sides of a dyad. */
  public Perspective perspective() {
    return perspective;
  }

  /** Returns how the range {@code R} is set. */
  public RangeRule range() {
    return range;
  }

  /** Returns {@code Q}, the probability that the status quo persists without a challenge. */
  public double statusQuoProbability() {
    return statusQuoProbability;
  }

  /** Returns how {@code T} is set. */
  public NoChallengeOutlook outlook() {
    return outlook;
  }

  /** Returns when a run stops. */
  public StoppingRule stopping() {
    return stopping;
  }

  /** Returns which summary of the final positions is forecast. */
  public ForecastPoint point() {
    return point;
  }

  /**
   * Runs the model on one dimension of a problem, with the actors' capabilities and their saliences
   * of that dimension.
   */
  public ExpectedUtilityRun run(SpatialProblem problem, int dimension) {
    return run(problem, dimension, new ExpectedUtilityEngine(this, problem.actorCount()));
  }

  private ExpectedUtilityRun run(
      SpatialProblem problem, int dimension, ExpectedUtilityEngine engine) {
    engine.load(problem, dimension);
    return engine.run(problem.actors());
  }

  /**
   * Returns the forecast of every dimension, each run on its own. The history holds every actor's
   * positions round by round; a dimension whose run stopped early keeps its last positions. The
   * details give {@code rounds}, the most rounds any dimension ran.
   */
  @Override
  public Forecast forecast(SpatialProblem problem, Seed seed) {
    int n = problem.actorCount();
    int d = problem.dimensionCount();
    ExpectedUtilityEngine engine = new ExpectedUtilityEngine(this, n);
    List<ExpectedUtilityRun> runs = new ArrayList<>(d);
    double[] outcome = new double[d];
    int rounds = 0;
    for (int k = 0; k < d; k++) {
      ExpectedUtilityRun run = run(problem, k, engine);
      runs.add(run);
      outcome[k] = run.forecast();
      rounds = Math.max(rounds, run.rounds().size());
    }
    List<List<List<Double>>> history = new ArrayList<>(rounds + 1);
    for (int t = 0; t <= rounds; t++) {
      List<List<Double>> actors = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        List<Double> position = new ArrayList<>(d);
        for (int k = 0; k < d; k++) {
          ExpectedUtilityRun run = runs.get(k);
          int last = Math.min(t, run.rounds().size());
          position.add(
              last == 0 ? run.initialPositions().get(i) : run.round(last).positions().get(i));
        }
        actors.add(position);
      }
      history.add(actors);
    }
    return new Forecast(
        name, Arrays.stream(outcome).boxed().toList(), history, Map.of("rounds", (double) rounds));
  }

  /**
   * Writes the forecast of every dimension to {@code out[offset, offset + d)}, d the number of
   * dimensions: the same numbers, bit for bit, as {@code forecast(problem, seed).outcome()},
   * without recording any round. This is the path for many forecasts, such as Monte Carlo trials.
   *
   * <p>Each dimension stops at the first round that moves no actor, since every later round would
   * repeat it; the result is the same as running every round.
   */
  public void forecastOutcome(SpatialProblem problem, double[] out, int offset) {
    int d = problem.dimensionCount();
    Objects.checkFromIndexSize(offset, d, out.length);
    ExpectedUtilityEngine engine = new ExpectedUtilityEngine(this, problem.actorCount());
    for (int k = 0; k < d; k++) {
      engine.load(problem, k);
      out[offset + k] = engine.forecast();
    }
  }

  @Override
  public String toString() {
    return name
        + "[probability="
        + probability
        + ", salience="
        + leadingSalience
        + ", security="
        + security
        + ", compromise="
        + compromiseRegion
        + ", offers="
        + offerChoice
        + ", capitulation="
        + capitulation
        + ", perspective="
        + perspective
        + ", range="
        + range
        + ", Q="
        + statusQuoProbability
        + ", T="
        + outlook
        + ", stopping="
        + stopping
        + ", point="
        + point
        + "]";
  }

  /** Settings of an {@link ExpectedUtilityModel}; every setter returns the builder. */
  public static final class Builder {
    private String name = "eum";
    private VictoryProbability probability = VictoryProbability.PAIRWISE;
    private LeadingSalience leadingSalience = LeadingSalience.RESPONDER;
    private SecurityLevel security = SecurityLevel.CHALLENGERS;
    private CompromiseRegion compromiseRegion = CompromiseRegion.FIGURE;
    private OfferChoice offerChoice = OfferChoice.LEAST_MOVEMENT;
    private boolean capitulation = true;
    private Perspective perspective = Perspective.OWN;
    private RangeRule range = RangeRule.FIXED;
    private double statusQuoProbability = 1.0;
    private NoChallengeOutlook outlook = NoChallengeOutlook.CASES;
    private StoppingRule stopping = StoppingRule.rounds(8);
    private ForecastPoint point = ForecastPoint.MEDIAN;

    private Builder() {}

    /** Sets the name the model reports and the command line accepts. */
    public Builder name(String value) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = value;
      return this;
    }

    /** Sets how victory probabilities are computed. */
    public Builder probability(VictoryProbability value) {
      this.probability = Objects.requireNonNull(value);
      return this;
    }

    /** Sets whose salience leads a challenge's expected utility (A1). */
    public Builder leadingSalience(LeadingSalience value) {
      this.leadingSalience = Objects.requireNonNull(value);
      return this;
    }

    /** Sets which expected utilities make up security levels (A2). */
    public Builder security(SecurityLevel value) {
      this.security = Objects.requireNonNull(value);
      return this;
    }

    /** Sets where the compromise octant lies (A3). */
    public Builder compromiseRegion(CompromiseRegion value) {
      this.compromiseRegion = Objects.requireNonNull(value);
      return this;
    }

    /** Sets how an actor chooses among offers of one class (A4). */
    public Builder offerChoice(OfferChoice value) {
      this.offerChoice = Objects.requireNonNull(value);
      return this;
    }

    /** Sets whether the capitulation octant moves actors (A4). */
    public Builder capitulation(boolean value) {
      this.capitulation = value;
      return this;
    }

    /** Sets whose risk exponent evaluates the two sides of a dyad. */
    public Builder perspective(Perspective value) {
      this.perspective = Objects.requireNonNull(value);
      return this;
    }

    /** Sets how the range {@code R} is set. */
    public Builder range(RangeRule value) {
      this.range = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Sets {@code Q}, the probability that the status quo persists if an actor does not challenge.
     *
     * @param value in [0, 1]
     */
    public Builder statusQuoProbability(double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("Q must be in [0, 1], was " + value);
      }
      this.statusQuoProbability = value;
      return this;
    }

    /** Sets how {@code T} is set. */
    public Builder outlook(NoChallengeOutlook value) {
      this.outlook = Objects.requireNonNull(value);
      return this;
    }

    /** Sets when a run stops. */
    public Builder stopping(StoppingRule value) {
      this.stopping = Objects.requireNonNull(value);
      return this;
    }

    /** Sets which summary of the final positions is forecast. */
    public Builder point(ForecastPoint value) {
      this.point = Objects.requireNonNull(value);
      return this;
    }

    /** Returns the model. */
    public ExpectedUtilityModel build() {
      return new ExpectedUtilityModel(this);
    }
  }
}
