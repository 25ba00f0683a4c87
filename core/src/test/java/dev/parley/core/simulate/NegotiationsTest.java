package dev.parley.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Deadline;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NegotiationsTest {
  private static final IssueId X = IssueId.of("x");

  private static ActorProfile profile(
      String id,
      double patience,
      DiscountPeriod period,
      double ideal,
      @Nullable LocalDate deadline) {
    return new ActorProfile(
        ActorId.of(id),
        Estimate.assumed(1),
        Estimate.assumed(0.2),
        Estimate.assumed(patience),
        deadline == null ? null : new Deadline(deadline, Basis.unstated()),
        Map.of(X, new IssueStance(Estimate.assumed(ideal), Estimate.assumed(1), Map.of())),
        List.of(),
        period);
  }

  private static Scenario scenario(@Nullable LocalDate asOf) {
    return scenario(asOf, 2);
  }

  private static Scenario scenario(@Nullable LocalDate asOf, double roundDays) {
    Issue issue =
        new Issue(
            X,
            "X",
            "",
            List.of(
                new IssueOption("lo", "lo", 0),
                new IssueOption("mid", "mid", 50),
                new IssueOption("hi", "hi", 100)),
            null);
    return new Scenario(
        "s",
        "S",
        "",
        asOf,
        UtilityModel.DEFAULT,
        List.of(
            new Actor(ActorId.of("a"), "A", ActorKind.STATE, List.of(), List.of()),
            new Actor(ActorId.of("b"), "B", ActorKind.STATE, List.of(), List.of())),
        List.of(issue),
        List.of(
            profile("a", 0.9, DiscountPeriod.ROUND, 0, LocalDate.of(2026, 1, 31)),
            profile("b", 0.95, DiscountPeriod.YEAR, 100, null)),
        List.of(),
        List.of(),
        roundDays);
  }

  @Test
  void deadlines_becomeRoundsOfTheScenarioClock() {
    // 30 days after 2026-01-01, in rounds of 2 days: the round that begins on day 30
    Negotiation n = Negotiations.from(scenario(LocalDate.of(2026, 1, 1)), 100);
    assertThat(n.partyDeadline(0)).isEqualTo(15);
    assertThat(n.partyDeadline(1)).isEqualTo(Negotiation.NO_DEADLINE);
    assertThat(n.reservation(0)).isEqualTo(0.2);
    assertThat(n.deadline()).isEqualTo(100);
    assertThat(n.clock().roundDays()).isEqualTo(2);
  }

  @Test
  void patience_isConvertedToTheRound_asItsPeriodSays() {
    // before: a bare number was used per round whatever the round's length
    Negotiation n = Negotiations.from(scenario(LocalDate.of(2026, 1, 1), 30), 100);
    assertThat(n.patience(0)).isEqualTo(0.9);
    assertThat(n.patience(1)).isEqualTo(StrictMath.pow(0.95, 30 / 365.0));
    Negotiation week = Negotiations.from(scenario(LocalDate.of(2026, 1, 1), 7), 100);
    assertThat(week.patience(0)).isEqualTo(0.9);
    assertThat(week.patience(1)).isEqualTo(StrictMath.pow(0.95, 7 / 365.0));
  }

  @Test
  void deadlines_mayLieBeyondTheCap_fallOnRound0WhenPast_andAreIgnoredWithoutADate() {
    // before: a deadline after the cap was clamped to it, which made the cap set the horizon
    assertThat(Negotiations.from(scenario(LocalDate.of(2026, 1, 1)), 10).partyDeadline(0))
        .isEqualTo(15);
    assertThat(Negotiations.from(scenario(LocalDate.of(2026, 3, 1)), 10).partyDeadline(0)).isZero();
    assertThat(Negotiations.from(scenario(null), 40).partyDeadline(0))
        .isEqualTo(Negotiation.NO_DEADLINE);
  }
}
