package dev.parley.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.CompromiseModel;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.ConcessionAnalysis;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.core.validate.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spatial models leave unordered issues out, the same way for a point forecast ({@link
 * SpatialProblems}) and for every Monte Carlo trial ({@link SampledScenario}, {@link
 * ForecastTrials}); bargaining keeps them (ADR 0009, "Units and order").
 */
class UnorderedIssueTest {
  private static final Scenario HARBOUR = TestScenarios.harbour();

  /** The harbour scenario with automation unordered (a choice among four crane plans). */
  private static Scenario unorderedAutomation() {
    List<Issue> issues =
        HARBOUR.issues().stream()
            .map(
                i ->
                    i.id().value().equals("automation")
                        ? new Issue(i.id(), i.name(), i.description(), i.options(), null, false)
                        : i)
            .toList();
    return new Scenario(
        HARBOUR.id(),
        HARBOUR.title(),
        HARBOUR.description(),
        HARBOUR.asOf(),
        HARBOUR.utility(),
        HARBOUR.actors(),
        issues,
        HARBOUR.profiles(),
        HARBOUR.levers(),
        HARBOUR.sources());
  }

  @Test
  void spatialProblem_leavesTheUnorderedIssueOutAndSaysSo() {
    Scenario s = unorderedAutomation();
    SpatialProblem problem = SpatialProblems.from(s);
    assertThat(problem.dimensions()).containsExactly("wage", "shifts");
    assertThat(SpatialProblems.leftOut(s))
        .extracting(i -> i.id().value())
        .containsExactly("automation");
    List<Diagnostic> warnings = SpatialProblems.warnings(s);
    assertThat(warnings).hasSize(1);
    Diagnostic w = warnings.get(0);
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.code()).isEqualTo("unordered-issue");
    assertThat(w.where()).isEqualTo(ModelPath.of("issues", "automation"));
    assertThat(w.message()).contains("'automation'").contains("not forecast");
    assertThat(w.hint()).contains("spatial models need ordered options");
    assertThat(SpatialProblems.warnings(HARBOUR)).isEmpty();
  }

  @Test
  void issuesKept_keepTheirPositionsAndSaliences() {
    SpatialProblem all = SpatialProblems.from(HARBOUR);
    SpatialProblem ordered = SpatialProblems.from(unorderedAutomation());
    int[] kept = {0, 2};
    for (int j = 0; j < all.actorCount(); j++) {
      for (int d = 0; d < kept.length; d++) {
        assertThat(ordered.position(j, d)).isEqualTo(all.position(j, kept[d]));
        assertThat(ordered.salience(j, d)).isEqualTo(all.salience(j, kept[d]));
      }
    }
  }

  @Test
  void everyTrial_forecastsTheOrderedIssuesAndBargainsOverAll() {
    Scenario s = unorderedAutomation();
    ScenarioModel model =
        ScenarioModel.of(
            s, List.of(new ForecastTrials(new CompromiseModel()), new BargainingTrials()));
    SampledScenario sampled = model.sample();
    SpatialProblem expected = SpatialProblems.from(s);
    SpatialProblem actual = sampled.spatialProblem();
    assertThat(actual.dimensions()).isEqualTo(expected.dimensions());
    for (int j = 0; j < expected.actorCount(); j++) {
      for (int d = 0; d < expected.dimensionCount(); d++) {
        assertThat(actual.position(j, d)).isEqualTo(expected.position(j, d));
        assertThat(actual.salience(j, d))
            .isCloseTo(expected.salience(j, d), org.assertj.core.api.Assertions.within(1e-15));
      }
    }
    assertThat(sampled.bargainingProblem().issueCount()).isEqualTo(3);
    assertThat(model.outputs()).contains("compromise/wage", "compromise/shifts");
    assertThat(model.outputs()).noneMatch(o -> o.equals("compromise/automation"));
    MonteCarloResult result = new MonteCarloRunner().run(s, 200, Seed.of(3), model.analyses());
    assertThat(result.forecasts().get(0).issues())
        .extracting(ForecastDistribution.IssueOutcome::issue)
        .containsExactly("wage", "shifts");
  }

  @Test
  void timeAnalysis_forecastsPerIssue_withNaNWhereTheIssueIsLeftOut() {
    ConcessionTimeline t =
        new ConcessionAnalysis(2, List.of(new CompromiseModel()), Seed.of(1))
            .analyze(unorderedAutomation(), List.of());
    double expectedWage =
        new CompromiseModel().forecast(SpatialProblems.from(HARBOUR), Seed.of(1)).outcome(0);
    for (ConcessionTimeline.RoundState state : t.states()) {
      List<Double> outcome = state.forecasts().get(0).outcome();
      assertThat(outcome).hasSize(3);
      assertThat(outcome.get(0)).isEqualTo(expectedWage);
      assertThat(outcome.get(1)).isNaN();
      assertThat(outcome.get(2)).isFinite();
    }
  }

  @Test
  void scenarioWithNoOrderedIssue_forecastsNothingAndDoesNotFail() {
    Scenario s = unorderedAutomation();
    List<Issue> none =
        s.issues().stream()
            .map(i -> new Issue(i.id(), i.name(), i.description(), i.options(), null, false))
            .toList();
    Scenario unordered =
        new Scenario(
            s.id(),
            s.title(),
            s.description(),
            s.asOf(),
            s.utility(),
            s.actors(),
            none,
            s.profiles(),
            List.of(),
            s.sources());
    MonteCarloResult result =
        new MonteCarloRunner()
            .run(
                unordered,
                50,
                Seed.of(3),
                new ForecastTrials(new CompromiseModel()),
                new BargainingTrials());
    assertThat(result.forecasts().get(0).issues()).isEmpty();
    ConcessionTimeline t =
        new ConcessionAnalysis(1, List.of(new CompromiseModel()), Seed.of(1))
            .analyze(unordered, List.of());
    assertThat(t.states().get(0).forecasts().get(0).outcome()).hasSize(3).allMatch(x -> x.isNaN());
  }
}
