package dev.parley.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.SimulateScenario;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code RecordForecast}: Parley's forecast enters the ledger, and is scored once resolved. */
class RecordForecastTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");
  /* deadlocked by red lines: its runs reach partial agreements, some issues left open */
  private static final Path UKRAINE = ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml");

  private static final Clock MARCH =
      Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** The runs parley simulate makes of a scenario with the default settings, on one thread. */
  private static SimulateScenario.@Nullable Report simulate(
      Path scenario, long seed, int runs, int horizonDays) {
    SimulateScenario.Settings d = SimulateScenario.Settings.defaults();
    return SimulateScenario.run(
            List.of(scenario),
            new SimulateScenario.Settings(
                d.protocol(),
                d.agents(),
                d.rounds(),
                seed,
                runs,
                1,
                horizonDays,
                d.target(),
                d.firstDraft(),
                d.sessions(),
                false))
        .report();
  }

  @Test
  void record_storesTheSimulatedShareAsAModelEntry_madeTodayAndResolvingAtTheHorizon()
      throws Exception {
    Path ws = dir.resolve("ws");
    RecordForecast.Result r =
        new RecordForecast(MARCH).record(new RecordForecast.Request(ws, HARBOUR, 12, 7, 180));
    assertThat(r.printedDiagnostics()).isEmpty();
    RecordForecast.Recorded recorded = r.recorded();
    assertThat(recorded).isNotNull();
    assertThat(recorded.madeOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(recorded.resolvesOn()).isEqualTo(LocalDate.of(2026, 3, 1).plusDays(180));
    assertThat(recorded.alreadyRecordedOn()).isNull();

    // The probability is the share of the same runs parley simulate makes agree within 180 days.
    SimulateScenario.Report sim = simulate(HARBOUR, 7, 12, 180);
    assertThat(sim).isNotNull();
    double expected = (double) sim.summary().agreementsWithin() / 12;

    LedgerEntry entry;
    try (Workspace w = Workspace.open(ws)) {
      List<LedgerEntry> entries = WorkspaceLedger.build(w, "Parley").entries();
      // the agreement and, beside it, the outcome of each issue some run settles
      assertThat(entries).hasSize(1 + r.outcomes().size());
      entry = WorkspaceLedger.build(w, "Parley").entry(recorded.entry()).orElseThrow();
    }
    assertThat(entry.who()).isEqualTo(RecordForecast.WHO);
    assertThat(entry.basis()).isEqualTo(ProbabilityBasis.MODEL);
    assertThat(entry.probability()).isEqualTo(expected);
    assertThat(entry.what())
        .contains("Harbour contract talks")
        .endsWith("within 180 days of 2026-03-01");
    assertThat(entry.probabilityStatement()).contains("2026-03-01 by 2026-08-28) = ");
    assertThat(entry.citations().getFirst().document()).startsWith(HARBOUR + "@sha256:");
    assertThat(recorded.method()).contains("12 runs from seed 7");
    // Parley's entry is a ledger entry like any other: its JSON follows the ledger's schema.
    String schema =
        java.nio.file.Files.readString(
            ProjectFiles.resolve("docs/schema/ledger.schema.json"),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(
            com.networknt.schema.SchemaRegistry.withDefaultDialect(
                    com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema, com.networknt.schema.InputFormat.JSON)
                .validate(
                    dev.parley.io.ledger.LedgerJson.write(List.of(entry)),
                    com.networknt.schema.InputFormat.JSON))
        .isEmpty();

    // The same forecast recorded the next day is the same entry: the first record is kept.
    Clock nextDay = Clock.offset(MARCH, java.time.Duration.ofDays(1));
    RecordForecast.Recorded again =
        new RecordForecast(nextDay)
            .record(new RecordForecast.Request(ws, HARBOUR, 12, 7, 180))
            .recorded();
    assertThat(again.entry()).isEqualTo(entry.id().value());
    assertThat(again.alreadyRecordedOn()).isEqualTo(LocalDate.of(2026, 3, 10));

    // Resolved, it is scored beside the pundits.
    Clock later = Clock.fixed(Instant.parse("2026-09-01T09:00:00Z"), ZoneOffset.UTC);
    assertThat(
            new ResolvePrediction(later)
                .resolve(
                    new ResolvePrediction.Request(
                        ws,
                        entry.id().value(),
                        ResolvePrediction.Verdict.TRUE,
                        List.of("https://example.org/harbour-deal"),
                        LocalDate.of(2026, 8, 1),
                        null,
                        false))
                .diagnostics())
        .isEmpty();
    ScoreLedger.Scores s =
        ScoreLedger.score(new ScoreLedger.Request(ws, ScoreLedger.By.PERSON)).scores();
    ScoreLedger.Row parley = s.rows().getFirst();
    assertThat(parley.group()).isEqualTo(RecordForecast.WHO);
    assertThat(parley.scored()).isEqualTo(1);
    assertThat(parley.brier()).isEqualTo((1 - expected) * (1 - expected));
    try (Workspace w = Workspace.open(ws)) {
      assertThat(
              WorkspaceLedger.build(w, "Parley")
                  .entry(recorded.entry())
                  .orElseThrow()
                  .resolution()
                  .outcome())
          .isEqualTo(Outcome.TRUE);
    }
  }

  @Test
  void record_forecastsEachIssuesSettlement_asTheShareOfRunsAgreeingOnItsMostCommonOption()
      throws Exception {
    Path ws = dir.resolve("ws-issues");
    RecordForecast.Result r =
        new RecordForecast(MARCH).record(new RecordForecast.Request(ws, UKRAINE, 40, 3, 365));
    assertThat(r.recorded()).isNotNull();
    SimulateScenario.Report sim = simulate(UKRAINE, 3, 40, 365);
    assertThat(sim).isNotNull();
    // counted here from the runs themselves: per issue, the options of runs agreeing in time
    List<dev.parley.core.model.Issue> issues = sim.scenario().issues();
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
      for (dev.parley.core.simulate.SimulationRun run : sim.runs()) {
        if (run.outcome() instanceof dev.parley.core.simulate.Outcome.Agreement a
            && a.agreedRound() * sim.summary().roundDays() <= 365) {
          counts.merge(a.bid().option(i), 1, Integer::sum);
        }
      }
      int best = -1;
      for (var e : counts.entrySet()) {
        if (e.getKey() < issues.get(i).options().size()
            && (best < 0 || e.getValue() > counts.get(best))) {
          best = e.getKey();
        }
      }
      if (best >= 0) {
        expected.add(
            issues.get(i).name()
                + " on "
                + issues.get(i).options().get(best).label()
                + " "
                + (double) counts.get(best) / 40);
      }
    }
    assertThat(expected).isNotEmpty();
    try (Workspace w = Workspace.open(ws)) {
      WorkspaceLedger.Result ledger = WorkspaceLedger.build(w, "Parley");
      List<String> found = new java.util.ArrayList<>();
      for (RecordForecast.Recorded o : r.outcomes()) {
        LedgerEntry e = ledger.entry(o.entry()).orElseThrow();
        assertThat(e.what())
            .contains("concludes a partial agreement within 365 days of 2025-08-19 that settles ");
        assertThat(e.probability()).isLessThanOrEqualTo(sim.summary().pAgreementWithin());
        assertThat(e.resolvesOn()).isEqualTo(LocalDate.of(2026, 8, 19));
        assertThat(e.basis()).isEqualTo(ProbabilityBasis.MODEL);
        found.add(
            e.what().substring(e.what().indexOf("that settles ") + 13) + " " + e.probability());
        assertThat(o.method()).contains("40 runs").contains("from seed 3");
      }
      assertThat(found).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aHorizonThatEndedBeforeToday_isRefused_andNothingIsRecorded() throws Exception {
    Path ws = dir.resolve("ws");
    Clock december = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    RecordForecast.Result r =
        new RecordForecast(december).record(new RecordForecast.Request(ws, HARBOUR, 3, 1, 30));
    assertThat(r.recorded()).isNull();
    assertThat(r.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("ledger-horizon-past");
    assertThat(r.printedDiagnostics()).contains("--horizon-days 281 or more");
    assertThat(Workspace.exists(ws)).isFalse();
  }

  @Test
  void aScenarioWithErrors_isReportedWithItsDiagnostics() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    java.nio.file.Files.writeString(bad, "parley: 2\nscenario: [\n");
    RecordForecast.Result r =
        new RecordForecast(MARCH)
            .record(new RecordForecast.Request(dir.resolve("ws"), bad, 3, 1, 30));
    assertThat(r.recorded()).isNull();
    assertThat(r.printedDiagnostics()).contains(bad.toString()).contains("error");
  }
}
