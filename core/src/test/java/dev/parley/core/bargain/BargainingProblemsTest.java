package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BargainingProblemsTest {
  private static final List<Double> SALIENCES = List.of(0.1, 0.2, 0.3, 0.07, 0.13, 0.11, 0.09);

  private static Scenario scenario(boolean reversed) {
    List<Issue> issues = new ArrayList<>();
    Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
    for (int i = 0; i < SALIENCES.size(); i++) {
      IssueId id = IssueId.of("i" + i);
      issues.add(
          new Issue(
              id,
              "I" + i,
              "",
              List.of(new IssueOption("a", "A", 0), new IssueOption("b", "B", 100)),
              null));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < SALIENCES.size(); i++) {
      order.add(reversed ? SALIENCES.size() - 1 - i : i);
    }
    for (int i : order) {
      stances.put(
          IssueId.of("i" + i),
          new IssueStance(Estimate.assumed(30), Estimate.assumed(SALIENCES.get(i)), Map.of()));
    }
    ActorId a = ActorId.of("a");
    return new Scenario(
        "s",
        "S",
        "",
        null,
        UtilityModel.DEFAULT,
        List.of(new Actor(a, "A", ActorKind.STATE, List.of(), List.of())),
        issues,
        List.of(
            new ActorProfile(
                a,
                Estimate.assumed(1),
                Estimate.assumed(0.2),
                Estimate.assumed(0.9),
                null,
                stances,
                List.of())),
        List.of(),
        List.of());
  }

  @Test
  void contributions_doNotDependOnTheOrderStancesWereGivenIn() {
    BargainingProblem forward = BargainingProblems.from(scenario(false));
    BargainingProblem backward = BargainingProblems.from(scenario(true));
    for (int i = 0; i < forward.issueCount(); i++) {
      for (int o = 0; o < forward.optionCount(i); o++) {
        assertThat(Double.doubleToRawLongBits(backward.contribution(0, i, o)))
            .as("issue %d option %d", i, o)
            .isEqualTo(Double.doubleToRawLongBits(forward.contribution(0, i, o)));
      }
    }
  }

  @Test
  void contributions_followTheDocumentedSemantics() {
    BargainingProblem p = BargainingProblems.from(scenario(false));
    double total = 0;
    for (double s : SALIENCES) {
      total += s;
    }
    // Ideal 30: option at 0 is worth 0.7, at 100 worth 0.3; saliences are normalised.
    assertThat(p.contribution(0, 2, 0)).isEqualTo(0.3 / total * 0.7);
    assertThat(p.contribution(0, 2, 1)).isEqualTo(0.3 / total * (1 - 70 / 100.0));
    assertThat(p.disagreement(0)).isEqualTo(0.2);
  }
}
