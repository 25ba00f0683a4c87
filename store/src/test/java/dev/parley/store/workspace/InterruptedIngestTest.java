package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of an ingestion loses nothing it had committed: the workspace
 * opens, holds every document reported stored, repairs its search index, marks the run interrupted,
 * and a second run stores only the rest.
 */
class InterruptedIngestTest {
  private static final int ARTICLES = 40;
  private static final int KILL_AFTER = 5;

  @TempDir Path dir;

  @Test
  void killedIngestion_keepsCommittedDocumentsAndTheRerunStoresOnlyTheRest() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                SlowIngestMain.class.getName(),
                dir.toString(),
                Integer.toString(ARTICLES),
                "200")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int reported = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          reported = Integer.parseInt(line.substring(7).strip());
          if (reported >= KILL_AFTER) {
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(reported)
        .as("the child stored documents before it was killed")
        .isEqualTo(KILL_AFTER);

    int kept;
    try (Workspace ws = Workspace.open(dir)) {
      kept = ws.documentCount();
      assertThat(kept).isBetween(KILL_AFTER, KILL_AFTER + 1);
      assertThat(ws.runs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo("interrupted");
                assertThat(r.counts().stored())
                    .as("the run record counts what the killed run committed")
                    .isEqualTo(kept);
              });
      assertThat(
              ws
                  .find(
                      EvidenceQuery.all()
                          .withSearch("prisoners")
                          .withTypes(Set.of(EvidenceType.NUMBER)))
                  .stream()
                  .map(e -> e.citation().document())
                  .distinct()
                  .count())
          .as("every kept document is searchable again")
          .isEqualTo(kept);
      assertThat(ws.repairedOnOpen()).isEqualTo(kept);

      RunId rerun = ws.startRun(List.of("fixtures"), "rerun");
      int stored = 0;
      int present = 0;
      int items = 0;
      for (int i = 0; i < ARTICLES; i++) {
        DocumentEvidence e = Fixtures.evidence(i);
        items += e.items().size();
        if (ws.store(e, rerun)) {
          stored++;
        } else {
          present++;
        }
      }
      assertThat(present).isEqualTo(kept);
      assertThat(stored).isEqualTo(ARTICLES - kept);
      assertThat(ws.documentCount()).isEqualTo(ARTICLES);
      int rows = ws.evidenceCounts().values().stream().mapToInt(Integer::intValue).sum();
      assertThat(rows).as("no duplicate evidence rows").isEqualTo(items);
    }
  }
}
