package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.AnalyzeScenario;
import dev.parley.app.AnalyzeUncertainty;
import dev.parley.app.ForecastJson;
import dev.parley.app.ForecastModels;
import dev.parley.app.ForecastScenario;
import dev.parley.app.SimulateScenario;
import dev.parley.app.SimulationJson;
import dev.parley.app.UncertaintyJson;
import dev.parley.app.ValidateScenario;
import dev.parley.core.random.Seed;
import dev.parley.io.diagnostic.DiagnosticsJson;
import dev.parley.io.result.BargainingJson;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.Workspace;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every analysis route answers exactly the bytes the command's use case and JSON writer give for
 * the same file (the command line prints the same writer's output: cli's ServeCommandTest checks
 * the command itself).
 */
class ApiTest {
  @TempDir static Path dir;
  static Path workspace;
  static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    workspace = Fixture.exampleWorkspace(dir);
    server = Fixture.start(workspace, List.of(Fixture.ukraine(), Fixture.softened()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String file() {
    return Fixture.ukraine().toString();
  }

  @Test
  void scenarios_areListedByName_withTheFileAsGiven() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/scenarios");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode list = WebServer.JSON.readTree(r.body()).get("scenarios");
    assertThat(list.get(0).get("name").asString()).isEqualTo("ukraine-2025");
    assertThat(list.get(0).get("file").asString()).isEqualTo(file());
    assertThat(list.get(1).get("name").asString()).isEqualTo("scenario-softened");
  }

  @Test
  void analysis_isTheBytesOfAnalyzeFormatJson() throws Exception {
    var result = new AnalyzeScenario().run(List.of(Fixture.ukraine()));
    String expected = BargainingJson.write(result.report(), List.of(file()), "test");
    HttpResponse<String> r = Http.get(server, "/api/scenarios/ukraine-2025/analysis");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(r.body()).isEqualTo(expected);
    // the second answer comes from the cache and is the same bytes
    assertThat(Http.get(server, "/api/scenarios/ukraine-2025/analysis").body()).isEqualTo(expected);
  }

  @Test
  void validate_isTheBytesOfValidateFormatJson() throws Exception {
    var result = ValidateScenario.run(List.of(Fixture.ukraine()));
    String expected = DiagnosticsJson.write(file(), result.loaded(), result.assumptions());
    assertThat(Http.get(server, "/api/scenarios/ukraine-2025/validate").body()).isEqualTo(expected);
  }

  @Test
  void forecastWithTrials_isTheBytesOfForecastFormatJson() throws Exception {
    ForecastScenario.Report report =
        new ForecastScenario().run(Fixture.ukraine(), List.of(), 7L).report();
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    AnalyzeUncertainty.Options options =
        new AnalyzeUncertainty.Options(
            60,
            Seed.of(7),
            1,
            null,
            ForecastModels.names(),
            d.rounds(),
            d.horizonDays(),
            d.top(),
            true,
            true,
            false);
    var uncertainty = new AnalyzeUncertainty().run(List.of(Fixture.ukraine()), options).report();
    String expected = ForecastJson.write(report.withUncertainty(uncertainty), false, "test");
    HttpResponse<String> r =
        Http.get(server, "/api/scenarios/ukraine-2025/forecast?trials=60&seed=7&threads=1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(expected);
  }

  @Test
  void uncertainty_isTheBytesOfUncertaintyFormatJson() throws Exception {
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    AnalyzeUncertainty.Options options =
        new AnalyzeUncertainty.Options(
            50,
            Seed.of(3),
            1,
            AnalyzeUncertainty.Sensitivity.TORNADO,
            ForecastModels.names(),
            d.rounds(),
            d.horizonDays(),
            d.top(),
            true,
            true,
            false);
    var report = new AnalyzeUncertainty().run(List.of(Fixture.ukraine()), options).report();
    String expected = UncertaintyJson.write(report, List.of(file()), "test");
    HttpResponse<String> r =
        Http.get(
            server,
            "/api/scenarios/ukraine-2025/uncertainty?trials=50&seed=3&threads=1&sensitivity=tornado");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(expected);
  }

  @Test
  void simulate_isTheBytesOfSimulateFormatJson() throws Exception {
    SimulateScenario.Settings d = SimulateScenario.Settings.defaults();
    SimulateScenario.Settings settings =
        new SimulateScenario.Settings(
            d.protocol(),
            d.agents(),
            d.rounds(),
            5,
            2,
            1,
            d.horizonDays(),
            d.target(),
            d.firstDraft(),
            d.sessions(),
            true);
    var report = SimulateScenario.run(List.of(Fixture.ukraine()), settings).report();
    String expected = SimulationJson.write(report, "test");
    HttpResponse<String> r =
        Http.get(server, "/api/scenarios/ukraine-2025/simulate?runs=2&seed=5&threads=1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(expected);
  }

  @Test
  void evidence_isTheBytesOfEvidenceFormatJson_asTheCommandWritesThem() throws Exception {
    // what parley evidence --search sanctions --limit 50 --format json writes, from the store
    StringWriter expected = new StringWriter();
    server.close();
    try (Workspace ws = Workspace.open(workspace)) {
      var page =
          ws.searchPage(
              new EvidenceQuery(
                  null,
                  null,
                  null,
                  EvidenceQuery.DEFAULT_TYPES,
                  null,
                  null,
                  "sanctions",
                  50,
                  SearchSyntax.LITERAL));
      for (StoredEvidence e : page.items()) {
        EvidenceJson.writeStored(e, expected);
      }
      assertThat(page.items()).isNotEmpty();
    } finally {
      server = Fixture.start(workspace, List.of(Fixture.ukraine(), Fixture.softened()));
    }
    HttpResponse<String> r = Http.get(server, "/api/evidence?search=sanctions&limit=50");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(expected.toString());
    assertThat(r.headers().firstValue("X-Total-Count")).isPresent();
  }

  @Test
  void document_givesTheTextTheEvidenceSpansPointInto() throws Exception {
    String line =
        Http.get(server, "/api/evidence?type=quote&limit=1")
            .body()
            .lines()
            .findFirst()
            .orElseThrow();
    JsonNode item = WebServer.JSON.readTree(line);
    JsonNode citation = item.get("citation");
    HttpResponse<String> r =
        Http.get(server, "/api/documents/" + citation.get("document").asString());
    assertThat(r.statusCode()).isEqualTo(200);
    String text = WebServer.JSON.readTree(r.body()).get("text").asString();
    int start = citation.get("span").get("start").asInt();
    int end = citation.get("span").get("end").asInt();
    assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(text.length());
    assertThat(item.get("text").asString()).contains(text.substring(start, end).strip());
  }

  @Test
  void monteCarloRun_reportsProgress_thenTheSameBytesAsTheRoute() throws Exception {
    HttpResponse<String> started =
        Http.post(
            server, "/api/scenarios/ukraine-2025/uncertainty/runs?trials=40&seed=9", new byte[0]);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = WebServer.JSON.readTree(started.body()).get("id").asString();
    JsonNode state;
    long deadline = System.nanoTime() + 300_000_000_000L;
    do {
      Thread.sleep(200);
      state = WebServer.JSON.readTree(Http.get(server, "/api/runs/" + id).body());
    } while (state.get("state").asString().equals("running") && System.nanoTime() < deadline);
    assertThat(state.get("state").asString()).isEqualTo("done");
    assertThat(state.get("done").asLong()).isEqualTo(state.get("total").asLong()).isPositive();
    String result = Http.get(server, "/api/runs/" + id + "/result").body();
    int cores = Runtime.getRuntime().availableProcessors();
    String direct =
        Http.get(
                server, "/api/scenarios/ukraine-2025/uncertainty?trials=40&seed=9&threads=" + cores)
            .body();
    assertThat(result).isEqualTo(direct);
  }
}
