package dev.parley.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.forecastbench.ForecastBenchReader;
import dev.parley.io.forecastbench.ForecastBenchSet;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.SharedData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley ledger import} and {@code export}: the shared ForecastBench set into a workspace's
 * ledger, scored there, and written back in the same shape.
 */
class ForecastBenchExchangeTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void theSharedSet_importsOnce_scoresAsReadAndExportsBackToTheSameEntries() {
    Path questions = SharedData.resolve("data/forecastbench/2024-07-21-human.json");
    Path resolutions = SharedData.resolve("data/forecastbench/2024-07-21_resolution_set.json");
    ForecastBenchSet set = ForecastBenchReader.read(questions, resolutions).orElseThrow();
    long decided =
        set.entries().stream().filter(e -> e.resolution().outcome() != Outcome.UNRESOLVED).count();
    Path ws = dir.resolve("ws");
    ForecastBenchExchange exchange = new ForecastBenchExchange(TODAY);

    ForecastBenchExchange.Imported first =
        exchange.importSets(ws, questions, resolutions).imported();
    assertThat(first).isNotNull();
    assertThat(first.recorded()).isEqualTo(set.entries().size()).isPositive();
    assertThat(first.resolved()).isEqualTo((int) decided);

    // importing again changes nothing
    ForecastBenchExchange.Imported again =
        exchange.importSets(ws, questions, resolutions).imported();
    assertThat(again).isNotNull();
    assertThat(again.recorded()).isZero();
    assertThat(again.alreadyRecorded()).isEqualTo(set.entries().size());
    assertThat(again.resolved()).isZero();
    assertThat(again.resolutionsKept()).isEqualTo((int) decided);

    // the workspace's ledger holds the same entries with the same outcomes
    List<LedgerEntry> inLedger;
    try (Workspace w = Workspace.open(ws)) {
      inLedger = WorkspaceLedger.build(w, null).entries();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(inLedger)
        .extracting(e -> e.id() + " " + e.probability() + " " + e.resolution().outcome())
        .containsExactlyElementsOf(
            set.entries().stream()
                .map(e -> e.id() + " " + e.probability() + " " + e.resolution().outcome())
                .toList());
    // scored there as the reader's entries score
    ScoreLedger.Scores scores =
        ScoreLedger.score(new ScoreLedger.Request(ws, ScoreLedger.By.PERSON)).scores();
    assertThat(scores).isNotNull();
    assertThat(scores.overall().scored())
        .isEqualTo(
            (int)
                set.entries().stream()
                    .filter(
                        e ->
                            e.resolution().outcome() == Outcome.TRUE
                                || e.resolution().outcome() == Outcome.FALSE)
                    .count());

    // exported and read back: the same questions, probabilities and outcomes
    Path q = dir.resolve("out/questions.json");
    Path r = dir.resolve("out/resolutions.json");
    ForecastBenchExchange.ExportResult exported =
        exchange.exportSets(new ForecastBenchExchange.ExportRequest(ws, q, r, null, null, "x"));
    assertThat(exported.printedDiagnostics()).isEmpty();
    assertThat(exported.entries()).isEqualTo(set.entries().size());
    LoadResult<ForecastBenchSet> back = ForecastBenchReader.read(q, r);
    assertThat(back.hasErrors()).isFalse();
    assertThat(back.orElseThrow().entries())
        .extracting(e -> e.id() + " " + e.probability() + " " + e.resolution().outcome())
        .containsExactlyElementsOf(
            set.entries().stream()
                .map(e -> e.id() + " " + e.probability() + " " + e.resolution().outcome())
                .toList());
  }

  @Test
  void exportOfAMissingWorkspace_isAnError_andWritesNothing() {
    Path q = dir.resolve("q.json");
    ForecastBenchExchange.ExportResult r =
        new ForecastBenchExchange(TODAY)
            .exportSets(
                new ForecastBenchExchange.ExportRequest(
                    dir.resolve("none"), q, dir.resolve("r.json"), null, null, "x"));
    assertThat(r.entries()).isNegative();
    assertThat(r.printedDiagnostics()).contains("error: [");
    assertThat(q).doesNotExist();
  }
}
