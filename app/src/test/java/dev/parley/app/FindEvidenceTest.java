package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence reader parley serve uses: the query of parley evidence, kept open between calls. */
class FindEvidenceTest {
  private static FindEvidence.Query search(String words, int limit) {
    return new FindEvidence.Query(null, null, null, List.of(), null, null, words, false, limit);
  }

  @Test
  void find_writesOneJsonLinePerItem_andDocumentGivesTheTextTheSpansPointInto(@TempDir Path dir)
      throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(
              w,
              List.of(ProjectFiles.resolve("examples/ukraine-2025/documents")),
              IngestDocuments.Listener.NONE);
    }
    try (FindEvidence find = new FindEvidence(ws)) {
      FindEvidence.Found all = find.find(search("sanctions", 1000));
      assertThat(all.errors()).isEmpty();
      assertThat(all.count()).isPositive().isEqualTo((int) all.total());
      assertThat(all.json()).isNotNull();
      assertThat(all.json().lines()).hasSize(all.count()).allMatch(l -> l.startsWith("{\"id\":"));
      FindEvidence.Found cut = find.find(search("sanctions", 2));
      assertThat(cut.count()).isEqualTo(2);
      assertThat(cut.total()).isEqualTo(all.total());

      String first = all.json().lines().findFirst().orElseThrow();
      String doc = first.replaceAll(".*\"citation\":\\{\"document\":\"([^\"]+)\".*", "$1");
      List<String> errors = new java.util.ArrayList<>();
      FindEvidence.DocumentText text = find.document(doc, errors);
      assertThat(errors).isEmpty();
      assertThat(text).isNotNull();
      assertThat(text.text()).containsIgnoringCase("sanctions");
      assertThat(find.document("doc-0000000000000000", errors)).isNull();
    }
  }

  @Test
  void badTypes_andAMissingWorkspace_areErrorsWithTheirCode(@TempDir Path dir) {
    try (FindEvidence find = new FindEvidence(dir.resolve("none"))) {
      FindEvidence.Found bad =
          find.find(
              new FindEvidence.Query(
                  null, null, null, List.of("gossip"), null, null, null, false, 5));
      assertThat(bad.json()).isNull();
      assertThat(bad.errors()).singleElement().asString().contains("[bad-parameter]");
      FindEvidence.Found missing = find.find(search("x", 5));
      assertThat(missing.json()).isNull();
      assertThat(missing.errors()).singleElement().asString().contains("[workspace-missing]");
    }
  }
}
