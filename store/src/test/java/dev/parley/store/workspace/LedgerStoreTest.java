package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerEntryId;
import dev.parley.core.ledger.LedgerKey;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.PredictionKind;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Resolution;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's records in the workspace: resolutions stored, read back, replaced, and cited. */
class LedgerStoreTest {
  @TempDir Path dir;

  private static final LedgerEntryId TRUMP =
      LedgerKey.of("Donald Trump", "a peace deal within two weeks").id();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void resolution_roundTripsAcrossReopening_withItsSourcesInOrder() throws Exception {
    String evidenceId;
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      ws.store(Fixtures.evidence(1), ws.startRun(List.of(), "test"));
      StoredEvidence quote =
          ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.QUOTE))).get(0);
      evidenceId = quote.id();
      Citation cited = ws.ledger().cite(evidenceId).orElseThrow();
      assertThat(cited.evidence()).isEqualTo(evidenceId);
      assertThat(cited.outlet()).isEqualTo("Parley Test Wire");
      Citation url = Citation.of("https://example.org/no-deal");
      assertThat(
              ws.ledger()
                  .resolve(
                      TRUMP,
                      Resolution.of(Outcome.FALSE, LocalDate.of(2025, 8, 16), List.of(url, cited)),
                      "no deal by the deadline"))
          .isEmpty();
    }
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      LedgerStore.StoredResolution r = ws.ledger().resolution(TRUMP).orElseThrow();
      assertThat(r.resolution().outcome()).isEqualTo(Outcome.FALSE);
      assertThat(r.resolution().resolvedOn()).isEqualTo(LocalDate.of(2025, 8, 16));
      assertThat(r.resolution().evidence())
          .extracting(Citation::document)
          .containsExactly(
              "https://example.org/no-deal", evidenceId.substring(0, evidenceId.indexOf('#')));
      assertThat(r.note()).isEqualTo("no deal by the deadline");
      assertThat(r.recordedAt().toInstant()).isEqualTo(CLOCK.instant());
      assertThat(ws.ledger().count()).isEqualTo(1);
    }
  }

  @Test
  void resolve_replacesTheEarlierResolution_andReturnsIt() throws Exception {
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      Citation a = Citation.of("https://example.org/a");
      Citation b = Citation.of("https://example.org/b");
      ws.ledger()
          .resolve(TRUMP, Resolution.of(Outcome.TRUE, LocalDate.of(2025, 8, 10), List.of(a)), null);
      LedgerStore.StoredResolution replaced =
          ws.ledger()
              .resolve(
                  TRUMP,
                  Resolution.of(Outcome.VOID, LocalDate.of(2025, 8, 12), List.of(b)),
                  "annulled")
              .orElseThrow();
      assertThat(replaced.resolution().outcome()).isEqualTo(Outcome.TRUE);
      LedgerStore.StoredResolution now = ws.ledger().resolution(TRUMP).orElseThrow();
      assertThat(now.resolution().outcome()).isEqualTo(Outcome.VOID);
      assertThat(now.resolution().evidence()).containsExactly(b);
      assertThat(ws.ledger().resolutions()).hasSize(1);
    }
  }

  @Test
  void resolve_refusesAnUnresolvedOutcome() throws Exception {
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      assertThatThrownBy(() -> ws.ledger().resolve(TRUMP, Resolution.UNRESOLVED, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(ws.ledger().count()).isZero();
    }
  }

  @Test
  void cite_findsDocumentsAndItems_andNothingElse() throws Exception {
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      ws.store(Fixtures.evidence(2), ws.startRun(List.of(), "test"));
      String doc = ws.documentIds().get(0).value();
      assertThat(ws.ledger().cite(doc)).hasValue(new Citation(doc, null, "Parley Test Wire"));
      assertThat(ws.ledger().cite(doc + "#9999")).isEmpty();
      assertThat(ws.ledger().cite(doc + "#x")).isEmpty();
      assertThat(ws.ledger().cite("doc-0000000000000000")).isEmpty();
    }
  }

  @Test
  void recordedEntry_roundTrips_andTheFirstRecordIsKept() throws Exception {
    LedgerEntry forecast =
        LedgerEntry.of(
            "Parley:simulate-saop",
            "The talks agree by 2026-08-19",
            PredictionKind.FORECAST,
            LocalDate.of(2025, 9, 1),
            "within 365 days of 2025-08-19",
            LocalDate.of(2026, 8, 19),
            List.of(),
            0.37,
            ProbabilityBasis.MODEL,
            List.of(new Citation("scenario.yaml@sha256:abc", null, "Parley")));
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      assertThat(ws.ledger().record(forecast, "100 runs, seed 1")).isEmpty();
      LedgerEntry later =
          LedgerEntry.of(
              forecast.who(),
              forecast.what(),
              forecast.kind(),
              LocalDate.of(2025, 9, 2),
              forecast.horizon(),
              forecast.resolvesOn(),
              List.of(),
              0.5,
              ProbabilityBasis.MODEL,
              forecast.citations());
      assertThat(ws.ledger().record(later, "other"))
          .hasValueSatisfying(r -> assertThat(r.entry().probability()).isEqualTo(0.37));
    }
    try (Workspace ws = Workspace.open(dir, CLOCK)) {
      assertThat(ws.ledger().recorded())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.entry()).isEqualTo(forecast);
                assertThat(r.method()).isEqualTo("100 runs, seed 1");
              });
    }
  }
}
