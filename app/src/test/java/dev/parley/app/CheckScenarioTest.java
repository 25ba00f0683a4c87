package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.app.ingest.IngestDocuments;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley check}: positions in documents newer than the scenario's as_of that contradict its
 * values, found with the scenario's own words (the harbour scenario's issues are in no built-in
 * vocabulary).
 */
class CheckScenarioTest {
  @TempDir Path dir;
  private Path scenario;
  private Path workspace;

  /** An HTML page with a publication date, so that the reader dates the document. */
  private Path page(String name, String date, String body) throws Exception {
    Path f = dir.resolve("in/" + name + ".html");
    Files.createDirectories(f.getParent());
    Files.writeString(
        f,
        "<!doctype html><html><head><title>"
            + name
            + "</title><meta property=\"article:published_time\" content=\""
            + date
            + "T09:00:00Z\"><meta property=\"og:site_name\" content=\"Harbour Herald\"></head>"
            + "<body><article><h1>"
            + name
            + "</h1><p>"
            + body
            + "</p><p>The talks resume next week at the port offices, officials said.</p>"
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    return f;
  }

  @BeforeEach
  void setUp() throws Exception {
    scenario = ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");
    workspace = dir.resolve("ws");
    List<Path> pages = new ArrayList<>();
    pages.add(
        page(
            "Union softens on cranes",
            "2026-03-20",
            "The Dockworkers' Union accepted full automation now in exchange for early"
                + " retirement, its leader said on Friday."));
    pages.add(
        page(
            "Before the deadline",
            "2026-02-10",
            "The Dockworkers' Union accepted full automation now, a leaflet claimed."));
    pages.add(
        page(
            "Board digs in",
            "2026-03-25",
            "The Port Authority rejected full automation now at the terminal, the board said."));
    try (Workspace ws = Workspace.open(workspace)) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(ws, pages, IngestDocuments.Listener.NONE);
    }
  }

  @Test
  void newerPositionsAgainstTheProfiles_areFound_withTheirDocumentAndSentence() {
    CheckScenario.Result r = CheckScenario.run(scenario, workspace);
    assertThat(r.failed()).as(r.diagnostics() + r.workspaceMessages()).isFalse();
    assertThat(r.asOf()).hasToString("2026-03-01");
    assertThat(r.checked()).isEqualTo(2);
    assertThat(r.older()).isEqualTo(1);
    assertThat(r.lines())
        .extracting(l -> l.kind() + " " + l.where())
        .containsExactly(
            "crosses-red-line profiles/union/red_lines/0",
            "rejects-first profiles/port/stances/automation");
    CheckScenario.Line union = r.lines().get(0);
    assertThat(union.message()).contains("union accepts", "Full automation now", "red line");
    assertThat(union.published()).hasToString("2026-03-20");
    assertThat(union.outlet()).isEqualTo("Harbour Herald");
    assertThat(union.sentence()).startsWith("The Dockworkers' Union accepted full automation");
    assertThat(union.end()).isGreaterThan(union.start());
    assertThat(union.extractor()).startsWith("position-inferrer");
  }

  @Test
  void json_followsTheSchema_andCarriesEachFindingsSource() throws Exception {
    CheckScenario.Result r = CheckScenario.run(scenario, workspace);
    String json = r.json("harbour.yaml");
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(
                    ProjectFiles.resolve("docs/schema/check.schema.json"), StandardCharsets.UTF_8),
                InputFormat.JSON);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json)
        .contains(
            "\"kind\" : \"crosses-red-line\"",
            "\"where\" : \"profiles/union/red_lines/0\"",
            "\"outlet\" : \"Harbour Herald\"",
            "\"published\" : \"2026-03-20\"",
            "\"checked\" : 2");
  }

  @Test
  void aMissingWorkspace_orABrokenScenario_isAFailure() throws Exception {
    assertThat(CheckScenario.run(scenario, dir.resolve("nowhere")).failed()).isTrue();
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "scenario: [unclosed\n");
    CheckScenario.Result r = CheckScenario.run(broken, workspace);
    assertThat(r.failed()).isTrue();
    assertThat(r.diagnostics()).contains("broken.yaml:", "error: [");
  }
}
