package dev.parley.cli;

import dev.parley.app.Messages;
import dev.parley.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the workbench, a local web page and its API (docs/serve.md). */
@Command(
    name = "serve",
    header = "The workbench: a local web page and its API over the same analyses.",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the workbench on http://127.0.0.1:PORT/ until Ctrl-C: choose a scenario, switch levers",
      "on and off, see the positions, forecasts and frontier move, search the evidence with each",
      "document shown and its span highlighted, see a scenario's diagnostics in its text, run a",
      "Monte Carlo with live progress. The API (/openapi.json) answers the JSON of --format json.",
      "Only the FILEs given are read (default: examples/*/*.yaml under the current folder), and",
      "the workspace's evidence. Any address but loopback needs --token. See docs/serve.md."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Scenario files to serve.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "The workspace whose evidence is served (default: .parley, if it exists).")
  @Nullable Path workspace;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}); others need --token.")
  String bind;

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "A secret of 16 characters or more that API requests carry as a Bearer token.")
  @Nullable String token;

  @Mixin VerboseOption verbose;

  /** Counted down when the server has started; tests wait on it. */
  final CountDownLatch started = new CountDownLatch(1);

  /** The running server, once started; tests read its port. */
  volatile @Nullable WebServer server;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits.check(spec, "--port", port, 0, 65_535, "0 takes any free port");
    List<Path> scenarios = files.isEmpty() ? examples(Path.of("examples")) : files;
    for (Path f : scenarios) {
      if (!Files.isRegularFile(f)) {
        err.println(
            Messages.error(
                f.toString(),
                "missing-input",
                "expected a scenario file, but found none",
                "check the path, or leave the files out to serve the examples"));
        err.flush();
        return ExitCodes.INPUT;
      }
    }
    Path ws = workspace;
    if (ws == null && Files.isDirectory(Path.of(".parley"))) {
      ws = Path.of(".parley");
    }
    WebServer running;
    try {
      running =
          WebServer.start(
              new WebServer.Settings(bind, port, token, ws, scenarios, VersionProvider.version()));
    } catch (WebServer.RefusedSettings e) {
      err.println("parley serve: error: [" + e.code() + "] " + e.getMessage());
      err.println("    hint: " + e.hint());
      err.flush();
      return ExitCodes.INPUT;
    }
    server = running;
    Thread hook = new Thread(running::close, "parley-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        "parley serve: "
            + running.url()
            + (token == null ? "" : "#token=" + token)
            + "  ("
            + scenarios.size()
            + (scenarios.size() == 1 ? " scenario" : " scenarios")
            + (ws == null ? ", no workspace" : ", workspace " + ws)
            + "; Ctrl-C stops)");
    out.flush();
    started.countDown();
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      interrupted = true; // stopped in process (tests); Ctrl-C runs the shutdown hook instead
    }
    running.close();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and the hook closes the server
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /** The YAML files in each folder of {@code examples}, sorted; none when it does not exist. */
  static List<Path> examples(Path examples) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(examples)) {
      return found;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(examples, Files::isDirectory)) {
      for (Path d : dirs) {
        try (DirectoryStream<Path> yamls = Files.newDirectoryStream(d, "*.yaml")) {
          yamls.forEach(found::add);
        }
      }
    }
    found.sort(
        Comparator.comparing((Path p) -> String.valueOf(p.getParent()))
            .thenComparing(p -> !String.valueOf(p.getFileName()).equals("scenario.yaml"))
            .thenComparing(Path::toString));
    return found;
  }
}
