package dev.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionPlacementTest {
  private static final IssueId GUARANTEES = IssueId.of("guarantees");
  private static final ActorId EAST = ActorId.of("east");
  private static final ActorId WEST = ActorId.of("west");

  private static Scenario scenario(Set<String> eastRejects, Set<String> westRejects) {
    Issue issue =
        new Issue(
            GUARANTEES,
            "Guarantees",
            "",
            List.of(
                new IssueOption("alliance", "alliance", 0),
                new IssueOption("force", "force", 25),
                new IssueOption("buffer", "buffer", 55),
                new IssueOption("co-guarantee", "co-guarantee", 80),
                new IssueOption("none", "none", 100)),
            null);
    return new Scenario(
        "t",
        "T",
        "",
        null,
        UtilityModel.DEFAULT,
        List.of(
            new Actor(EAST, "East", ActorKind.STATE, List.of(), List.of()),
            new Actor(WEST, "West", ActorKind.STATE, List.of(), List.of())),
        List.of(issue),
        List.of(profile(EAST, 100, eastRejects), profile(WEST, 0, westRejects)),
        List.of(),
        List.of());
  }

  private static ActorProfile profile(ActorId actor, double ideal, Set<String> rejects) {
    return new ActorProfile(
        actor,
        Estimate.assumed(1),
        Estimate.assumed(0),
        Estimate.assumed(1),
        null,
        Map.of(GUARANTEES, new IssueStance(Estimate.assumed(ideal), Estimate.assumed(1), Map.of())),
        rejects.isEmpty()
            ? List.of()
            : List.of(new RedLine(GUARANTEES, rejects, "", Basis.unstated())));
  }

  @Test
  void aForecastOnAForbiddenOption_isFlaggedWithWhoForbidsIt_andMovedToTheNearestAllowed() {
    OptionPlacement p =
        OptionPlacement.of(scenario(Set.of("alliance", "force"), Set.of("none", "co-guarantee")));
    OptionPlacement.PlacedOutcome at16 = p.place(GUARANTEES, 16);
    assertThat(at16.nearest()).isEqualTo("force");
    assertThat(at16.feasible()).isFalse();
    assertThat(at16.forbiddenBy()).containsExactly(EAST);
    assertThat(at16.option()).isEqualTo("buffer");
    assertThat(at16.position()).isEqualTo(16);

    OptionPlacement.PlacedOutcome at99 = p.place(GUARANTEES, 99);
    assertThat(at99.nearest()).isEqualTo("none");
    assertThat(at99.forbiddenBy()).containsExactly(WEST);
    assertThat(at99.option()).isEqualTo("buffer");
  }

  @Test
  void aForecastOnAnAllowedOption_isFeasible() {
    OptionPlacement p = OptionPlacement.of(scenario(Set.of("alliance"), Set.of("none")));
    OptionPlacement.PlacedOutcome at30 = p.place(GUARANTEES, 30);
    assertThat(at30.nearest()).isEqualTo("force");
    assertThat(at30.option()).isEqualTo("force");
    assertThat(at30.feasible()).isTrue();
    assertThat(at30.forbiddenBy()).isEmpty();
  }

  @Test
  void whenTheRedLinesLeaveNoOption_thereIsNoAllowedOption() {
    OptionPlacement p =
        OptionPlacement.of(
            scenario(Set.of("alliance", "force", "buffer"), Set.of("none", "co-guarantee")));
    OptionPlacement.PlacedOutcome at50 = p.place(GUARANTEES, 50);
    assertThat(at50.nearest()).isEqualTo("buffer");
    assertThat(at50.option()).isNull();
    assertThat(at50.feasible()).isFalse();
  }

  @Test
  void equallyNearOptions_resolveToTheFirstInTheIssuesOrder() {
    OptionPlacement p = OptionPlacement.of(scenario(Set.of(), Set.of()));
    assertThat(p.place(GUARANTEES, 12.5).nearest()).isEqualTo("alliance");
  }

  @Test
  void anIssueOutsideTheScenario_isAProgrammerError() {
    OptionPlacement p = OptionPlacement.of(scenario(Set.of(), Set.of()));
    assertThatThrownBy(() -> p.place(IssueId.of("other"), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
  }
}
