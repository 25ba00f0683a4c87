package dev.parley.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import dev.parley.core.simulate.AgentType;
import dev.parley.core.simulate.AgentTypes;
import dev.parley.core.simulate.AlternatingOffersProtocol;
import dev.parley.core.simulate.Negotiations;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.Simulation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTrialsTest {
  private static final Scenario HARBOUR = TestScenarios.harbour();

  private static SimulationTrials trials(String agent) {
    AgentType type = AgentTypes.named(agent).orElseThrow();
    return new SimulationTrials(
        "sim",
        new AlternatingOffersProtocol(),
        Collections.nCopies(HARBOUR.profiles().size(), type),
        60,
        365);
  }

  @Test
  void outputs_areOnePositionPerIssue_theAgreement_itsDay_andWhetherItCameWithinTheHorizon() {
    assertThat(trials("linear").outputs(HARBOUR))
        .containsExactly(
            "sim/wage",
            "sim/automation",
            "sim/shifts",
            "sim/agreement",
            "sim/agreement_day",
            "sim/within");
  }

  @Test
  void pAgreementWithin_isTheShareOfAllTrialsAgreedByTheHorizon_onTheScenarioClock() {
    ScenarioModel model = ScenarioModel.of(HARBOUR, List.of(trials("scenario")));
    TrialOutputs out = new MonteCarloRunner().sample(model, 40, Seed.of(3));
    SimulationDistribution summary = (SimulationDistribution) model.summarize(out).getFirst();
    int agreement = out.indexOf("sim/agreement");
    int day = out.indexOf("sim/agreement_day");
    int within = out.indexOf("sim/within");
    long count = 0;
    for (int t = 0; t < out.trials(); t++) {
      boolean agreed = out.value(t, agreement) == 1;
      assertThat(Double.isNaN(out.value(t, day))).isEqualTo(!agreed);
      // days are whole rounds of the scenario's 30 days
      if (agreed) {
        assertThat(out.value(t, day) % HARBOUR.roundDays()).isZero();
      }
      boolean in = agreed && out.value(t, day) <= 365;
      assertThat(out.value(t, within)).isEqualTo(in ? 1.0 : 0.0);
      count += in ? 1 : 0;
    }
    assertThat(summary.within().count()).isEqualTo(count);
    assertThat(summary.within().total()).isEqualTo(40);
    assertThat(summary.horizonDays()).isEqualTo(365);
    assertThat(summary.capDays()).isEqualTo(60 * HARBOUR.roundDays());
    assertThat(summary.within().count()).isLessThanOrEqualTo(summary.agreement().count());
  }

  @Test
  void atNominalValues_aTrialIsTheRunParleySimulateMakes() {
    ScenarioModel model = ScenarioModel.of(HARBOUR, List.of(trials("scenario")));
    double[] out = new double[model.outputs().size()];
    Seed seed = Seed.of(99);
    model.evaluator().evaluate(model.parameters().nominal(), seed, out, 0);

    var frontier = new SequentialMergeParetoFrontier().compute(BargainingProblems.from(HARBOUR));
    AgentType own = AgentTypes.named("scenario").orElseThrow();
    Simulation direct =
        new Simulation(
            new AlternatingOffersProtocol(),
            Negotiations.from(HARBOUR, frontier, 60),
            Collections.nCopies(HARBOUR.profiles().size(), own));
    Outcome outcome = direct.run(seed, 0).outcome();
    assertThat(outcome).isInstanceOf(Outcome.Agreement.class);
    var bid = ((Outcome.Agreement) outcome).bid();
    for (int i = 0; i < HARBOUR.issues().size(); i++) {
      Issue issue = HARBOUR.issues().get(i);
      assertThat(out[i]).isEqualTo(issue.options().get(bid.option(i)).position());
    }
    assertThat(out[HARBOUR.issues().size()]).isEqualTo(1);
    assertThat(out[HARBOUR.issues().size() + 1])
        .isEqualTo(((Outcome.Agreement) outcome).agreedRound() * HARBOUR.roundDays());
  }

  @Test
  void trials_areTheSameForAnyNumberOfThreads_andNoDealLeavesNaN() {
    ScenarioModel model = ScenarioModel.of(HARBOUR, List.of(trials("scenario")));
    TrialOutputs one = new MonteCarloRunner().sample(model, 60, Seed.of(5));
    try (LocalTrialExecutor executor = new LocalTrialExecutor(2)) {
      TrialOutputs two = new MonteCarloRunner(executor).sample(model, 60, Seed.of(5));
      for (int c = 0; c < one.width(); c++) {
        assertThat(Arrays.equals(two.column(c), one.column(c))).as(one.names().get(c)).isTrue();
      }
    }
    int agreement = one.indexOf("sim/agreement");
    for (int t = 0; t < one.trials(); t++) {
      boolean deal = one.value(t, agreement) == 1;
      assertThat(one.value(t, agreement)).isIn(0.0, 1.0);
      for (int i = 0; i < HARBOUR.issues().size(); i++) {
        assertThat(Double.isNaN(one.value(t, i))).isEqualTo(!deal);
      }
    }
    ForecastDistribution summary =
        ((SimulationDistribution) model.summarize(one).getFirst()).forecast();
    long deals = Arrays.stream(one.column(agreement)).filter(v -> v == 1).count();
    assertThat(summary.issues().getFirst().outcome().n()).isEqualTo(deals);
  }

  @Test
  void hardliners_neverAgree() {
    ScenarioModel model = ScenarioModel.of(HARBOUR, List.of(trials("hardliner")));
    TrialOutputs out = new MonteCarloRunner().sample(model, 20, Seed.of(1));
    assertThat(out.column(out.indexOf("sim/agreement"))).containsOnly(0.0);
    ForecastDistribution summary =
        ((SimulationDistribution) model.summarize(out).getFirst()).forecast();
    assertThat(summary.issues().getFirst().outcome().n()).isZero();
  }

  @Test
  void oneParty_agreesWithNobody() {
    Scenario alone =
        new Scenario(
            HARBOUR.id(),
            HARBOUR.title(),
            HARBOUR.description(),
            HARBOUR.asOf(),
            HARBOUR.utility(),
            HARBOUR.actors(),
            HARBOUR.issues(),
            HARBOUR.profiles().subList(0, 1),
            List.of(),
            HARBOUR.sources());
    SimulationTrials one =
        new SimulationTrials(
            "sim",
            new AlternatingOffersProtocol(),
            List.of(AgentTypes.named("linear").orElseThrow()),
            60,
            365);
    ScenarioModel model = ScenarioModel.of(alone, List.of(one));
    TrialOutputs out = new MonteCarloRunner().sample(model, 5, Seed.of(1));
    assertThat(out.column(out.indexOf("sim/agreement"))).containsOnly(0.0);
  }
}
