package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.workspace.Workspace;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The API's errors each carry their code, and a scenario's errors come located. */
class ErrorsTest {
  @TempDir static Path dir;
  static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        Files.readString(Fixture.ukraine()).replaceFirst("as_of: 2025-08-19", "as_of: soon"));
    Path ws = dir.resolve("workspace");
    try (Workspace w = Workspace.open(ws)) {
      assertThat(w.documentCount()).isZero();
    }
    server = Fixture.start(ws, List.of(Fixture.ukraine(), broken));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode error(HttpResponse<String> r) {
    return WebServer.JSON.readTree(r.body()).get("error");
  }

  @Test
  void aScenarioWithErrors_answers422_withTheDiagnosticsLocated() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/scenarios/broken/analysis");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(error(r).get("code").asString()).isEqualTo("scenario-errors");
    assertThat(error(r).get("details").get(0).asString())
        .containsPattern("broken\\.yaml:\\d+:\\d+: error: \\[");
    JsonNode validation =
        WebServer.JSON.readTree(Http.get(server, "/api/scenarios/broken/validate").body());
    assertThat(validation.get("ok").asBoolean()).isFalse();
    assertThat(validation.get("diagnostics").get(0).get("line").asInt()).isPositive();
  }

  @Test
  void anUnknownDocument_isNotFound() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/documents/doc-0000000000000000");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(error(r).get("code").asString()).isEqualTo("unknown-document");
    assertThat(Http.get(server, "/api/evidence").body()).isEmpty();
  }

  @Test
  void runs_unknownOrUnfinished_sayWhich() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/runs/999");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(error(r).get("code").asString()).isEqualTo("unknown-run");
    HttpResponse<String> started =
        Http.post(
            server, "/api/scenarios/ukraine-2025/uncertainty/runs?trials=100000", new byte[0]);
    String id = WebServer.JSON.readTree(started.body()).get("id").asString();
    r = Http.get(server, "/api/runs/" + id + "/result");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(error(r).get("code").asString()).isEqualTo("run-running");
  }

  @Test
  void aPortInUse_isRefused_withItsCode() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                WebServer.start(
                    new WebServer.Settings(
                        "127.0.0.1", server.port(), null, null, List.of(), "test")))
        .isInstanceOf(WebServer.RefusedSettings.class)
        .satisfies(
            e -> assertThat(((WebServer.RefusedSettings) e).code()).isEqualTo("port-in-use"));
  }
}
