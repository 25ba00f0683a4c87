package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.source.IngestDiagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that does not finish still records the documents it stored: each store counts towards its
 * run in the same transaction, a batch that ends by an error records itself as interrupted, and a
 * store that fails half-way leaves nothing behind for the next commit (issue 12).
 */
class RunRecordTest {
  @TempDir Path dir;

  @Test
  void aRunThatIsNeverFinished_showsTheDocumentsItStoredAsInterrupted() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of("in"), "test");
      ws.store(Fixtures.evidence(1), run);
      ws.store(Fixtures.evidence(2), run);
      ws.store(Fixtures.evidence(2), run);
      assertThat(ws.runs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo("running");
                assertThat(r.counts().stored()).isEqualTo(2);
              });
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.runs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo("interrupted");
                assertThat(r.finishedAt()).isNull();
                assertThat(r.counts().stored()).isEqualTo(2);
              });
    }
  }

  @Test
  void interruptRun_recordsTheCountsAndDiagnosticsOfABatchEndedByAnError() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of("in"), "test");
      int stored = 0;
      try {
        for (int i = 0; i < 5; i++) {
          if (i == 3) {
            throw new OutOfMemoryError("simulated: the batch ends by an Error");
          }
          ws.store(Fixtures.evidence(i), run);
          stored++;
        }
      } catch (OutOfMemoryError e) {
        ws.interruptRun(
            run,
            new RunCounts(stored + 1, stored, 0, 0, 1),
            List.of(IngestDiagnostic.error("in/doc-3.txt", "too-large", e.getMessage(), "hint")));
      }
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.documentCount()).isEqualTo(3);
      assertThat(ws.runs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo("interrupted");
                assertThat(r.finishedAt()).isNotNull();
                assertThat(r.counts()).isEqualTo(new RunCounts(4, 3, 0, 0, 1));
              });
    }
  }

  @Test
  void aStoreThatFailsHalfWay_leavesNoRowForTheNextCommit() throws Exception {
    DocumentEvidence good = Fixtures.evidence(1);
    DocumentEvidence broken = Fixtures.evidence(2);
    DocumentEvidence mentionsUnknownActors =
        new DocumentEvidence(broken.document(), List.of(), broken.items());
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of("in"), "test");
      assertThatThrownBy(() -> ws.store(mentionsUnknownActors, run))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(ws.store(good, run)).isTrue();
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.contains(broken.document().id())).isFalse();
      assertThat(ws.documentCount()).isEqualTo(1);
      assertThat(ws.runs().get(0).counts().stored()).isEqualTo(1);
    }
  }
}
