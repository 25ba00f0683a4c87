package dev.parley.core.sensitivity;

import static dev.parley.core.montecarlo.TestScenarios.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Deadline;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Issue;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.montecarlo.TestScenarios;
import dev.parley.core.random.Seed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcessionAnalysisTest {
  /*
   * One issue with options 0, 10, ..., 100; a wants 0, b wants 100, so u_a = 1 − x/100 and
   * u_b = x/100. a walks away at 0.7 and loses 0.05 a round (a battlefield trend against it); b
   * walks away at 0.45. The zone opens when 1 − d_a ≥ 0.45 on the grid: at round 4 (x = 50).
   */
  private static Scenario scenario(LocalDate bDeadline) {
    Issue x = TestScenarios.issue("x", 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    ActorProfile a =
        new ActorProfile(
            ActorId.of("a"),
            point(1),
            point(0.7),
            point(0.9),
            null,
            Map.of(x.id(), TestScenarios.stance(point(0), point(1))),
            List.of(),
            DiscountPeriod.ROUND);
    ActorProfile b =
        new ActorProfile(
            ActorId.of("b"),
            point(1),
            point(0.45),
            point(0.99),
            bDeadline == null ? null : new Deadline(bDeadline, Basis.unstated()),
            Map.of(x.id(), TestScenarios.stance(point(100), point(1))),
            List.of(),
            DiscountPeriod.ROUND);
    return scenario(List.of(a, b), List.of(x));
  }

  private static Scenario scenario(List<ActorProfile> profiles, List<Issue> issues) {
    return new Scenario(
        "t",
        "T",
        "",
        LocalDate.of(2025, 1, 1),
        UtilityModel.DEFAULT,
        profiles.stream().map(p -> TestScenarios.actor(p.actor().value())).toList(),
        issues,
        profiles,
        List.of(),
        List.of());
  }

  private static final List<Drift> TREND =
      List.of(
          new Drift(
              ActorId.of("a"),
              LeverEffect.Parameter.RESERVATION,
              Drift.Change.PER_ROUND,
              -0.05,
              0,
              Basis.unstated()));

  @Test
  void fallingWalkAwayValue_opensTheZoneAndTheLessPatientSideSettlesFirst() {
    ConcessionTimeline t =
        new ConcessionAnalysis(10, List.of(), Seed.of(1)).analyze(scenario(null), TREND);
    assertThat(t.firstDealRound()).isEqualTo(4);
    assertThat(t.states().get(3).zone()).isFalse();
    // at round 4 a's gain at x = 50 is zero, so the Nash product is 0 and selects nothing
    assertThat(t.states().get(4).nashOutcome()).isEmpty();
    assertThat(t.states().get(5).nashOutcome()).containsExactly(5);
    assertThat(t.states().get(2).walkAway().get(0)).isCloseTo(0.6, within(1e-12));
    // at round 0 a could get 0.5 (b needs x ≥ 45) and b 0.3 (a needs x ≤ 30): both hold out
    assertThat(t.states().get(0).offers().get(0)).isCloseTo(0.5, within(1e-12));
    assertThat(t.states().get(0).offers().get(1)).isCloseTo(0.3, within(1e-12));
    ConcessionTimeline.PartyTiming a = t.party("a").orElseThrow();
    ConcessionTimeline.PartyTiming b = t.party("b").orElseThrow();
    assertThat(a.holdsOutAtStart()).isTrue();
    assertThat(a.concedesAt()).isEqualTo(4);
    assertThat(b.concedesAt()).isEqualTo(4);
    // a's offer stays 0.5, so it settles at once; b's offer grows to 0.8 by round 10 faster than
    // 0.99 a round discounts it: 0.99^10 · 0.8 = 0.72 > 0.99^4 · 0.5 = 0.48
    assertThat(a.settlesAt()).isEqualTo(4);
    assertThat(b.settlesAt()).isEqualTo(10);
    assertThat(t.concessionOrder()).containsExactly("a", "b");
    assertThat(a.holdsOutAgainAt()).isEqualTo(-1);
    assertThat(t.firstToConcede()).contains("a");
  }

  @Test
  void deadlineBeforeTheZoneOpens_meansWalkingAway() {
    // 73 days after 1 January falls in round ⌊73 / 30⌋ = 2 (the round that begins on day 60), as
    // simulate places it; before the zone opens at round 4
    ConcessionTimeline t =
        new ConcessionAnalysis(10, List.of(), Seed.of(1))
            .analyze(scenario(LocalDate.of(2025, 3, 15)), TREND);
    ConcessionTimeline.PartyTiming b = t.party("b").orElseThrow();
    assertThat(b.deadlineRound()).isEqualTo(2);
    assertThat(b.walksAwayAtDeadline()).isTrue();
    assertThat(b.settlesAt()).isEqualTo(-1);
  }

  @Test
  void withoutDrift_nobodyConcedes() {
    ConcessionTimeline t =
        new ConcessionAnalysis(5, List.of(), Seed.of(1)).analyze(scenario(null), List.of());
    assertThat(t.firstDealRound()).isEqualTo(-1);
    assertThat(t.parties()).allSatisfy(p -> assertThat(p.concedesAt()).isEqualTo(-1));
  }

  @Test
  void risingWalkAwayValue_makesAPartyHoldOutAgain() {
    // a's walk-away value is set to 0.4 and rises by 0.05 a round; b's is 0.45: a can get 0.5
    // (x = 50), so it accepts until its walk-away value passes 0.5, at round 3
    Drift start =
        new Drift(
            ActorId.of("a"),
            LeverEffect.Parameter.RESERVATION,
            Drift.Change.SET,
            0.4,
            0,
            Basis.unstated());
    Drift trend =
        new Drift(
            ActorId.of("a"),
            LeverEffect.Parameter.RESERVATION,
            Drift.Change.PER_ROUND,
            0.05,
            0,
            Basis.unstated());
    ConcessionTimeline t =
        new ConcessionAnalysis(6, List.of(), Seed.of(1))
            .analyze(scenario(null), List.of(start, trend));
    ConcessionTimeline.PartyTiming a = t.party("a").orElseThrow();
    assertThat(a.concedesAt()).isZero();
    assertThat(a.holdsOutAgainAt()).isEqualTo(3);
    assertThat(t.states().get(2).zone()).isTrue();
    assertThat(t.states().get(3).zone()).isFalse();
  }

  @Test
  void capabilityStep_movesTheForecastFromItsRound() {
    // an aid cut halves a's capability from round 2: the compromise moves from 50 to 100/1.5
    List<Drift> cut =
        List.of(
            new Drift(
                ActorId.of("a"),
                LeverEffect.Parameter.CAPABILITY,
                Drift.Change.MULTIPLY,
                0.5,
                2,
                Basis.unstated()));
    ConcessionTimeline t =
        new ConcessionAnalysis(3, List.of(new CompromiseModel()), Seed.of(1))
            .analyze(scenario(null), cut);
    assertThat(t.states().get(1).forecasts().get(0).outcome().get(0)).isCloseTo(50, within(1e-12));
    assertThat(t.states().get(2).forecasts().get(0).outcome().get(0))
        .isCloseTo(100 / 1.5, within(1e-12));
    assertThat(t.states().get(3).capability().get(0)).isEqualTo(0.5);
  }

  @Test
  void driftsAreClampedToTheParametersRange() {
    Drift d =
        new Drift(
            ActorId.of("a"),
            LeverEffect.Parameter.RESERVATION,
            Drift.Change.PER_ROUND,
            -0.2,
            1,
            Basis.unstated());
    assertThat(d.apply(0.5, 0)).isEqualTo(0.5);
    assertThat(d.apply(0.5, 2)).isCloseTo(0.3, within(1e-15));
    ConcessionTimeline t =
        new ConcessionAnalysis(8, List.of(), Seed.of(1)).analyze(scenario(null), List.of(d));
    assertThat(t.states().get(8).walkAway().get(0)).isZero();
  }

  @Test
  void ties_goToTheLessPatient_thenToTheActorId_neverToTheFileOrder() {
    // c and d are mirror images with the same patience: every key ties but the id. Before, the
    // tie fell to the order of the profiles in the file.
    Issue x = TestScenarios.issue("x", 0, 50, 100);
    ActorProfile c =
        TestScenarios.profile("c", point(1), point(0.2), point(0.9), Map.of(x.id(), stance(0)));
    ActorProfile d =
        TestScenarios.profile("d", point(1), point(0.2), point(0.9), Map.of(x.id(), stance(100)));
    ConcessionAnalysis analysis = new ConcessionAnalysis(3, List.of(), Seed.of(1));
    ConcessionTimeline cd = analysis.analyze(scenario(List.of(c, d), List.of(x)), List.of());
    ConcessionTimeline dc = analysis.analyze(scenario(List.of(d, c), List.of(x)), List.of());
    assertThat(cd.concessionOrder()).containsExactly("c", "d");
    assertThat(dc.concessionOrder()).containsExactly("c", "d");
    assertThat(dc.party("d")).isEqualTo(cd.party("d"));
  }

  @Test
  void patience_isReadOnTheScenarioClock_perYearOrPerRound() {
    // a year of 0.5 is 0.5^(30/365) per 30-day round
    Issue x = TestScenarios.issue("x", 0, 50, 100);
    ActorProfile yearly =
        TestScenarios.profile("y", point(1), point(0.2), point(0.5), Map.of(x.id(), stance(0)));
    ActorProfile monthly =
        new ActorProfile(
            ActorId.of("m"),
            point(1),
            point(0.2),
            point(0.95),
            null,
            Map.of(x.id(), stance(100)),
            List.of(),
            DiscountPeriod.ROUND);
    ConcessionTimeline t =
        new ConcessionAnalysis(2, List.of(), Seed.of(1))
            .analyze(scenario(List.of(yearly, monthly), List.of(x)), List.of());
    assertThat(t.party("y").orElseThrow().patience()).isEqualTo(StrictMath.pow(0.5, 30 / 365.0));
    assertThat(t.party("y").orElseThrow().patiencePerYear()).isEqualTo(0.5);
    assertThat(t.party("m").orElseThrow().patience()).isEqualTo(0.95);
    assertThat(t.party("m").orElseThrow().patiencePerYear())
        .isEqualTo(StrictMath.pow(0.95, 365 / 30.0));
    // 0.5 a year is less patient than 0.95 a month (0.54 a year): y concedes first on the tie
    assertThat(t.concessionOrder()).containsExactly("y", "m");
  }

  private static dev.parley.core.model.IssueStance stance(double ideal) {
    return TestScenarios.stance(point(ideal), point(1));
  }
}
