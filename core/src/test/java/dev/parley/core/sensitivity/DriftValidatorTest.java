package dev.parley.core.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.random.Seed;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ScenarioValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drifts must keep their values in range at every round an analysis can reach. */
class DriftValidatorTest {
  private static final IssueId X = IssueId.of("x");
  private static final ActorId A = ActorId.of("a");
  private static final LeverEffect.Parameter CAPABILITY = LeverEffect.Parameter.CAPABILITY;
  private static final LeverEffect.Parameter RESERVATION = LeverEffect.Parameter.RESERVATION;

  private static Scenario scenario(Lever... levers) {
    Issue x =
        new Issue(
            X,
            "X",
            "",
            List.of(new IssueOption("lo", "lo", 0), new IssueOption("hi", "hi", 100)),
            null);
    return new Scenario(
        "t",
        "T",
        "",
        null,
        UtilityModel.DEFAULT,
        List.of(actor("a"), actor("b")),
        List.of(x),
        List.of(profile("a", 0.5, 0.4, 0), profile("b", 0.5, 0.3, 100)),
        List.of(levers),
        List.of());
  }

  private static ActorProfile profile(
      String id, double capability, double reservation, double ideal) {
    return new ActorProfile(
        ActorId.of(id),
        Estimate.assumed(capability),
        Estimate.assumed(reservation),
        Estimate.assumed(0.9),
        null,
        Map.of(X, new IssueStance(Estimate.assumed(ideal), Estimate.assumed(1), Map.of())),
        List.of());
  }

  private static Actor actor(String id) {
    return new Actor(ActorId.of(id), id, ActorKind.STATE, List.of(), List.of());
  }

  private static Drift drift(
      LeverEffect.Parameter parameter, Drift.Change change, double amount, int from) {
    return new Drift(A, parameter, change, amount, from, Basis.unstated());
  }

  private static List<Diagnostic> check(Scenario s, Drift... drifts) {
    assertThat(ScenarioValidator.validate(s)).isEmpty();
    return DriftValidator.validate(new DriftingScenario(s, List.of(drifts)));
  }

  private static List<String> codes(Scenario s, Drift... drifts) {
    return check(s, drifts).stream().map(d -> d.code() + " " + d.where()).toList();
  }

  @Test
  void trendsThatRunIntoTheEndOfTheRange_stopThere_andAreAccepted() {
    // a reservation falling 0.01 a round reaches 0 at round 40 and stays; a capability too
    assertThat(
            check(
                scenario(),
                drift(RESERVATION, Drift.Change.PER_ROUND, -0.01, 0),
                drift(RESERVATION, Drift.Change.PER_ROUND, 0.05, 3),
                drift(CAPABILITY, Drift.Change.PER_ROUND, -0.01, 0),
                drift(CAPABILITY, Drift.Change.MULTIPLY, 0.8, 3)))
        .isEmpty();
  }

  @Test
  void aStepBelowZero_isReportedWithItsRound() {
    List<Diagnostic> found = check(scenario(), drift(CAPABILITY, Drift.Change.ADD, -100, 6));
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("drift-range");
              assertThat(d.where()).hasToString("profiles/a/drift/0/add");
              assertThat(d.message())
                  .contains("capability of 'a' would be -99.5 at round 6")
                  .contains("0.5 + -100 from round 6");
            });
  }

  @Test
  void multiplyingAWalkAwayValueByMinus1_isReported() {
    assertThat(codes(scenario(), drift(RESERVATION, Drift.Change.MULTIPLY, -1, 0)))
        .containsExactly("drift-range profiles/a/drift/0/multiply");
  }

  @Test
  void multiplyingCapabilityBy1e308_isReported() {
    assertThat(codes(scenario(), drift(CAPABILITY, Drift.Change.MULTIPLY, 1e308, 2)))
        .containsExactly("drift-range profiles/a/drift/0/multiply");
  }

  @Test
  void aSetOutOfRange_isReported() {
    assertThat(codes(scenario(), drift(RESERVATION, Drift.Change.SET, 1.5, 2)))
        .containsExactly("drift-range profiles/a/drift/0/set");
  }

  @Test
  void aCapabilityTrendPastTheLargestCapability_isReported() {
    assertThat(codes(scenario(), drift(CAPABILITY, Drift.Change.PER_ROUND, 1e6, 0)))
        .containsExactly("drift-range profiles/a/drift/0/per_round");
  }

  @Test
  void aStepAfterATrend_isCheckedAtEveryRound() {
    // 0.4 + 0.01 t, doubled from round 10: 1 at round 10, 1.02 at round 11
    List<Diagnostic> found =
        check(
            scenario(),
            drift(RESERVATION, Drift.Change.PER_ROUND, 0.01, 0),
            drift(RESERVATION, Drift.Change.MULTIPLY, 2, 10));
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.where()).hasToString("profiles/a/drift/1/multiply");
              assertThat(d.message())
                  .contains("would be 1.02 at round 11 (0.51 × 2 from round 10)");
            });
    // a falling trend under a doubling stays in range... until the trend turns around: never
    assertThat(
            check(
                scenario(),
                drift(RESERVATION, Drift.Change.PER_ROUND, -0.01, 0),
                drift(RESERVATION, Drift.Change.MULTIPLY, 2, 30)))
        .isEmpty();
  }

  @Test
  void aStepThatOnlyALeverPushesOutOfRange_isReportedWithTheLever() {
    Lever raise =
        new Lever(
            LeverId.of("raise"),
            "Raise",
            "",
            List.of(new LeverEffect(A, RESERVATION, null, null, LeverEffect.Operation.ADD, 0.5)),
            Basis.unstated());
    Drift add = drift(RESERVATION, Drift.Change.ADD, 0.2, 4);
    assertThat(check(scenario(), add)).isEmpty();
    assertThat(check(scenario(raise), add))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("with lever 'raise' pulled"));
  }

  @Test
  void everyRoundUpToTheLongestHorizon_isChecked() {
    // 0.4 - t / 4096 falls below 0.25 at round 615 (0.15 · 4096 = 614.4), far past the default
    // horizon; 0.25 less is out of range from then on
    List<Diagnostic> found =
        check(
            scenario(),
            drift(RESERVATION, Drift.Change.PER_ROUND, -1.0 / 4096, 0),
            drift(RESERVATION, Drift.Change.ADD, -0.25, 0));
    assertThat(found)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("at round 615"));
  }

  @Test
  void accepted_driftsLeaveNoNaNInTheConcessionAnalysis() {
    Scenario s = scenario();
    List<Drift> drifts =
        List.of(
            drift(RESERVATION, Drift.Change.PER_ROUND, -0.02, 0),
            drift(CAPABILITY, Drift.Change.PER_ROUND, -0.05, 0));
    assertThat(DriftValidator.validate(new DriftingScenario(s, drifts))).isEmpty();
    ConcessionTimeline t =
        new ConcessionAnalysis(ConcessionAnalysis.MAX_ROUNDS / 100, List.of(), Seed.of(1))
            .analyze(s, drifts);
    for (ConcessionTimeline.RoundState r : t.states()) {
      assertThat(r.walkAway()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
      assertThat(r.capability()).allSatisfy(v -> assertThat(v).isFinite().isNotNegative());
    }
  }
}
