package dev.parley.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestResult;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.workspace.RunCounts;
import dev.parley.store.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestDocumentsTest {
  private static final EvidenceExtractor EXTRACTOR = EvidenceExtractor.withBuiltInRegistry();

  @TempDir Path dir;

  /** Writes n small articles with distinct content, one file each. */
  private List<Path> articles(int n) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path f = dir.resolve("in/article-" + i + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(
          f,
          "Russian President Vladimir Putin rejected the ceasefire proposal, the Kremlin said.\n\n"
              + "\u201cWe will not accept these terms,\u201d Putin said on day "
              + i
              + " of the talks.\n\n"
              + "Ukrainian President Volodymyr Zelensky urged the European Union to impose"
              + " sanctions on Russia, and talks on the exchange of 1,000 prisoners went on.\n",
          StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  @Test
  void interruptedRun_keepsWhatItStoredAndTheRerunStoresOnlyTheRest() throws Exception {
    List<Path> inputs = articles(6);
    DocumentReader real = new DocumentReader();
    Function<Path, IngestResult> failsOnTheFourth =
        p -> {
          if (p.equals(inputs.get(3))) {
            throw new IllegalStateException("simulated crash while reading " + p);
          }
          return real.read(p);
        };
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      assertThatThrownBy(
              () ->
                  new IngestDocuments(failsOnTheFourth, EXTRACTOR)
                      .run(w, inputs, IngestDocuments.Listener.NONE))
          .hasMessageContaining("simulated crash");
    }
    int items;
    try (Workspace w = Workspace.open(ws)) {
      assertThat(w.documentCount()).isEqualTo(3);
      assertThat(w.runs().get(0).status()).isEqualTo("interrupted");
      items = w.evidenceCounts().values().stream().mapToInt(Integer::intValue).sum();

      IngestDocuments.Summary again =
          new IngestDocuments(EXTRACTOR).run(w, inputs, IngestDocuments.Listener.NONE);
      assertThat(again.counts()).isEqualTo(new RunCounts(6, 3, 0, 3, 0));
      assertThat(again.workspaceDocuments()).isEqualTo(6);
      int added = again.stored().values().stream().mapToInt(Integer::intValue).sum();
      assertThat(again.workspaceEvidence().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(items + added);

      IngestDocuments.Summary third =
          new IngestDocuments(EXTRACTOR).run(w, inputs, IngestDocuments.Listener.NONE);
      assertThat(third.counts()).isEqualTo(new RunCounts(6, 0, 0, 6, 0));
      assertThat(third.stored().get(EvidenceType.QUOTE)).isZero();
      assertThat(w.runs())
          .extracting(r -> r.status())
          .containsExactly("interrupted", "finished", "finished");
    }
  }

  @Test
  void duplicatesInOneRun_areCountedOnceAndBadInputsDoNotStopTheBatch() throws Exception {
    List<Path> inputs = new ArrayList<>(articles(2));
    Path copy = dir.resolve("in/copy-of-0.txt");
    Files.copy(inputs.get(0), copy);
    Path broken = Files.writeString(dir.resolve("in/broken.json"), "{\"title\": ");
    inputs.add(copy);
    inputs.add(broken);
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      IngestDocuments.Summary s =
          new IngestDocuments(EXTRACTOR).run(w, inputs, IngestDocuments.Listener.NONE);
      assertThat(s.counts()).isEqualTo(new RunCounts(3, 2, 1, 0, 1));
      assertThat(s.hasErrors()).isTrue();
      assertThat(s.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.file()).endsWith("broken.json");
                assertThat(d.code()).isEqualTo("malformed-json");
              });
      assertThat(w.documentCount()).isEqualTo(2);
    }
  }
}
