package dev.parley.app.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.app.AnalyzeScenario;
import dev.parley.app.ForecastScenario;
import dev.parley.app.ValidateScenario;
import dev.parley.app.ingest.IngestDocuments;
import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.validate.Assumption;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley draft}: a scenario drafted from a workspace validates against it, analyses and
 * forecasts as it is, cites evidence for every stance and names everything else as an assumption,
 * and is the same byte for byte from the same documents.
 */
class DraftScenarioTest {
  @TempDir Path dir;

  private static Path ingest(Path workspace, List<Path> inputs) throws Exception {
    try (Workspace ws = Workspace.open(workspace)) {
      IngestDocuments.Summary summary =
          new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
              .run(ws, inputs, IngestDocuments.Listener.NONE);
      assertThat(summary.hasErrors()).isFalse();
    }
    return workspace;
  }

  private static ScenarioDraft draft(Path workspace) {
    DraftScenario.Result r = DraftScenario.run(workspace);
    assertThat(r.draft()).as("%s", r.messages()).isNotNull();
    return r.draft();
  }

  /** Validates, analyses and forecasts the draft's YAML; returns the scenario read back. */
  private Scenario checkRuns(ScenarioDraft draft, Path workspace, String name) throws Exception {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, DraftScenario.yaml(draft), StandardCharsets.UTF_8);
    ValidateScenario.Result v = ValidateScenario.run(List.of(file), workspace);
    assertThat(v.loaded().errors()).as("validate errors").isEmpty();
    assertThat(v.workspaceFailed()).isFalse();
    assertThat(v.citedEvidence()).isPositive();
    Scenario read = v.loaded().value();
    assertThat(read).isNotNull();
    assertThat(read).isEqualTo(draft.scenario());
    AnalyzeScenario.Result a = new AnalyzeScenario().run(List.of(file));
    assertThat(a.report())
        .as("analyze %s", a.diagnostics().stream().map(LocatedDiagnostic::toString).toList())
        .isNotNull();
    ForecastScenario.Result f = new ForecastScenario().run(file, List.of(), 7L);
    assertThat(f.report()).as("forecast %s", f.diagnostics()).isNotNull();
    // every value is either cited or listed as an assumption with a note
    List<Assumption> assumed = v.assumptions();
    assertThat(assumed).isNotEmpty().allSatisfy(x -> assertThat(x.note()).isNotBlank());
    assertThat(assumed.size()).isEqualTo(draft.assumptions().size());
    String yaml = DraftScenario.yaml(draft);
    for (ScenarioDraft.AssumedValue x : draft.assumptions()) {
      assertThat(yaml).contains("ASSUMPTION. To settle:");
      assertThat(assumed).anySatisfy(y -> assertThat(y.where().toString()).isEqualTo(x.path()));
    }
    return read;
  }

  private static int citedValues(Scenario s) {
    int n = 0;
    for (ActorProfile p : s.profiles()) {
      List<Estimate> all = new ArrayList<>(List.of(p.capability(), p.reservation(), p.patience()));
      for (IssueStance st : p.stances().values()) {
        all.add(st.ideal());
        all.add(st.salience());
        all.addAll(st.utilities().values());
      }
      n += (int) all.stream().filter(e -> !e.basis().evidence().isEmpty()).count();
      n += (int) p.redLines().stream().filter(r -> !r.basis().evidence().isEmpty()).count();
    }
    return n;
  }

  private static Set<String> names(Scenario s) {
    return s.actors().stream().map(Actor::name).collect(Collectors.toSet());
  }

  @Test
  void seeds_draftValidatesAnalysesAndCitesEvidence() throws Exception {
    Path seeds = SharedData.resolve("corpus/seeds");
    Path ws = ingest(dir.resolve("ws"), List.of(seeds));
    ScenarioDraft draft = draft(ws);
    Scenario read = checkRuns(draft, ws, "seeds");
    assertThat(names(read)).contains("United States", "Russia", "Ukraine", "European states");
    assertThat(citedValues(read)).isGreaterThanOrEqualTo(20);
    assertThat(draft.citedValues()).isEqualTo(citedValues(read));
    assertThat(read.sources()).hasSize(5);
    assertThat(read.profiles()).hasSizeGreaterThanOrEqualTo(3);
    // the most prominent actors come first
    assertThat(draft.actors().getFirst().rank()).isEqualTo(1);
    assertThat(draft.actors())
        .isSortedAccordingTo(
            (x, y) ->
                x.documents() != y.documents()
                    ? Integer.compare(y.documents(), x.documents())
                    : Integer.compare(y.mentions(), x.mentions()) != 0
                        ? Integer.compare(y.mentions(), x.mentions())
                        : Integer.compare(y.evidence(), x.evidence()));
    // people act for their state
    Actor putin =
        read.actors().stream().filter(a -> a.name().contains("Putin")).findFirst().orElseThrow();
    assertThat(putin.memberOf())
        .extracting(id -> read.actor(id).orElseThrow().name())
        .containsExactly("Russia");

    // byte for byte: the same workspace twice, and a fresh workspace of the same documents
    assertThat(DraftScenario.yaml(draft(ws))).isEqualTo(DraftScenario.yaml(draft));
    Path again = ingest(dir.resolve("ws2"), List.of(seeds));
    assertThat(DraftScenario.yaml(draft(again))).isEqualTo(DraftScenario.yaml(draft));
    assertThat(DraftScenario.json(draft(again))).isEqualTo(DraftScenario.json(draft));
  }

  @Test
  void bundledExampleDocuments_draftValidatesAndAnalyses() throws Exception {
    Path documents = ProjectFiles.resolve("examples/ukraine-2025/documents");
    Path ws = ingest(dir.resolve("ws"), List.of(documents));
    ScenarioDraft draft = draft(ws);
    Scenario read = checkRuns(draft, ws, "examples");
    assertThat(citedValues(read)).isPositive();
    assertThat(names(read)).contains("Russia", "Ukraine");
    assertThat(read.sources()).hasSizeGreaterThanOrEqualTo(5);
  }

  /** An invented dispute over a harbour, so that nothing rests on the Ukraine vocabulary. */
  @Test
  void inventedHarbourDispute_draftsItsOwnIssuesAndActors() throws Exception {
    Path in = dir.resolve("harbour");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("a.html"),
        """
        <html><head><title>Workers want a raise before cranes arrive</title>
        <meta property="og:site_name" content="Harbour Gazette">
        <meta property="article:published_time" content="2031-02-12">
        <link rel="canonical" href="https://example.org/gazette/0212">
        </head><body><article><h1>Workers want a raise before cranes arrive</h1>
        <p>The Harbour Workers Union demanded a wage increase on Thursday and rejected the
        automated cranes at the container terminal.</p>
        <p>The Port Commission rejected the wage increase and said the cranes were needed.</p>
        <p>The City Council proposed mediation between the two sides.</p>
        </article></body></html>
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("b.html"),
        """
        <html><head><title>Port board insists on cranes</title>
        <meta property="og:site_name" content="Coastal Business Daily">
        <meta property="article:published_time" content="2031-02-20">
        </head><body><article><h1>Port board insists on cranes</h1>
        <p>The Port Commission demanded automated cranes at every berth by next spring.</p>
        <p>The Harbour Workers Union rejected automated cranes again, and the Port Commission
        proposed a smaller wage increase.</p>
        <p>The City Council accepted mediation by a retired judge.</p>
        </article></body></html>
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("c.html"),
        """
        <html><head><title>Shift talks stall</title>
        <meta property="og:site_name" content="Harbour Radio">
        <meta property="article:published_time" content="2031-03-02">
        </head><body><article><h1>Shift talks stall</h1>
        <p>The Port Commission demanded longer shifts at the terminal. The Harbour Workers Union
        rejected longer shifts and demanded a wage increase of five percent.</p>
        </article></body></html>
        """,
        StandardCharsets.UTF_8);
    Path ws = ingest(dir.resolve("ws"), List.of(in));
    ScenarioDraft draft = draft(ws);
    Scenario read = checkRuns(draft, ws, "harbour");
    assertThat(names(read)).contains("Harbour Workers Union", "Port Commission");
    assertThat(read.profiles()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(read.issues())
        .extracting(i -> i.id().value())
        .contains("cranes")
        .doesNotContain("territory", "nato", "sanctions", "security-guarantees");
    assertThat(citedValues(read)).isGreaterThanOrEqualTo(4);
    assertThat(read.asOf()).hasToString("2031-03-02");
    assertThat(read.sources())
        .extracting(s -> s.outlet())
        .containsExactly("Harbour Gazette", "Coastal Business Daily", "Harbour Radio");
    assertThat(read.sources().getFirst().url()).isEqualTo("https://example.org/gazette/0212");
    assertThat(DraftScenario.yaml(draft)).startsWith("# A DRAFT written by parley draft");
  }

  @Test
  void anEmptyWorkspace_isAnErrorWithAHint() throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      assertThat(w.documentCount()).isZero();
    }
    DraftScenario.Result r = DraftScenario.run(ws);
    assertThat(r.failed()).isTrue();
    assertThat(String.join("\n", r.messages()))
        .contains("[" + "draft-no-positions" + "]")
        .contains("hint:");
    assertThat(ProjectFiles.resolve("docs/errors/" + DraftScenario.NO_POSITIONS + ".md")).exists();
    assertThat(DraftScenario.run(dir.resolve("nothing-here")).failed()).isTrue();
  }

  @Test
  void json_followsTheSchema_andItsScenarioTheScenarioSchema() throws Exception {
    Path ws =
        ingest(dir.resolve("ws"), List.of(ProjectFiles.resolve("examples/ukraine-2025/documents")));
    String json = DraftScenario.json(draft(ws));
    JsonNode tree = JsonMapper.builder().build().readTree(json);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema draftSchema =
        registry.getSchema(
            Files.readString(ProjectFiles.resolve("docs/schema/draft.schema.json")),
            InputFormat.JSON);
    assertThat(draftSchema.validate(json, InputFormat.JSON)).isEmpty();
    Schema scenarioSchema =
        registry.getSchema(
            Files.readString(ProjectFiles.resolve("docs/schema/scenario.schema.json")),
            InputFormat.JSON);
    assertThat(scenarioSchema.validate(tree.get("scenario").toString(), InputFormat.JSON))
        .isEmpty();
    // the schema can fail: an output without its actors does not pass
    String broken = json.replaceFirst("\"actors\"", "\"actorz\"");
    assertThat(draftSchema.validate(broken, InputFormat.JSON)).isNotEmpty();
  }
}
