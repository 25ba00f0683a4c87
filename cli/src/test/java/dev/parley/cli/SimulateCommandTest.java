package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.simulate.AgentTypes;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final String HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString();

  private static ParleyCommandTest.Run run(String... args) {
    return ParleyCommandTest.run(args);
  }

  @Test
  void help_listsEveryAgentKindAndProtocol() {
    ParleyCommandTest.Run r = run("simulate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: parley simulate");
    for (String kind : AgentTypes.names()) {
      assertThat(r.out()).contains(kind);
    }
    assertThat(r.out()).contains("saop").contains("mediator").contains("sessions");
    assertThat(run("--help").out()).contains("simulate");
  }

  @Test
  void table_showsTheAgreementConcessionsDistancesAndTheBatch() {
    ParleyCommandTest.Run r =
        run("simulate", HARBOUR, "--agents", "boulware,conceder", "--runs", "20", "--threads", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Harbour contract talks")
        .contains("Clock: a round is one turn of 30 days, round 0 on 2026-03-01")
        .contains("Agreement on day ")
        .contains("wage")
        .contains("utility: union")
        .contains("Distance of the agreement (utility space): to Nash")
        .contains("Conceded most: port")
        .contains("OVER 20 RUNS (seed 1)")
        .contains("P(agreement within 365 days of 2026-03-01) = ")
        .contains("(p_agreement_within: ")
        .contains("Zone of agreement at nominal values: yes (p_zone_exists 1")
        .contains("Agreement before the cap (100 rounds, 3000 days) in 100.0% of runs")
        .containsPattern("Agreement date: earliest \\d{4}-\\d\\d-\\d\\d, median ")
        .contains("Who concedes first (the scenario's concession analysis")
        .contains("Rounds played: min");
    // who concedes first has one definition, not a count of runs
    assertThat(r.out()).doesNotContain("conceded first").doesNotContain("P(deal)");
  }

  @Test
  void table_comparesTheLevers_andWhatTheAgreementsSettleOn() {
    ParleyCommandTest.Run r =
        run("simulate", HARBOUR, "--agents", "linear,conceder", "--runs", "6");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Expected utility (the agreement's, or walking away's without one): union ")
        .contains("Options agreed per issue (share of agreements, most frequent first):")
        .contains("LEVERS (each pulled alone; the same agents, protocol and seeds; 6 runs each)")
        .containsPattern("(?m)^  baseline +\\d+\\.\\d% +100\\.0% ")
        .containsPattern("(?m)^  subsidy +\\d")
        .containsPattern("(?m)^  strike-fund +\\d")
        .contains("Option agreed most often per issue");
    assertThat(r.out().lines()).noneMatch(line -> line.endsWith(" "));
    ParleyCommandTest.Run none =
        run("simulate", HARBOUR, "--agents", "linear,conceder", "--runs", "6", "--no-levers");
    assertThat(none.out()).doesNotContain("LEVERS");
  }

  @Test
  void json_isTheSameForAnyNumberOfThreads_andChangesWithTheSeed() {
    String[] base = {"simulate", HARBOUR, "--agents", "linear", "--runs", "12", "--format", "json"};
    ParleyCommandTest.Run one = run(concat(base, "--threads", "1"));
    ParleyCommandTest.Run three = run(concat(base, "--threads", "3"));
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(one.out())
        .startsWith("{")
        .contains("\"protocol\" : \"saop\"")
        .contains("\"results\"");
    ParleyCommandTest.Run other = run(concat(base, "--threads", "1", "--seed", "2"));
    assertThat(other.out()).contains("\"seed\" : 2").isNotEqualTo(one.out());
  }

  @Test
  void mediatorAndSessions_run() {
    ParleyCommandTest.Run m =
        run(
            "simulate",
            HARBOUR,
            "--protocol",
            "mediator",
            "--first-draft",
            "port",
            "--target",
            "ks");
    assertThat(m.exit()).as(m.err()).isZero();
    assertThat(m.out()).contains("single-text mediation");
    ParleyCommandTest.Run s =
        run(
            "simulate",
            HARBOUR,
            "--protocol",
            "sessions",
            "--agents",
            "linear",
            "--session",
            "union,port:wage/30",
            "--session",
            "port,union");
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(s.out())
        .containsPattern("Session 1 from round 0: (union, port|port, union) on wage")
        .contains("Settled:");
  }

  @Test
  void trace_isWrittenAsCsvOrJsonLines(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("trace.csv");
    Path jsonl = dir.resolve("trace.jsonl");
    assertThat(run("simulate", HARBOUR, "--runs", "2", "--trace", csv.toString()).exit()).isZero();
    assertThat(run("simulate", HARBOUR, "--runs", "2", "--trace", jsonl.toString()).exit())
        .isZero();
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(rows.getFirst())
        .startsWith("run,session,round,run_round,day,party,action,demand,wage");
    assertThat(lines).hasSize(rows.size() - 1);
    assertThat(lines.getFirst()).startsWith("{\"run\":0,").contains("\"action\":\"offer\"");
  }

  @Test
  void badOptions_areInputErrorsWithHints_neverStackTraces(@TempDir Path dir) {
    ParleyCommandTest.Run r = run("simulate", HARBOUR, "--agents", "boulware,stubborn");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("parley simulate: error: --agents")
        .contains("hint:")
        .doesNotContain("\tat ");
    r = run("simulate", HARBOUR, "--protocol", "sessions", "--session", "union");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("at least two different parties").doesNotContain("\tat ");
    r = run("simulate", HARBOUR, "--session", "union,port");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("needs --protocol sessions").contains("hint:");
    r = run("simulate", HARBOUR, "--rounds", "0");
    assertThat(r.exit()).isEqualTo(2);
    r = run("simulate", HARBOUR, "--trace", dir.resolve("no/such/dir/t.csv").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write the trace").doesNotContain("\tat ");
    r = run("simulate", HARBOUR, "--runs", "lots");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void geniusDomain_canBeSimulated() {
    Path dir = SharedData.resolve("data/anac/anac2011-Laptop");
    ParleyCommandTest.Run r =
        run(
            "simulate",
            dir.resolve("laptop_domain.xml").toString(),
            dir.resolve("laptop_buyer_utility.xml").toString(),
            dir.resolve("laptop_seller_utility.xml").toString(),
            "--agents",
            "rubinstein",
            "--rounds",
            "40");
    assertThat(r.exit()).as(r.err()).isZero();
    // Rubinstein's agents agree at once, whoever the run draws to propose first
    assertThat(r.out()).contains("Agreement on day 30, in round 1, on the offer made in round 0");
  }

  @Test
  void oneClock_thePerCommandRoundLengthIsGone_andTheJsonNamesItsProbabilities() throws Exception {
    ParleyCommandTest.Run gone = run("simulate", HARBOUR, "--days-per-round", "1");
    assertThat(gone.exit()).isEqualTo(2);
    assertThat(gone.err()).contains("--days-per-round");
    ParleyCommandTest.Run r =
        run("simulate", HARBOUR, "--runs", "8", "--horizon-days", "200", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("round_days").asDouble()).isEqualTo(30);
    assertThat(json.get("horizon_days").asDouble()).isEqualTo(200);
    assertThat(json.get("p_zone_exists").asDouble()).isEqualTo(1);
    assertThat(json.get("p_agreement_within").asDouble())
        .isEqualTo(json.get("summary").get("p_agreement_within").asDouble());
    assertThat(json.get("as_of").asString()).isEqualTo("2026-03-01");
    for (var run : json.get("results")) {
      if (run.get("agreement").isNull()) {
        assertThat(run.get("agreement_date").isNull()).isTrue();
      } else {
        double day = run.get("agreed_round").asInt() * 30.0;
        assertThat(run.get("agreement_day").asDouble()).isEqualTo(day);
        assertThat(run.get("agreement_date").asString())
            .isEqualTo(java.time.LocalDate.of(2026, 3, 1).plusDays((long) day).toString());
      }
    }
  }

  private static String[] concat(String[] base, String... more) {
    String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }
}
