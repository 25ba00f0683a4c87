package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Safe by default (docs/adr/0013): what the server refuses, and that it says why in JSON. */
class SecurityTest {
  private static final String SECRET = "top-secret-7f3a9c";

  @TempDir static Path dir;
  static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Path scenario = scenarios.resolve("harbour.yaml");
    Files.copy(Fixture.ukraine(), scenario);
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.writeString(scenarios.resolve("secret.yaml"), SECRET);
    server = Fixture.start(null, List.of(scenario));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode error(String body) {
    return WebServer.JSON.readTree(body).get("error");
  }

  @Test
  void onlyTheFilesGivenAreRead_noPathReachesAnotherFile() throws Exception {
    assertThat(Http.get(server, "/api/scenarios/harbour/source").body()).contains("scenario:");
    List<String> attempts =
        List.of(
            "/api/scenarios/secret/source",
            "/api/scenarios/secret.yaml/source",
            "/api/scenarios/..%2Fsecret.txt/source",
            "/api/scenarios/..%2F..%2Fsecret.txt/source",
            "/api/scenarios/%2e%2e/source",
            "/api/scenarios/..%5Csecret.txt/source",
            "/api/scenarios/%252e%252e%252fsecret.txt/source",
            "/api/scenarios/"
                + dir.resolve("secret.txt").toString().replace("/", "%2F")
                + "/source",
            "/api/scenarios/harbour%2F..%2F..%2Fsecret.txt/source",
            "/api/documents/..%2F..%2Fsecret.txt",
            "/../secret.txt",
            "/..%2Fsecret.txt",
            "/schema/..%2F..%2F..%2Fsecret.txt",
            "/%2e%2e/%2e%2e/secret.txt",
            "/webjars/..%2F..%2Fsecret.txt");
    for (String path : attempts) {
      String response = Http.raw(server, "GET " + path + " HTTP/1.1", "127.0.0.1");
      assertThat(response).as(path).doesNotContain(SECRET);
      int status = Integer.parseInt(response.substring(9, 12));
      assertThat(status).as(path).isIn(400, 404);
    }
    HttpResponse<String> r = Http.get(server, "/api/scenarios/secret/source");
    assertThat(error(r.body()).get("code").asString()).isEqualTo("unknown-scenario");
  }

  @Test
  void everyResponse_carriesTheContentSecurityPolicy() throws Exception {
    for (String path :
        List.of(
            "/",
            "/app.js",
            "/api/scenarios",
            "/api/nothing",
            "/webjars/echarts/5.5.0/echarts.min.js")) {
      HttpResponse<String> r = Http.get(server, path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(WebServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
    assertThat(WebServer.CSP).contains("script-src 'self'").doesNotContain("unsafe");
  }

  @Test
  void thePage_hasNoInlineScriptAndNoExternalSource() throws Exception {
    String page = Http.get(server, "/").body();
    assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    assertThat(page).doesNotContain("http://").doesNotContain("https://");
    assertThat(page).doesNotContainPattern("\\son[a-z]+=");
  }

  @Test
  void aForeignHostHeader_isRefused_againstDnsRebinding() throws Exception {
    String response = Http.raw(server, "GET /api/scenarios HTTP/1.1", "evil.example:80");
    assertThat(response).startsWith("HTTP/1.1 403");
    JsonNode body = error(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(body.get("code").asString()).isEqualTo("forbidden-host");
    assertThat(Http.raw(server, "GET /api/scenarios HTTP/1.1", "localhost:" + server.port()))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void aBodyOverTheLimit_isRefused_withItsCode() throws Exception {
    byte[] big = new byte[(int) WebServer.MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = Http.post(server, "/api/check", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(error(r.body()).get("code").asString()).isEqualTo("request-too-large");
    HttpResponse<String> ok =
        Http.post(server, "/api/check", "title: x\n".getBytes(StandardCharsets.UTF_8));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(WebServer.JSON.readTree(ok.body()).get("ok").asBoolean()).isFalse();
  }

  @Test
  void badParameters_andUnknownRoutes_areJsonErrorsWithTheirCode() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/scenarios/harbour/uncertainty?trials=0");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r.body()).get("code").asString()).isEqualTo("bad-parameter");
    assertThat(error(r.body()).get("doc").asString()).isEqualTo("docs/errors/bad-parameter.md");
    r = Http.get(server, "/api/scenarios/harbour/forecast?trials=1&model=%3Cscript%3E");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    r = Http.get(server, "/api/evidence");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(error(r.body()).get("code").asString()).isEqualTo("no-workspace");
    r = Http.get(server, "/api/nothing");
    assertThat(error(r.body()).get("code").asString()).isEqualTo("not-found");
  }

  @Test
  void anotherAddress_needsAToken_andThenEveryApiRequestCarriesIt() throws Exception {
    assertThatThrownBy(
            () ->
                WebServer.start(
                    new WebServer.Settings("0.0.0.0", 0, null, null, List.of(), "test")))
        .isInstanceOf(WebServer.RefusedSettings.class)
        .satisfies(
            e -> assertThat(((WebServer.RefusedSettings) e).code()).isEqualTo("token-required"));
    String token = "0123456789abcdef0123";
    try (WebServer guarded =
        WebServer.start(
            new WebServer.Settings(
                "127.0.0.1", 0, token, null, List.of(Fixture.ukraine()), "test"))) {
      HttpResponse<String> r = Http.get(guarded, "/api/scenarios");
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(error(r.body()).get("code").asString()).isEqualTo("bad-token");
      assertThat(Http.get(guarded, "/api/scenarios", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(Http.get(guarded, "/api/scenarios", "Bearer " + token).statusCode())
          .isEqualTo(200);
      // the page holds no data and loads without the token, which it reads from #token=
      assertThat(Http.get(guarded, "/").statusCode()).isEqualTo(200);
    }
  }
}
