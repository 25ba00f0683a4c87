package dev.parley.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.bargain.Ticks;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampledScenarioTest {
  private static final Scenario HARBOUR = TestScenarios.harbour();

  @Test
  void nominalValues_buildTheProblemsOfTheDeterministicAnalyses() {
    for (String lever : List.of("", "subsidy", "strike-fund")) {
      Scenario s = lever.isEmpty() ? HARBOUR : Levers.apply(HARBOUR, List.of(LeverId.of(lever)));
      SampledScenario sampled = ScenarioModel.of(s, List.of()).sample();
      BargainingProblem expected = BargainingProblems.from(s);
      BargainingProblem actual = sampled.bargainingProblem();
      assertThat(actual.parties()).isEqualTo(expected.parties());
      for (int j = 0; j < expected.partyCount(); j++) {
        assertThat(actual.disagreement(j)).isEqualTo(expected.disagreement(j));
        for (int i = 0; i < expected.issueCount(); i++) {
          for (int o = 0; o < expected.optionCount(i); o++) {
            assertThat(Ticks.of(actual.contribution(j, i, o)))
                .as("%s: party %d issue %d option %d", lever, j, i, o)
                .isEqualTo(Ticks.of(expected.contribution(j, i, o)));
            assertThat(actual.isFeasible(i, o)).isEqualTo(expected.isFeasible(i, o));
          }
        }
      }
      SpatialProblem spatial = SpatialProblems.from(s);
      SpatialProblem mine = sampled.spatialProblem();
      for (int j = 0; j < spatial.actorCount(); j++) {
        assertThat(mine.capability(j)).isEqualTo(spatial.capability(j));
        for (int i = 0; i < spatial.dimensionCount(); i++) {
          assertThat(mine.position(j, i)).isEqualTo(spatial.position(j, i));
          assertThat(mine.salience(j, i))
              .isCloseTo(spatial.salience(j, i), org.assertj.core.api.Assertions.within(1e-15));
        }
      }
    }
  }

  @Test
  void parameters_areNamedByModelPathInScenarioOrder() {
    ParameterSpace space = ParameterSpace.from(HARBOUR);
    assertThat(space.get(0).name()).isEqualTo("profiles/union/capability");
    assertThat(space.get(1).name()).isEqualTo("profiles/union/reservation");
    assertThat(space.get(2).name()).isEqualTo("profiles/union/patience");
    assertThat(space.get(3).name()).isEqualTo("profiles/union/stances/wage/ideal");
    assertThat(space.get(6).name()).isEqualTo("profiles/union/stances/automation/salience");
    assertThat(space.get(7).name()).isEqualTo("profiles/union/stances/automation/utilities/none");
    assertThat(space.indexOf("profiles/port/reservation")).isPositive();
    // uncertain: union capability, reservation, patience; port reservation
    assertThat(space.uncertainCount()).isEqualTo(4);
  }

  @Test
  void changedValues_changeTheProblemsAndClearTheirCache() {
    ScenarioModel model = ScenarioModel.of(HARBOUR, List.of());
    SampledScenario sampled = model.sample();
    double[] x = model.parameters().nominal();
    sampled.set(x);
    BargainingProblem before = sampled.bargainingProblem();
    assertThat(sampled.bargainingProblem()).isSameAs(before);
    int reservation = model.parameters().indexOf("profiles/union/reservation");
    x[reservation] = 0.9;
    sampled.set(x);
    assertThat(sampled.bargainingProblem().disagreement(0)).isEqualTo(0.9);
    assertThat(sampled.reservation(0)).isEqualTo(0.9);
  }
}
