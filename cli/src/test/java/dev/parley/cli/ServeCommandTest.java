package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parley serve} answers, route by route, the very bytes the matching command prints with
 * {@code --format json} for the same file (docs/adr/0013).
 */
class ServeCommandTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String get(int port, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  private static String json(String... args) {
    ParleyCommandTest.Run r = ParleyCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void everyRoute_isTheBytesOfItsCommandWithFormatJson(@TempDir Path dir) throws Exception {
    String file = ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml").toString();
    String ws = dir.resolve("ws").toString();
    ParleyCommandTest.Run ingest =
        ParleyCommandTest.run(
            "ingest",
            "--workspace",
            ws,
            ProjectFiles.resolve("examples/ukraine-2025/documents").toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    // the command first: the server holds the workspace once it has read it
    String evidence =
        json(
            "evidence",
            "--workspace",
            ws,
            "--search",
            "sanctions",
            "--limit",
            "40",
            "--format",
            "json");

    CommandLine cl = ParleyCommand.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread running =
        new Thread(() -> exit.set(cl.execute("serve", file, "--port", "0", "--workspace", ws)));
    running.start();
    try {
      assertThat(serve.started.await(60, TimeUnit.SECONDS)).isTrue();
      int port = serve.server.port();
      assertThat(out.toString()).startsWith("parley serve: http://127.0.0.1:" + port + "/");

      String base = "/api/scenarios/ukraine-2025/";
      assertThat(get(port, base + "analysis")).isEqualTo(json("analyze", file, "--format", "json"));
      assertThat(get(port, base + "validate"))
          .isEqualTo(json("validate", file, "--format", "json"));
      assertThat(get(port, base + "forecast?trials=30&seed=4&threads=1"))
          .isEqualTo(
              json(
                  "forecast",
                  file,
                  "--trials",
                  "30",
                  "--seed",
                  "4",
                  "--threads",
                  "1",
                  "--format",
                  "json"));
      assertThat(get(port, base + "uncertainty?trials=30&seed=2&threads=1"))
          .isEqualTo(
              json(
                  "uncertainty",
                  file,
                  "--trials",
                  "30",
                  "--seed",
                  "2",
                  "--threads",
                  "1",
                  "--format",
                  "json"));
      assertThat(get(port, base + "simulate?runs=2&seed=3&threads=1"))
          .isEqualTo(
              json(
                  "simulate",
                  file,
                  "--runs",
                  "2",
                  "--seed",
                  "3",
                  "--threads",
                  "1",
                  "--format",
                  "json"));
      assertThat(get(port, "/api/evidence?search=sanctions&limit=40")).isEqualTo(evidence);
    } finally {
      running.interrupt();
      running.join(30_000);
    }
    assertThat(exit.get()).isZero();
  }

  @Test
  void anotherAddressWithoutAToken_isRefused_withExitCode2() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "serve",
            ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml").toString(),
            "--bind",
            "0.0.0.0",
            "--port",
            "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[token-required]").contains("hint:");
  }

  @Test
  void help_namesTheOptions() {
    ParleyCommandTest.Run r = ParleyCommandTest.run("serve", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("--workspace")
        .contains("--port")
        .contains("--bind")
        .contains("--token");
  }
}
