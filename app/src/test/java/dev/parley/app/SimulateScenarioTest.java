package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.bargain.DeadlockAnalysis;
import dev.parley.core.model.Levers;
import dev.parley.core.random.Seed;
import dev.parley.core.simulate.AgreementProfile;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.SequentialSessionsProtocol;
import dev.parley.core.simulate.Simulation;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.SimulationSummary;
import dev.parley.core.simulate.Step;
import dev.parley.testkit.ProjectFiles;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulateScenarioTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  private static SimulateScenario.Settings with(
      String protocol, List<String> agents, int runs, int threads, List<String> sessions) {
    SimulateScenario.Settings d = SimulateScenario.Settings.defaults();
    return new SimulateScenario.Settings(
        protocol, agents, 80, 7, runs, threads, d.horizonDays(), "nash", "random", sessions, true);
  }

  private static SimulateScenario.Result run(SimulateScenario.Settings settings) {
    return SimulateScenario.run(List.of(HARBOUR), settings);
  }

  @Test
  void results_doNotDependOnTheNumberOfThreads() {
    var agents = List.of("boulware", "linear");
    String one = SimulationJson.write(run(with("saop", agents, 16, 1, List.of())).report(), "test");
    String four =
        SimulationJson.write(run(with("saop", agents, 16, 4, List.of())).report(), "test");
    assertThat(four).isEqualTo(one);
  }

  @Test
  void badSettings_areReportedWithHints_andNothingRuns() {
    var r = run(with("saop", List.of("boulware", "stubborn"), 1, 1, List.of()));
    assertThat(r.report()).isNull();
    assertThat(r.errors()).singleElement().asString().contains("'stubborn'").contains("\n");
    r = run(with("saop", List.of("boulware", "linear", "linear"), 1, 1, List.of()));
    assertThat(r.errors()).singleElement().asString().contains("expected 1 or 2 names");
    r = run(with("bargain", List.of("linear"), 1, 1, List.of()));
    assertThat(r.errors()).singleElement().asString().contains("--protocol");
    r = run(with("sessions", List.of("linear"), 1, 1, List.of("union,mayor:wage", "union:x")));
    assertThat(r.errors())
        .hasSize(3)
        .anyMatch(e -> e.contains("found 'mayor'"))
        .anyMatch(e -> e.contains("found 'x'"))
        .anyMatch(e -> e.contains("'union:x': expected at least two different parties"));
    r = run(with("sessions", List.of("linear"), 1, 1, List.of("union,port:wage")));
    assertThat(r.errors()).singleElement().asString().contains("automation, shifts is on none");
  }

  @Test
  void levers_rerunTheBatchOnTheChangedScenario_withTheSameSeeds() {
    var settings = with("saop", List.of("scenario"), 12, 2, List.of());
    var report = run(settings).report();
    assertThat(report.levers())
        .extracting(l -> l.lever().id().value())
        .containsExactly("subsidy", "strike-fund");
    for (SimulateScenario.LeverBatch batch : report.levers()) {
      assertThat(batch.errors()).isEmpty();
      List<String> errors = new ArrayList<>();
      Simulation direct =
          SimulateScenario.prepare(
              Levers.apply(report.scenario(), List.of(batch.lever().id())),
              new DeadlockAnalysis().analyze(report.scenario()),
              settings,
              errors);
      assertThat(direct).isNotNull();
      List<SimulationRun> runs = direct.runAll(Seed.of(settings.seed()), settings.runs(), 1);
      assertThat(batch.profile()).isEqualTo(AgreementProfile.of(direct.negotiation(), runs));
      assertThat(batch.summary())
          .isEqualTo(SimulationSummary.of(runs, report.scenario().roundDays(), 365));
    }
    // the strike fund makes the union more patient, and only that
    Negotiation base = report.negotiation();
    Negotiation fund = report.levers().get(1).negotiation();
    assertThat(fund.patience(0)).isGreaterThan(base.patience(0));
    assertThat(fund.patience(1)).isEqualTo(base.patience(1));
    assertThat(fund.reservation(0)).isEqualTo(base.reservation(0));
    // the baseline's own profile is that of its runs
    assertThat(report.profile()).isEqualTo(AgreementProfile.of(base, report.runs()));
  }

  @Test
  void noLevers_runsTheBaselineAlone() {
    SimulateScenario.Settings d = with("saop", List.of("linear"), 2, 1, List.of());
    var settings =
        new SimulateScenario.Settings(
            d.protocol(),
            d.agents(),
            d.rounds(),
            d.seed(),
            d.runs(),
            d.threads(),
            d.horizonDays(),
            d.target(),
            d.firstDraft(),
            d.sessions(),
            false);
    assertThat(run(settings).report().levers()).isEmpty();
  }

  @Test
  void missingFile_isADiagnosticNotAnError() {
    var r =
        SimulateScenario.run(
            List.of(HARBOUR.resolveSibling("nowhere.yaml")), SimulateScenario.Settings.defaults());
    assertThat(r.report()).isNull();
    assertThat(r.diagnostics()).isNotEmpty();
  }

  @Test
  void sessionSpecs_nameTheTableAndItsBudget() {
    var r =
        run(
            with(
                "sessions",
                List.of("linear"),
                1,
                1,
                List.of("port,union:wage,shifts/30", "union,port")));
    var plan = ((SequentialSessionsProtocol) r.report().simulation().protocol()).plan();
    assertThat(plan.get(0).parties()).containsExactly(1, 0);
    assertThat(plan.get(0).issues()).containsExactly(0, 2);
    assertThat(plan.get(0).rounds()).isEqualTo(30);
    assertThat(plan.get(1).issues()).isEmpty();
    assertThat(plan.get(1).rounds()).isZero();
  }

  @Test
  void defaultPlan_startsWithTheTwoMostCapableParties() {
    var r = run(with("sessions", List.of("linear"), 1, 1, List.of()));
    var plan = ((SequentialSessionsProtocol) r.report().simulation().protocol()).plan();
    assertThat(plan).hasSize(2);
    assertThat(plan.get(0).parties()).containsExactly(0, 1);
    assertThat(plan.get(0).rounds()).isEqualTo(40);
  }

  @Test
  void traces_exportEveryStepAsJsonLinesAndCsv() throws Exception {
    var report = run(with("saop", List.of("conceder", "boulware"), 3, 1, List.of())).report();
    int steps = report.runs().stream().mapToInt(r -> r.trace().size()).sum();
    StringWriter jsonl = new StringWriter();
    SimulationTrace.writeJsonLines(report, jsonl);
    List<String> lines = jsonl.toString().lines().toList();
    assertThat(lines).hasSize(steps);
    var mapper = JsonMapper.builder().build();
    JsonNode first = mapper.readTree(lines.getFirst());
    SimulationRun run0 = report.runs().getFirst();
    Step step0 = run0.trace().getFirst();
    assertThat(first.get("run").asInt()).isZero();
    // who moves first is drawn from the run's seed
    assertThat(first.get("party").asString())
        .isEqualTo(report.negotiation().parties().get(step0.party()));
    assertThat(first.get("day").asDouble()).isZero();
    assertThat(first.get("action").asString()).isEqualTo("offer");
    assertThat(first.get("demand").asDouble()).isEqualTo(step0.demand());
    assertThat(first.get("utilities").get("port").asDouble()).isEqualTo(step0.bid().utility(1));
    assertThat(first.get("outcome").get("wage").isNumber()).isTrue();
    assertThat(first.get("outcome").get("automation").asString())
        .isEqualTo(report.scenario().issues().get(1).options().get(step0.bid().option(1)).id());

    StringWriter csv = new StringWriter();
    SimulationTrace.writeCsv(report, csv);
    List<String> rows = csv.toString().lines().toList();
    assertThat(rows).hasSize(steps + 1);
    assertThat(rows.getFirst())
        .isEqualTo(
            "run,session,round,run_round,day,party,action,demand,wage,automation,shifts,u_union,"
                + "u_port");
    String last = rows.getLast();
    Step lastStep = report.runs().getLast().trace().getLast();
    assertThat(last).startsWith("2,0," + lastStep.round() + ",").contains(",accept,");
    assertThat(last).endsWith("," + lastStep.bid().utility(1));
  }

  @Test
  void sessionTraces_showOnlyTheIssuesOnTheTable() throws Exception {
    var report =
        run(with("sessions", List.of("linear"), 1, 1, List.of("union,port:wage/30", "union,port")))
            .report();
    StringWriter csv = new StringWriter();
    SimulationTrace.writeCsv(report, csv);
    List<String> rows = csv.toString().lines().toList();
    String firstOfSession0 = rows.get(1);
    assertThat(firstOfSession0)
        .matches("0,0,0,0,0\\.0,(union|port),offer,[^,]+,\\d+,,,[^,]+,[^,]+");
  }
}
