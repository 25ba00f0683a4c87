package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.validate.Assumption;
import dev.parley.core.validate.ModelPath;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numeric issues are written in their unit: red lines, ideals (with their ranges) and ideal lever
 * values are numbers of the issue, and the 0–100 placement is derived from them (ADR 0009, "Units
 * and order").
 */
class NumericUnitsTest {
  /** A 0–6 % wage issue in steps of 0.5: options 0, 0.5, …, 6 at positions 0, 8.33…, …, 100. */
  private static final String WAGE =
      """
      parley: 2
      scenario: {id: t, title: T}
      actors:
        - {id: union, name: Union, kind: organization}
        - {id: port, name: Port, kind: organization}
      issues:
        - id: wage
          name: Wage increase
          numeric: {min: 0, max: 6, step: 0.5, unit: "%"}
      profiles:
        - actor: union
          stances:
            wage: {ideal: {value: 5, range: [3, 6]}, salience: 1}
          red_lines:
            - {issue: wage, at_least: 1.5}
        - actor: port
          stances:
            wage: {ideal: 1.5, salience: 1}
          red_lines:
            - {issue: wage, at_most: 4.5, statement: not above 4.5 %}
      levers:
        - id: mediator
          name: Mediator
          effects:
            - {actor: port, parameter: ideal, issue: wage, set: 3}
            - {actor: union, parameter: ideal, issue: wage, add: -1.5}
      """;

  private static Scenario read(String text) {
    LoadResult<Scenario> result = ScenarioReader.read("wage.yaml", text);
    assertThat(result.diagnostics()).as(DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    return result.value();
  }

  private static ActorProfile profile(Scenario s, String actor) {
    return s.profile(ActorId.of(actor)).orElseThrow();
  }

  @Test
  void atMost_onA0To6Issue_forbidsExactlyTheOptionsAboveIt() {
    Scenario s = read(WAGE);
    RedLine port = profile(s, "port").redLines().get(0);
    assertThat(port.forbidden()).containsExactly("5", "5.5", "6");
    assertThat(port.limit()).isEqualTo(new RedLine.Limit(RedLine.Kind.AT_MOST, 4.5));
    RedLine union = profile(s, "union").redLines().get(0);
    assertThat(union.forbidden()).containsExactly("0", "0.5", "1");
  }

  @Test
  void ideal_isReadInTheUnitAndPlacedOnTheScale() {
    Scenario s = read(WAGE);
    Issue wage = s.issue(IssueId.of("wage")).orElseThrow();
    IssueOption option = wage.option("1.5").orElseThrow();
    double port = profile(s, "port").stances().get(wage.id()).ideal().nominal();
    // the ideal sits exactly on the option of the same value
    assertThat(port).isEqualTo(option.position()).isEqualTo(25.0);
    Distribution union = profile(s, "union").stances().get(wage.id()).ideal().distribution();
    assertThat(union).isEqualTo(new Distribution.Uniform(50, 100, 100 * 5 / 6.0));
  }

  @Test
  void idealLever_isInTheUnit() {
    Scenario s = read(WAGE);
    Scenario pulled = Levers.apply(s, List.of(LeverId.of("mediator")));
    IssueId wage = IssueId.of("wage");
    assertThat(profile(pulled, "port").stances().get(wage).ideal().nominal()).isEqualTo(50.0);
    // 5 % and its range [3, 6] % lowered by 1.5 points: 3.5 % in [1.5, 4.5] %
    Distribution union = profile(pulled, "union").stances().get(wage).ideal().distribution();
    assertThat(union.nominal()).isCloseTo(100 * 3.5 / 6, within(1e-9));
    assertThat(union.lower()).isCloseTo(25, within(1e-9));
    assertThat(union.upper()).isCloseTo(75, within(1e-9));
  }

  @Test
  void writer_writesIdealsAndLimitsBackInTheUnit() {
    Scenario s = read(WAGE);
    String yaml = ScenarioWriter.toYaml(s);
    assertThat(yaml)
        .contains("at_most: 4.5")
        .contains("at_least: 1.5")
        .contains("ideal: 1.5")
        .contains("range: [3, 6]")
        .contains("set: 3")
        .doesNotContain("reject");
    assertThat(read(yaml)).isEqualTo(s);
    assertThat(read(ScenarioWriter.toJson(s))).isEqualTo(s);
  }

  @Test
  void writer_roundTripsAnIdealPlacedAnywhereOnTheScale() {
    Scenario s = read(WAGE.replace("ideal: 1.5,", "ideal: 0.1,"));
    assertThat(read(ScenarioWriter.toYaml(s))).isEqualTo(s);
  }

  @Test
  void valuesOutsideTheRange_areLocatedErrorsInTheUnit() {
    String text =
        WAGE.replace("at_most: 4.5,", "at_most: 75,")
            .replace("ideal: 1.5,", "ideal: 25,")
            .replace("set: 3}", "set: 50}");
    LoadResult<Scenario> result = ScenarioReader.read("wage.yaml", text);
    assertThat(result.hasErrors()).isTrue();
    String printed = DiagnosticPrinter.format(result.diagnostics());
    assertThat(result.diagnostics())
        .as(printed)
        .extracting(LocatedDiagnostic::code)
        .containsExactly("value-range", "value-range", "value-range");
    assertThat(printed)
        .contains("wage.yaml:18:21: error: [value-range] ideal must be within the range of issue")
        .contains("0 to 6 %, was 25 %")
        .contains("at_most must be within the range of issue 'wage', 0 to 6 %, was 75 %")
        .contains("was 50 %")
        .contains("hint: a numeric issue takes ideals, red lines and lever values in its own unit");
  }

  @Test
  void aMisorderedRangeOfAnIdeal_isToldInTheUnit() {
    LoadResult<Scenario> result =
        ScenarioReader.read("wage.yaml", WAGE.replace("range: [3, 6]", "range: [5.5, 4]"));
    String printed = DiagnosticPrinter.format(result.diagnostics());
    assertThat(result.diagnostics())
        .as(printed)
        .extracting(LocatedDiagnostic::code)
        .containsExactly("range-order");
    assertThat(printed).contains("the range's low end 5.5 is above its high end 4");
  }

  @Test
  void assumptions_giveNumericIdealsInTheUnit() {
    Scenario s = read(WAGE);
    List<Assumption> found = ScenarioValidator.assumptions(s);
    assertThat(found)
        .filteredOn(
            a -> a.where().equals(ModelPath.of("profiles", "union", "stances", "wage", "ideal")))
        .extracting(Assumption::value)
        .containsExactly("range [3, 6] %");
    assertThat(found)
        .filteredOn(a -> a.where().equals(ModelPath.of("profiles", "port", "red_lines").index(0)))
        .extracting(Assumption::value)
        .containsExactly("at most 4.5 %");
  }
}
