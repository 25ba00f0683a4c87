package dev.parley.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.ingest.source.ReadOptions;
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
            throw new SimulatedCrash("simulated crash while reading " + p);
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
      assertThat(w.runs().get(0).counts())
          .as("the interrupted run records the documents it stored before the error")
          .isEqualTo(new RunCounts(3, 3, 0, 0, 0));
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

  /** An error no batch handles: it stands for the process dying at this point. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String message) {
      super(message);
    }
  }

  @Test
  void outOfMemoryInOneDocumentsExtraction_isReportedAndTheBatchGoesOn() throws Exception {
    List<Path> inputs = articles(3);
    DocumentReader real = new DocumentReader();
    Function<Document, DocumentEvidence> failsOnTheSecond =
        d -> {
          if (d.origin().equals(inputs.get(1).toString())) {
            throw new OutOfMemoryError("Java heap space");
          }
          return EXTRACTOR.extract(d);
        };
    List<Throwable> crashes = new ArrayList<>();
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      IngestDocuments.Summary s =
          new IngestDocuments(real::read, failsOnTheSecond)
              .run(
                  w,
                  inputs,
                  new IngestDocuments.Listener() {
                    @Override
                    public void crashed(IngestDiagnostic diagnostic, Throwable cause) {
                      crashes.add(cause);
                    }
                  });

      assertThat(s.counts()).isEqualTo(new RunCounts(3, 2, 0, 0, 1));
      assertThat(s.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.file()).isEqualTo(inputs.get(1).toString());
                assertThat(d.code()).isEqualTo("out-of-memory");
                assertThat(d.message())
                    .contains(
                        String.format(
                            java.util.Locale.ROOT,
                            "%,d MB",
                            Runtime.getRuntime().maxMemory() / (1024 * 1024)));
                assertThat(d.format()).doesNotContain("\tat ");
              });
      assertThat(crashes).singleElement().isInstanceOf(OutOfMemoryError.class);
      assertThat(w.documentCount()).isEqualTo(2);
      assertThat(w.runs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo("finished");
                assertThat(r.counts()).isEqualTo(new RunCounts(3, 2, 0, 0, 1));
              });
    }
  }

  @Test
  void errorsWhileReadingOneInput_areReportedAndTheBatchGoesOn() throws Exception {
    List<Path> inputs = articles(4);
    DocumentReader real = new DocumentReader();
    Function<Path, IngestResult> failing =
        p -> {
          if (p.equals(inputs.get(1))) {
            throw new OutOfMemoryError("Java heap space");
          }
          if (p.equals(inputs.get(2))) {
            throw new StackOverflowError();
          }
          return real.read(p);
        };
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      IngestDocuments.Summary s =
          new IngestDocuments(failing, EXTRACTOR).run(w, inputs, IngestDocuments.Listener.NONE);

      assertThat(s.diagnostics())
          .extracting(IngestDiagnostic::code)
          .containsExactly("out-of-memory", "reader-failure");
      assertThat(s.diagnostics().get(1).message()).contains("ran out of stack");
      assertThat(s.counts()).isEqualTo(new RunCounts(2, 2, 0, 0, 2));
      assertThat(w.runs().get(0).status()).isEqualTo("finished");
    }
  }

  @Test
  void folderWithALinkOut_storesOnlyWhatIsInsideUnlessLinksAreFollowed() throws Exception {
    List<Path> two = articles(2);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path secret = Files.move(two.get(1), outside.resolve("secret.txt"));
    Files.createSymbolicLink(dir.resolve("in/link.txt"), secret);
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      IngestDocuments.Summary kept =
          new IngestDocuments(EXTRACTOR)
              .run(w, List.of(dir.resolve("in")), IngestDocuments.Listener.NONE);

      assertThat(kept.counts()).isEqualTo(new RunCounts(1, 1, 0, 0, 0));
      assertThat(kept.hasErrors()).isFalse();
      assertThat(kept.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("link-outside");
                assertThat(d.file()).endsWith("link.txt");
              });

      IngestDocuments.Summary followed =
          new IngestDocuments(ReadOptions.defaults().withFollowLinks(true), EXTRACTOR)
              .run(w, List.of(dir.resolve("in")), IngestDocuments.Listener.NONE);
      assertThat(followed.counts()).isEqualTo(new RunCounts(2, 1, 0, 1, 0));
    }
  }
}
