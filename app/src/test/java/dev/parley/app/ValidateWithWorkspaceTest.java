package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley validate --workspace}: every evidence id a scenario cites is checked. */
class ValidateWithWorkspaceTest {
  @TempDir Path dir;
  private Path workspace;
  private String held;
  private String harbour;

  @BeforeEach
  void ingestOneArticle() throws Exception {
    Path article = dir.resolve("in/article.txt");
    Files.createDirectories(article.getParent());
    Files.writeString(
        article,
        "The dockers' union rejected the port authority's offer, its leader said on Monday.\n\n"
            + "\u201cWe will not accept a freeze,\u201d the union's leader said.\n",
        StandardCharsets.UTF_8);
    workspace = dir.resolve("ws");
    try (Workspace ws = Workspace.open(workspace)) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(ws, List.of(article), IngestDocuments.Listener.NONE);
      held = ws.find(EvidenceQuery.all()).get(0).id();
    }
    harbour =
        Files.readString(
            ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"),
            StandardCharsets.UTF_8);
    assertThat(harbour).contains("evidence: [ev-17]");
  }

  private Path scenario(String evidence) throws Exception {
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, harbour.replace("evidence: [ev-17]", "evidence: [" + evidence + "]"));
    return file;
  }

  @Test
  void anIdTheWorkspaceHolds_passes_andIsCounted() throws Exception {
    ValidateScenario.Result r = ValidateScenario.run(List.of(scenario(held)), workspace);
    assertThat(r.loaded().hasErrors()).isFalse();
    assertThat(r.workspaceFailed()).isFalse();
    assertThat(r.citedEvidence()).isEqualTo(1);
  }

  @Test
  void anIdTheWorkspaceDoesNotHold_isAnErrorAtItsLine() throws Exception {
    String missing = held.substring(0, held.indexOf('#')) + "#99999";
    Path file = scenario(held + ", " + missing + ", ev-17");
    ValidateScenario.Result r = ValidateScenario.run(List.of(file), workspace);
    assertThat(r.loaded().hasErrors()).isTrue();
    List<LocatedDiagnostic> errors = r.loaded().errors();
    assertThat(errors).extracting(d -> d.diagnostic().code()).containsOnly("unknown-evidence");
    assertThat(errors)
        .extracting(d -> d.diagnostic().message())
        .anySatisfy(m -> assertThat(m).contains("'" + missing + "'"))
        .anySatisfy(m -> assertThat(m).contains("'ev-17'"))
        .noneSatisfy(m -> assertThat(m).contains("'" + held + "'"));
    int line = harbourLine("evidence: [ev-17]");
    assertThat(errors).allSatisfy(d -> assertThat(d.line()).isEqualTo(line));
    assertThat(r.citedEvidence()).isEqualTo(3);
  }

  @Test
  void withoutAWorkspace_evidenceIdsAreNotChecked() throws Exception {
    ValidateScenario.Result r = ValidateScenario.run(List.of(scenario("nowhere#1")));
    assertThat(r.loaded().hasErrors()).isFalse();
    assertThat(r.citedEvidence()).isZero();
  }

  @Test
  void aMissingWorkspace_isAnInputError_withItsMessage() throws Exception {
    ValidateScenario.Result r =
        ValidateScenario.run(List.of(scenario(held)), dir.resolve("no-such-workspace"));
    assertThat(r.workspaceFailed()).isTrue();
    assertThat(r.workspaceMessages()).singleElement().asString().contains("error: [");
  }

  private int harbourLine(String text) {
    String[] lines = harbour.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }
}
