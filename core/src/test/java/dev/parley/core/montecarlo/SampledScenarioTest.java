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
      // the sampled problem lists its parties by actor id (port before union)
      assertThat(actual.parties()).containsExactly("port", "union");
      for (int j = 0; j < expected.partyCount(); j++) {
        int l = sampled.party(j);
        assertThat(actual.parties().get(l)).isEqualTo(expected.parties().get(j));
        assertThat(actual.disagreement(l)).isEqualTo(expected.disagreement(j));
        for (int i = 0; i < expected.issueCount(); i++) {
          for (int o = 0; o < expected.optionCount(i); o++) {
            assertThat(Ticks.of(actual.contribution(l, i, o)))
                .as("%s: party %d issue %d option %d", lever, j, i, o)
                .isEqualTo(Ticks.of(expected.contribution(j, i, o)));
            assertThat(actual.isFeasible(i, o)).isEqualTo(expected.isFeasible(i, o));
          }
        }
      }
      SpatialProblem spatial = SpatialProblems.from(s);
      SpatialProblem mine = sampled.spatialProblem();
      for (int j = 0; j < spatial.actorCount(); j++) {
        int l = mine.actors().indexOf(spatial.actors().get(j));
        assertThat(mine.capability(l)).isEqualTo(spatial.capability(j));
        for (int i = 0; i < spatial.dimensionCount(); i++) {
          assertThat(mine.position(l, i)).isEqualTo(spatial.position(j, i));
          assertThat(mine.salience(l, i))
              .isCloseTo(spatial.salience(j, i), org.assertj.core.api.Assertions.within(1e-15));
        }
      }
    }
  }

  @Test
  void parameters_areNamedByModelPath_profilesInActorIdOrder() {
    ParameterSpace space = ParameterSpace.from(HARBOUR);
    // port sorts before union, whatever the order of the file
    assertThat(space.get(0).name()).isEqualTo("profiles/port/capability");
    assertThat(space.get(1).name()).isEqualTo("profiles/port/reservation");
    assertThat(space.get(2).name()).isEqualTo("profiles/port/patience");
    assertThat(space.get(3).name()).isEqualTo("profiles/port/stances/wage/ideal");
    int union = space.indexOf("profiles/union/capability");
    assertThat(union).isEqualTo(9);
    assertThat(space.get(union + 6).name()).isEqualTo("profiles/union/stances/automation/salience");
    assertThat(space.get(union + 7).name())
        .isEqualTo("profiles/union/stances/automation/utilities/none");
    // uncertain: port reservation; union capability, reservation, patience
    assertThat(space.uncertainCount()).isEqualTo(4);
  }

  @Test
  void permutingTheProfiles_drawsEveryNumberInTheSameOrder() {
    // before, parameters were drawn in the order of the profiles in the file, so a trial's draw
    // of each number changed when the profiles were reordered
    Scenario reversed =
        new Scenario(
            HARBOUR.id(),
            HARBOUR.title(),
            HARBOUR.description(),
            HARBOUR.asOf(),
            HARBOUR.utility(),
            HARBOUR.actors().reversed(),
            HARBOUR.issues(),
            HARBOUR.profiles().reversed(),
            HARBOUR.levers(),
            HARBOUR.sources(),
            HARBOUR.roundDays());
    assertThat(ParameterSpace.from(reversed).all()).isEqualTo(ParameterSpace.from(HARBOUR).all());
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
    int union = sampled.party(0);
    assertThat(sampled.bargainingProblem().parties().get(union)).isEqualTo("union");
    assertThat(sampled.bargainingProblem().disagreement(union)).isEqualTo(0.9);
    assertThat(sampled.reservation(union)).isEqualTo(0.9);
  }
}
