package dev.parley.core.forecast.smp;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a spatial-model-of-politics run: KTAB's nine model parameters and its stopping
 * rule.
 *
 * <p>The defaults ({@link #ktabDefaults()}) are KTAB's: linear victory probabilities, conditional
 * elections, deterministic transitions, proportional voting, one-third risk adjustment on the
 * middle risk range, semi-committed third parties, S2P2 bargains interpolated from the initiator's
 * view; stop after at least 2 and at most 100 turns once the turn's movement falls below 2 % of the
 * first turn's.
 *
 * @param victory how coalition strengths become a probability of victory
 * @param election how pairwise victory probabilities become the probability of each option
 * @param transitions whether each actor takes the most probable bargain or draws one
 * @param voting how a difference in utility becomes a vote
 * @param riskAdjust how one actor estimates another's risk attitude
 * @param riskRange the range risk attitudes are scaled to
 * @param thirdParty how committed a third party is to the side it joins
 * @param bargain how two actors' positions are interpolated into a bargain
 * @param bargainModel whose view of the challenge shapes the bargain
 * @param minTurns the fewest turns before the stopping rule may fire
 * @param maxTurns the most turns
 * @param stopRatio the run stops when a turn's total movement is below this fraction of the first
 *     turn's
 */
public record SmpParameters(
    VictoryProbability victory,
    ElectionModel election,
    Transitions transitions,
    VotingRule voting,
    RiskAdjust riskAdjust,
    RiskRange riskRange,
    ThirdPartyCommit thirdParty,
    BargainInterpolation bargain,
    BargainModel bargainModel,
    int minTurns,
    int maxTurns,
    double stopRatio) {

  /** Validates the fields. */
  public SmpParameters {
    Objects.requireNonNull(victory, "victory");
    Objects.requireNonNull(election, "election");
    Objects.requireNonNull(transitions, "transitions");
    Objects.requireNonNull(voting, "voting");
    Objects.requireNonNull(riskAdjust, "riskAdjust");
    Objects.requireNonNull(riskRange, "riskRange");
    Objects.requireNonNull(thirdParty, "thirdParty");
    Objects.requireNonNull(bargain, "bargain");
    Objects.requireNonNull(bargainModel, "bargainModel");
    if (minTurns < 1 || maxTurns < minTurns) {
      throw new IllegalArgumentException(
          "expected 1 <= minTurns <= maxTurns, but found " + minTurns + " and " + maxTurns);
    }
    if (!(stopRatio >= 0)) {
      throw new IllegalArgumentException("expected stopRatio >= 0, but found " + stopRatio);
    }
  }

  /** Returns KTAB's default parameters, which its CSV scenarios always use. */
  public static SmpParameters ktabDefaults() {
    return new SmpParameters(
        VictoryProbability.LINEAR,
        ElectionModel.CONDITIONAL,
        Transitions.DETERMINISTIC,
        VotingRule.PROPORTIONAL,
        RiskAdjust.ONE_THIRD,
        RiskRange.MID,
        ThirdPartyCommit.SEMI_COMMIT,
        BargainInterpolation.S2P2,
        BargainModel.INIT_ONLY_INTERP,
        2,
        100,
        0.02);
  }

  /** Returns a copy with other state transitions. */
  public SmpParameters withTransitions(Transitions value) {
    return new SmpParameters(
        victory,
        election,
        value,
        voting,
        riskAdjust,
        riskRange,
        thirdParty,
        bargain,
        bargainModel,
        minTurns,
        maxTurns,
        stopRatio);
  }

  /** Returns a copy with another turn limit. */
  public SmpParameters withMaxTurns(int value) {
    return new SmpParameters(
        victory,
        election,
        transitions,
        voting,
        riskAdjust,
        riskRange,
        thirdParty,
        bargain,
        bargainModel,
        Math.min(minTurns, value),
        value,
        stopRatio);
  }

  /** A setting KTAB names in its XML scenarios. */
  public sealed interface KtabSetting
      permits VictoryProbability,
          ElectionModel,
          Transitions,
          VotingRule,
          RiskAdjust,
          RiskRange,
          ThirdPartyCommit,
          BargainInterpolation,
          BargainModel {
    /** Returns the name KTAB's XML uses for this setting. */
    String ktabName();
  }

  /** How coalition strengths {@code C_ab, C_ba} become the probability that a beats b. */
  public enum VictoryProbability implements KtabSetting {
    /** {@code C_ab / (C_ab + C_ba)}. */
    LINEAR("Linear"),
    /** Squares of the strengths. */
    SQUARE("Square"),
    /** Fourth powers. */
    QUARTIC("Quartic"),
    /** Eighth powers. */
    OCTIC("Octic"),
    /** Certain victory with a 10 % advantage, linear in between. */
    BINARY("Binary");

    private final String ktabName;

    VictoryProbability(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** How pairwise victory probabilities become each option's probability (the PCE model). */
  public enum ElectionModel implements KtabSetting {
    /** {@code p_a ∝ Π_b P[a>b]}. */
    CONDITIONAL("Conditional"),
    /** A Markov chain in which challenges are proportional to their incentive. */
    MARKOV_INCENTIVE("MarkovIncentive"),
    /** A Markov chain in which every option challenges with equal probability. */
    MARKOV_UNIFORM("MarkovUniform");

    private final String ktabName;

    ElectionModel(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** Whether each actor takes its most probable bargain or draws one by its probability. */
  public enum Transitions implements KtabSetting {
    /** The most probable bargain. */
    DETERMINISTIC("Deterministic"),
    /** A bargain drawn by its probability. */
    STOCHASTIC("Stochastic");

    private final String ktabName;

    Transitions(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** How an actor's difference in utility {@code Δ} between two options becomes its vote. */
  public enum VotingRule implements KtabSetting {
    /** {@code w·clip(Δ/1e-8, -1, 1)}. */
    BINARY("Binary"),
    /** {@code w(0.8Δ + 0.2·binary)}. */
    PROP_BIN("PropBin"),
    /** {@code w·Δ}. */
    PROPORTIONAL("Prop"),
    /** {@code w(0.5Δ + 0.5Δ³)}. */
    PROP_CBC("PropCbc"),
    /** {@code w·Δ³}. */
    CUBIC("Cubic"),
    /** {@code w·Δ} for losses, {@code (2/3)w·Δ} for gains. */
    ASYM_PROSP("ASymProsp");

    private final String ktabName;

    VotingRule(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /**
   * How actor h estimates actor i's risk attitude {@code r_hi} from {@code R_h} and {@code R_i}.
   */
  public enum RiskAdjust implements KtabSetting {
    /** {@code R_h}. */
    NONE("None"),
    /** {@code (2R_h + R_i)/3}. */
    ONE_THIRD("OneThird"),
    /** {@code (R_h + R_i)/2}. */
    HALF("Half"),
    /** {@code (R_h + 2R_i)/3}. */
    TWO_THIRDS("TwoThirds"),
    /** {@code R_i}. */
    FULL("Full");

    private final String ktabName;

    RiskAdjust(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** The range risk attitudes are scaled to from the probabilities of the actors' positions. */
  public enum RiskRange implements KtabSetting {
    /** {@code [0, 1]}. */
    MIN("Min"),
    /** {@code [-1/2, 1]}. */
    MID("Mid"),
    /** {@code [-1, 1]}. */
    MAX("Max");

    private final String ktabName;

    RiskRange(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** How committed a third party is to the side it joins in a challenge. */
  public enum ThirdPartyCommit implements KtabSetting {
    /** Its own position counts in every outcome. */
    NO_COMMIT("NoCommit"),
    /** Its own position counts when its side wins. */
    SEMI_COMMIT("SemiCommit"),
    /** It adopts the winner's position. */
    FULL_COMMIT("FullCommit");

    private final String ktabName;

    ThirdPartyCommit(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** How two actors' positions are interpolated into a bargain, dimension by dimension. */
  public enum BargainInterpolation implements KtabSetting {
    /** Weights salience × probability. */
    S1P1("S1P1"),
    /** Weights salience² × probability². */
    S2P2("S2P2"),
    /** Only the weaker actor moves, by its probability deficit and the saliences squared. */
    S2P_MAX("S2PMax");

    private final String ktabName;

    BargainInterpolation(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /** Whose view of a challenge shapes the bargain offered. */
  public enum BargainModel implements KtabSetting {
    /** The initiator's view only. */
    INIT_ONLY_INTERP("InitOnlyInterp"),
    /** Two bargains: the initiator's view and the receiver's. */
    INIT_RCVR_INTERP("InitRcvrInterp"),
    /** One bargain: the capability × salience weighted average of both views. */
    PW_COMP_INTERP("PWCompInterp");

    private final String ktabName;

    BargainModel(String ktabName) {
      this.ktabName = ktabName;
    }

    @Override
    public String ktabName() {
      return ktabName;
    }
  }

  /**
   * Returns the setting of an enum type with the given KTAB name, ignoring case, if there is one.
   */
  public static <E extends Enum<E> & KtabSetting> Optional<E> fromKtabName(
      Class<E> type, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.ktabName().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
