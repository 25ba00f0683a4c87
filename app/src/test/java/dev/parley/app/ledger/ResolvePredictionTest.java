package dev.parley.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ResolvePrediction}: a resolution recorded in a workspace, and the input it refuses. */
class ResolvePredictionTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-10-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static LedgerEntry entry(Path ws, String who) throws Exception {
    try (Workspace w = Workspace.open(ws)) {
      return WorkspaceLedger.build(w, who).entries().getFirst();
    }
  }

  private static ResolvePrediction.Request request(
      Path ws, String id, ResolvePrediction.Verdict v, List<String> evidence, LocalDate date) {
    return new ResolvePrediction.Request(ws, id, v, evidence, date, null, false);
  }

  @Test
  void resolve_recordsTheOutcome_andTheLedgerShowsIt() throws Exception {
    Path ws = LedgerFixtures.workspace(dir);
    LedgerEntry macron = entry(ws, "Macron");
    String evidenceId;
    try (Workspace w = Workspace.open(ws)) {
      evidenceId = w.find(EvidenceQuery.all()).getFirst().id();
    }
    ResolvePrediction.Result r =
        new ResolvePrediction(CLOCK)
            .resolve(
                new ResolvePrediction.Request(
                    ws,
                    macron.id().value(),
                    ResolvePrediction.Verdict.FALSE,
                    List.of("https://example.org/no-summit", evidenceId),
                    LocalDate.of(2025, 9, 10),
                    "  no summit by 9 September ",
                    false));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.resolved()).isNotNull();
    assertThat(r.resolved().outcome()).isEqualTo("false");
    assertThat(r.resolved().replaced()).isNull();
    assertThat(r.resolved().probabilityOf()).contains("by 2025-09-09");

    try (Workspace w = Workspace.open(ws)) {
      WorkspaceLedger.Result ledger = WorkspaceLedger.build(w, null);
      LedgerEntry resolved = ledger.entry(macron.id().value()).orElseThrow();
      assertThat(resolved.resolution().outcome()).isEqualTo(Outcome.FALSE);
      assertThat(resolved.resolution().resolvedOn()).isEqualTo(LocalDate.of(2025, 9, 10));
      assertThat(resolved.resolution().evidence()).hasSize(2);
      assertThat(ledger.notes()).containsEntry(macron.id().value(), "no summit by 9 September");
      LedgerEntry merz =
          ledger.entries().stream().filter(e -> e != resolved).findFirst().orElseThrow();
      assertThat(merz.resolution().outcome()).isEqualTo(Outcome.UNRESOLVED);
    }
  }

  @Test
  void resolveTwice_isRefused_unlessReplaced() throws Exception {
    Path ws = LedgerFixtures.workspace(dir);
    String id = entry(ws, "Merz").id().value();
    ResolvePrediction use = new ResolvePrediction(CLOCK);
    List<String> src = List.of("https://example.org/met");
    assertThat(
            use.resolve(
                    request(ws, id, ResolvePrediction.Verdict.TRUE, src, LocalDate.of(2025, 8, 30)))
                .diagnostics())
        .isEmpty();
    ResolvePrediction.Result again =
        use.resolve(
            request(ws, id, ResolvePrediction.Verdict.FALSE, src, LocalDate.of(2025, 9, 3)));
    assertThat(again.resolved()).isNull();
    assertThat(again.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("ledger-already-resolved");
    assertThat(again.printedDiagnostics())
        .contains("resolved true on 2025-08-30")
        .contains("--replace");

    ResolvePrediction.Result replaced =
        use.resolve(
            new ResolvePrediction.Request(
                ws, id, ResolvePrediction.Verdict.VOID, src, LocalDate.of(2025, 9, 3), null, true));
    assertThat(replaced.diagnostics()).isEmpty();
    assertThat(replaced.resolved().replaced()).isEqualTo("true on 2025-08-30");
    assertThat(entry(ws, "Merz").resolution().outcome()).isEqualTo(Outcome.VOID);
  }

  @Test
  void badInput_isReportedAsLocatedDiagnostics_andNothingIsWritten() throws Exception {
    Path ws = LedgerFixtures.workspace(dir);
    LedgerEntry merz = entry(ws, "Merz");
    String id = merz.id().value();
    ResolvePrediction use = new ResolvePrediction(CLOCK);

    String typo = id.substring(0, id.length() - 1) + (id.endsWith("0") ? "1" : "0");
    ResolvePrediction.Result unknown =
        use.resolve(
            request(ws, typo, ResolvePrediction.Verdict.TRUE, List.of("https://x.org/a"), null));
    assertThat(unknown.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("ledger-unknown-entry");
    assertThat(unknown.printedDiagnostics())
        .contains("did you mean " + id + "?")
        .contains("see docs/errors/ledger-unknown-entry.md");

    ResolvePrediction.Result badSources =
        use.resolve(
            request(
                ws,
                id,
                ResolvePrediction.Verdict.TRUE,
                List.of("doc-0000000000000000#3", "ftp://example.org/x", "https://"),
                LocalDate.of(2025, 8, 19)));
    assertThat(badSources.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly(
            "ledger-unknown-evidence",
            "ledger-unknown-evidence",
            "ledger-unknown-evidence",
            "ledger-resolution-date");
    assertThat(badSources.diagnostics().getFirst().file()).isEqualTo("--evidence");
    assertThat(badSources.printedDiagnostics())
        .contains("found 2025-08-19")
        .contains(merz.madeOn().toString());

    ResolvePrediction.Result future =
        use.resolve(
            request(
                ws,
                id,
                ResolvePrediction.Verdict.TRUE,
                List.of("https://x.org/a"),
                LocalDate.of(2025, 10, 2)));
    assertThat(future.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("ledger-resolution-date");

    ResolvePrediction.Result none =
        use.resolve(
            request(
                dir.resolve("nowhere"),
                id,
                ResolvePrediction.Verdict.TRUE,
                List.of("https://x.org/a"),
                null));
    assertThat(none.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("workspace-missing");

    assertThat(entry(ws, "Merz").resolution().outcome()).isEqualTo(Outcome.UNRESOLVED);
  }
}
