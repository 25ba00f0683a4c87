package dev.parley.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.LeverEffect.Operation;
import dev.parley.core.model.LeverEffect.Parameter;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A lever's results must lie in range, like the values as written ({@code lever-range}). */
class LeverRangeTest {
  private static final IssueId X = IssueId.of("x");
  private static final IssueId WAGE = IssueId.of("wage");
  private static final NumericScale PERCENT = new NumericScale(0, 8, 1, "%");

  private static Scenario scenario(LeverEffect... effects) {
    Issue x =
        new Issue(
            X,
            "X",
            "",
            List.of(new IssueOption("lo", "lo", 0), new IssueOption("hi", "hi", 100)),
            null);
    List<IssueOption> percents = new java.util.ArrayList<>();
    for (int k = 0; k <= 8; k++) {
      percents.add(new IssueOption(Integer.toString(k), k + "%", PERCENT.positionOf(k)));
    }
    Issue wage = new Issue(WAGE, "Wage", "", percents, PERCENT);
    ActorProfile a =
        new ActorProfile(
            ActorId.of("a"),
            new Estimate(new Distribution.Uniform(0.4, 0.6, 0.5), Basis.unstated()),
            new Estimate(new Distribution.Uniform(0.25, 0.45, 0.35), Basis.unstated()),
            Estimate.assumed(0.9),
            null,
            Map.of(
                X,
                new IssueStance(
                    Estimate.assumed(0),
                    Estimate.assumed(0.5),
                    Map.of("lo", Estimate.assumed(1), "hi", Estimate.assumed(0.2))),
                WAGE,
                new IssueStance(
                    new Estimate(PERCENT.positionsOf(Distribution.point(6)), Basis.unstated()),
                    Estimate.assumed(0.5),
                    Map.of())),
            List.of());
    ActorProfile b =
        new ActorProfile(
            ActorId.of("b"),
            Estimate.assumed(0.6),
            Estimate.assumed(0.4),
            Estimate.assumed(0.95),
            null,
            Map.of(
                X,
                new IssueStance(Estimate.assumed(100), Estimate.assumed(1), Map.of()),
                WAGE,
                new IssueStance(
                    new Estimate(PERCENT.positionsOf(Distribution.point(2)), Basis.unstated()),
                    Estimate.assumed(0),
                    Map.of())),
            List.of());
    return new Scenario(
        "t",
        "T",
        "",
        null,
        UtilityModel.DEFAULT,
        List.of(actor("a"), actor("b")),
        List.of(x, wage),
        List.of(a, b),
        List.of(
            new Lever(LeverId.of("l"), "L", "", List.of(effects), Basis.unstated()),
            new Lever(
                LeverId.of("fine"),
                "Fine",
                "",
                List.of(effect("a", Parameter.RESERVATION, null, null, Operation.ADD, -0.2)),
                Basis.unstated())),
        List.of());
  }

  private static Actor actor(String id) {
    return new Actor(ActorId.of(id), id, ActorKind.STATE, List.of(), List.of());
  }

  private static LeverEffect effect(
      String actor,
      Parameter parameter,
      @Nullable IssueId issue,
      @Nullable String option,
      Operation operation,
      double amount) {
    return new LeverEffect(ActorId.of(actor), parameter, issue, option, operation, amount);
  }

  private static List<String> codes(Scenario s) {
    return ScenarioValidator.validate(s).stream().map(d -> d.code() + " " + d.where()).toList();
  }

  @Test
  void changesThatStayInRange_areAccepted() {
    Scenario s =
        scenario(
            effect("a", Parameter.CAPABILITY, null, null, Operation.MULTIPLY, 0.5),
            effect("a", Parameter.RESERVATION, null, null, Operation.ADD, 0.5),
            effect("a", Parameter.PATIENCE, null, null, Operation.MULTIPLY, 1.1),
            effect("a", Parameter.SALIENCE, X, null, Operation.ADD, 0.5),
            effect("a", Parameter.UTILITY, X, "hi", Operation.MULTIPLY, 5),
            effect("b", Parameter.IDEAL, X, null, Operation.ADD, -100),
            effect("a", Parameter.IDEAL, WAGE, null, Operation.ADD, 2));
    assertThat(ScenarioValidator.validate(s)).isEmpty();
  }

