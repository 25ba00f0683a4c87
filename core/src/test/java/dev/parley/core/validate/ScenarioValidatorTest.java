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
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.SourceId;
import dev.parley.core.model.UtilityModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {
  private static final IssueId X = IssueId.of("x");
  private static final Issue ISSUE =
      new Issue(
          X,
          "X",
          "",
          List.of(new IssueOption("lo", "lo", 0), new IssueOption("hi", "hi", 100)),
          null);

  private static Actor actor(String id) {
    return new Actor(ActorId.of(id), id, ActorKind.STATE, List.of(), List.of());
  }

  private static ActorProfile profile(String id, double salience, List<RedLine> redLines) {
    return new ActorProfile(
        ActorId.of(id),
        Estimate.assumed(1),
        Estimate.assumed(0),
        Estimate.assumed(1),
        null,
        Map.of(X, new IssueStance(Estimate.assumed(0), Estimate.assumed(salience), Map.of())),
        redLines);
  }

  private static Scenario scenario(UtilityModel utility, List<ActorProfile> profiles) {
    return new Scenario(
        "t",
        "T",
        "",
        null,
        utility,
        List.of(actor("a"), actor("b")),
        List.of(ISSUE),
        profiles,
        List.of(),
        List.of());
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.code() + " " + d.where()).toList();
  }

  @Test
  void wellFormedScenario_hasNoDiagnostics() {
    Scenario s = scenario(UtilityModel.DEFAULT, List.of(profile("a", 1, List.of())));
    assertThat(ScenarioValidator.validate(s)).isEmpty();
  }

  @Test
  void asWrittenSaliences_tolerateASlightlyOffSum() {
    UtilityModel genius = new UtilityModel(false, 1);
    assertThat(ScenarioValidator.validate(scenario(genius, List.of(profile("a", 0.9, List.of())))))
        .isEmpty();
    assertThat(
            codes(
                ScenarioValidator.validate(
                    scenario(genius, List.of(profile("a", 0.5, List.of()))))))
        .containsExactly("salience-sum profiles/a/stances");
  }

  @Test
  void normalizedSaliences_summingToZero_isAnError() {
    List<Diagnostic> found =
        ScenarioValidator.validate(
            scenario(UtilityModel.DEFAULT, List.of(profile("a", 0, List.of()))));
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("salience-sum");
              assertThat(d.isError()).isTrue();
            });
  }

  @Test
  void duplicateProfiles_areReportedAtTheSecondIndex() {
    Scenario s =
        scenario(
            UtilityModel.DEFAULT, List.of(profile("a", 1, List.of()), profile("a", 1, List.of())));
    assertThat(codes(ScenarioValidator.validate(s))).containsExactly("duplicate-id profiles/1");
  }

  @Test
  void redLinesOfTwoActors_thatLeaveNoOption_areADeadlockWarningNotAnError() {
    RedLine noHi = new RedLine(X, Set.of("hi"), "never hi", Basis.unstated());
    RedLine noLo = new RedLine(X, Set.of("lo"), "never lo", Basis.unstated());
    Scenario s =
        scenario(
            UtilityModel.DEFAULT,
            List.of(profile("a", 1, List.of(noHi)), profile("b", 1, List.of(noLo))));
    List<Diagnostic> found = ScenarioValidator.validate(s);
    assertThat(codes(found)).containsExactly("red-lines-conflict issues/x");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void uncertainSalience_mustStayWithinItsRange() {
    ActorProfile p =
        new ActorProfile(
            ActorId.of("a"),
            Estimate.assumed(1),
            Estimate.assumed(0),
            Estimate.assumed(1),
            null,
            Map.of(
                X,
                new IssueStance(
                    Estimate.assumed(0),
                    new Estimate(
                        new Distribution.Normal(
                            1.0, 0.1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                        Basis.cited("n", SourceId.of("nowhere"))),
                    Map.of())),
            List.of());
    assertThat(codes(ScenarioValidator.validate(scenario(UtilityModel.DEFAULT, List.of(p)))))
        .containsExactlyInAnyOrder(
            "unknown-source profiles/a/stances/x/salience/cite/0",
            "salience-range profiles/a/stances/x/salience");
  }

  @Test
  void assumptions_skipSourcedValuesAndUnusedIdeals() {
    ActorProfile p =
        new ActorProfile(
            ActorId.of("a"),
            Estimate.of(1, Basis.cited("says so", SourceId.of("s"))),
            Estimate.assumed(0.2),
            Estimate.assumed(1),
            null,
            Map.of(
                X,
                new IssueStance(
                    Estimate.assumed(0),
                    Estimate.assumed(1),
                    Map.of("lo", Estimate.assumed(1), "hi", Estimate.assumed(0)))),
            List.of());
    List<String> paths =
        ScenarioValidator.assumptions(scenario(UtilityModel.DEFAULT, List.of(p))).stream()
            .map(a -> a.where().toString())
            .toList();
    assertThat(paths)
        .containsExactly(
            "profiles/a/reservation",
            "profiles/a/patience",
            "profiles/a/stances/x/salience",
            "profiles/a/stances/x/utilities/lo",
            "profiles/a/stances/x/utilities/hi");
  }

  @Test
  void leverIdsFromTheUser_areCheckedWithASuggestion() {
    Scenario s =
        new Scenario(
            "t",
            "T",
            "",
            null,
            UtilityModel.DEFAULT,
            List.of(actor("a")),
            List.of(ISSUE),
            List.of(profile("a", 1, List.of())),
            List.of(
                new dev.parley.core.model.Lever(
                    dev.parley.core.model.LeverId.of("sanctions-off"),
                    "Sanctions off",
                    "",
                    List.of(),
                    Basis.unstated())),
            List.of());
    assertThat(ScenarioValidator.checkLeverIds(s, List.of("sanctions-off"))).isEmpty();
    assertThat(ScenarioValidator.checkLeverIds(s, List.of("sanctins-off")))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-lever");
              assertThat(d.where()).hasToString("levers/sanctins-off");
              assertThat(d.message()).contains("did you mean 'sanctions-off'?");
            });
  }
}
