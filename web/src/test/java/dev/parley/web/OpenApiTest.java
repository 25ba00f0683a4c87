package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.testkit.ProjectFiles;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at /openapi.json names, for each response, a schema; the live
 * responses of every route validate against the schema it names (the published ones in docs/schema,
 * or the document's own components).
 */
class OpenApiTest {
  @TempDir static java.nio.file.Path dir;
  static WebServer server;
  static JsonNode openapi;
  static final Set<String> covered = new TreeSet<>();

  @BeforeAll
  static void start() throws Exception {
    server = Fixture.start(Fixture.exampleWorkspace(dir), List.of(Fixture.ukraine()));
    HttpResponse<String> r = Http.get(server, "/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    openapi = WebServer.JSON.readTree(r.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The schema the document names for an operation's response, and its media type. */
  private static JsonNode content(String template, String method, int status) {
    JsonNode op = openapi.get("paths").get(template).get(method);
    assertThat(op).as(template + " " + method).isNotNull();
    JsonNode response = op.get("responses").get(Integer.toString(status));
    assertThat(response).as(template + " " + method + " " + status).isNotNull();
    return response.get("content");
  }

  private static Schema schemaOf(JsonNode schemaOrRef) throws Exception {
    String ref = schemaOrRef.path("$ref").asString("");
    JsonNode schema;
    if (ref.startsWith("/schema/")) {
      schema =
          WebServer.JSON.readTree(
              Files.readString(ProjectFiles.resolve("docs" + ref), StandardCharsets.UTF_8));
    } else if (ref.startsWith("#/components/schemas/")) {
      schema =
          openapi
              .get("components")
              .get("schemas")
              .get(ref.substring("#/components/schemas/".length()));
    } else {
      schema = schemaOrRef;
    }
    assertThat(schema).as(ref).isNotNull();
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static void check(String template, String method, HttpResponse<String> r)
      throws Exception {
    covered.add(method + " " + template);
    JsonNode content = content(template, method, r.statusCode());
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/x-ndjson")) {
      Schema item = schemaOf(content.get("application/x-ndjson").get("itemSchema"));
      List<String> lines = r.body().lines().toList();
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        assertThat(item.validate(WebServer.JSON.readTree(line))).as(line).isEmpty();
      }
    } else if (type.startsWith("application/json")) {
      Schema schema = schemaOf(content.get("application/json").get("schema"));
      assertThat(schema.validate(WebServer.JSON.readTree(r.body())))
          .as(template + " " + r.statusCode())
          .isEmpty();
    } else {
      assertThat(type).startsWith("text/plain");
      assertThat(content.has("text/plain")).isTrue();
    }
  }

  @Test
  void everyRoute_answersWhatTheDocumentSays() throws Exception {
    String s = "/api/scenarios/{name}";
    check("/api/scenarios", "get", Http.get(server, "/api/scenarios"));
    check(s + "/source", "get", Http.get(server, "/api/scenarios/ukraine-2025/source"));
    check(s + "/validate", "get", Http.get(server, "/api/scenarios/ukraine-2025/validate"));
    check(s + "/analysis", "get", Http.get(server, "/api/scenarios/ukraine-2025/analysis"));
    check(
        s + "/forecast", "get", Http.get(server, "/api/scenarios/ukraine-2025/forecast?trials=0"));
    check(
        s + "/forecast",
        "get",
        Http.get(server, "/api/scenarios/ukraine-2025/forecast?trials=20&threads=1"));
    check(
        s + "/uncertainty",
        "get",
        Http.get(server, "/api/scenarios/ukraine-2025/uncertainty?trials=20&threads=1"));
    check(
        s + "/simulate",
        "get",
        Http.get(server, "/api/scenarios/ukraine-2025/simulate?runs=1&threads=1"));
    HttpResponse<String> started =
        Http.post(server, "/api/scenarios/ukraine-2025/uncertainty/runs?trials=20", new byte[0]);
    check(s + "/uncertainty/runs", "post", started);
    String id = WebServer.JSON.readTree(started.body()).get("id").asString();
    HttpResponse<String> state;
    do {
      Thread.sleep(200);
      state = Http.get(server, "/api/runs/" + id);
      check("/api/runs/{id}", "get", state);
    } while (WebServer.JSON.readTree(state.body()).get("state").asString().equals("running"));
    check("/api/runs/{id}/result", "get", Http.get(server, "/api/runs/" + id + "/result"));
    check(
        "/api/check",
        "post",
        Http.post(server, "/api/check", Files.readAllBytes(Fixture.ukraine())));
    HttpResponse<String> evidence = Http.get(server, "/api/evidence?limit=50");
    check("/api/evidence", "get", evidence);
    String doc =
        WebServer.JSON
            .readTree(evidence.body().lines().findFirst().orElseThrow())
            .get("citation")
            .get("document")
            .asString();
    check("/api/documents/{id}", "get", Http.get(server, "/api/documents/" + doc));
    check("/openapi.json", "get", Http.get(server, "/openapi.json"));

    List<String> documented = new ArrayList<>();
    openapi
        .get("paths")
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .properties()
                    .forEach(m -> documented.add(m.getKey() + " " + p.getKey())));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void errors_validateAgainstTheErrorSchema() throws Exception {
    check(
        "/api/scenarios/{name}/analysis", "get", Http.get(server, "/api/scenarios/nope/analysis"));
    check(
        "/api/scenarios/{name}/uncertainty",
        "get",
        Http.get(server, "/api/scenarios/ukraine-2025/uncertainty?trials=-1"));
    check("/api/documents/{id}", "get", Http.get(server, "/api/documents/doc-0000"));
    check("/api/runs/{id}", "get", Http.get(server, "/api/runs/999"));
    check(
        "/api/check",
        "post",
        Http.post(server, "/api/check", new byte[(int) WebServer.MAX_BODY_BYTES + 10]));
  }

  @Test
  void theDocument_isOpenApi31_andNamesOnlySchemasThatExist() throws Exception {
    assertThat(openapi.get("openapi").asString()).isEqualTo("3.1.0");
    List<String> refs = new ArrayList<>();
    collectRefs(openapi, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      if (ref.startsWith("/schema/")) {
        assertThat(ProjectFiles.resolve("docs" + ref)).as(ref).exists();
        assertThat(Http.get(server, ref).statusCode()).as(ref).isEqualTo(200);
      } else {
        assertThat(openapi.at(ref.substring(1))).as(ref).isNotNull();
        assertThat(openapi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
      }
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                if (e.getKey().equals("$ref")) {
                  refs.add(e.getValue().asString());
                } else {
                  collectRefs(e.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