  @Test
  void addingMinus100ToCapability_isReportedAtTheEffectsAmount() {
    List<Diagnostic> found =
        ScenarioValidator.validate(
            scenario(effect("b", Parameter.CAPABILITY, null, null, Operation.ADD, -100)));
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("lever-range");
              assertThat(d.where()).hasToString("levers/l/effects/0/add");
              assertThat(d.message())
                  .contains("with lever 'l' pulled, capability of 'b' would be -99.4")
                  .contains("[0, 100000000]");
            });
  }

  @Test
  void multiplyingCapabilityBy1e308_isReported() {
    assertThat(
            codes(
                scenario(effect("a", Parameter.CAPABILITY, null, null, Operation.MULTIPLY, 1e308))))
        .containsExactly("lever-range levers/l/effects/0/multiply");
  }

  @Test
  void multiplyingPatienceBy0_isReported() {
    assertThat(codes(scenario(effect("a", Parameter.PATIENCE, null, null, Operation.MULTIPLY, 0))))
        .containsExactly("lever-range levers/l/effects/0/multiply");
  }

  @Test
  void multiplyingAWalkAwayValueByMinus1_isReported() {
    assertThat(
            codes(scenario(effect("b", Parameter.RESERVATION, null, null, Operation.MULTIPLY, -1))))
        .containsExactly("lever-range levers/l/effects/0/multiply");
  }

  @Test
  void theWholeRangeOfAnUncertainValue_mustStayInRange() {
    // [0.25, 0.45] - 0.3 reaches below 0, though the nominal 0.05 does not
    assertThat(codes(scenario(effect("a", Parameter.RESERVATION, null, null, Operation.ADD, -0.3))))
        .containsExactly("lever-range levers/l/effects/0/add");
  }

  @Test
  void effectsOnOneValue_compose_andTheFirstToLeaveTheRangeIsReported() {
    // 0.4 + 0.3 = 0.7, then + 0.4 = 1.1: the second effect leaves [0, 1]
    assertThat(
            codes(
                scenario(
                    effect("b", Parameter.RESERVATION, null, null, Operation.ADD, 0.3),
                    effect("b", Parameter.RESERVATION, null, null, Operation.ADD, 0.4),
                    effect("b", Parameter.RESERVATION, null, null, Operation.ADD, -0.5))))
        .containsExactly("lever-range levers/l/effects/1/add");
  }

  @Test
  void leversArePulledOneAtATime_soTwoThatWouldTogetherLeaveTheRangeAreAccepted() {
    // "fine" takes 0.2 off a's reservation [0.25, 0.45]; "l" another 0.2: each alone stays in range
    Scenario s = scenario(effect("a", Parameter.RESERVATION, null, null, Operation.ADD, -0.2));
    assertThat(ScenarioValidator.validate(s)).isEmpty();
  }

  @Test
  void numericIdeals_areCheckedInTheIssuesUnit() {
    List<Diagnostic> found =
        ScenarioValidator.validate(
            scenario(effect("a", Parameter.IDEAL, WAGE, null, Operation.MULTIPLY, 2)));
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("lever-range");
              assertThat(d.message()).contains("would be 12 %").contains("[0, 8] %");
            });
  }

  @Test
  void utilitiesSaliencesAndIdeals_areChecked() {
    assertThat(
            codes(
                scenario(
                    effect("a", Parameter.UTILITY, X, "lo", Operation.ADD, 0.5),
                    effect("a", Parameter.SALIENCE, X, null, Operation.MULTIPLY, 3),
                    effect("b", Parameter.IDEAL, X, null, Operation.ADD, 1))))
        .containsExactly(
            "lever-range levers/l/effects/0/add",
            "lever-range levers/l/effects/1/multiply",
            "lever-range levers/l/effects/2/add");
  }

  @Test
  void normalisedSaliencesThatALeverBringsToZero_areReported() {
    assertThat(codes(scenario(effect("b", Parameter.SALIENCE, X, null, Operation.MULTIPLY, 0))))
        .containsExactly("lever-range levers/l/effects/0/multiply");
  }

  @Test
  void anAmountSetOutOfRange_isReportedOnceAsBefore() {
    assertThat(codes(scenario(effect("a", Parameter.PATIENCE, null, null, Operation.SET, 0))))
        .containsExactly("patience-range levers/l/effects/0/set");
  }

  @Test
  void capabilityAsWritten_hasTheSameUpperBound() {
    Scenario s = scenario();
    ActorProfile b = s.profiles().get(1);
    Scenario huge =
        new Scenario(
            s.id(),
            s.title(),
            s.description(),
            s.asOf(),
            s.utility(),
            s.actors(),
            s.issues(),
            List.of(
                s.profiles().get(0),
                new ActorProfile(
                    b.actor(),
                    Estimate.assumed(1e300),
                    b.reservation(),
                    b.patience(),
                    null,
                    b.stances(),
                    b.redLines())),
            List.of(),
            List.of());
    assertThat(codes(huge)).containsExactly("capability-range profiles/b/capability");
  }

  @Test
  void aValidatedLever_isAppliedWithoutClamping() {
    // what validation accepts, Levers.apply does not need to clamp: the nominal moves exactly
    Scenario s = scenario(effect("b", Parameter.RESERVATION, null, null, Operation.ADD, 0.5));
    assertThat(ScenarioValidator.validate(s)).isEmpty();
    Scenario pulled = Levers.apply(s, List.of(LeverId.of("l")));
    assertThat(pulled.profiles().get(1).reservation().distribution().nominal()).isEqualTo(0.9);
  }
}
