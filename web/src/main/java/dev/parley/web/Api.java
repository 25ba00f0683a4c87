package dev.parley.web;

import dev.parley.app.AnalyzeScenario;
import dev.parley.app.AnalyzeUncertainty;
import dev.parley.app.FindEvidence;
import dev.parley.app.ForecastJson;
import dev.parley.app.ForecastModels;
import dev.parley.app.ForecastScenario;
import dev.parley.app.RunProgress;
import dev.parley.app.RunStoppedException;
import dev.parley.app.SimulateScenario;
import dev.parley.app.SimulationJson;
import dev.parley.app.UncertaintyJson;
import dev.parley.app.ValidateScenario;
import dev.parley.core.random.Seed;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's routes. Each analysis calls the use case and the JSON writer the matching command calls
 * with {@code --format json}, with the file as the server was given it, so the bytes are the
 * command's (docs/adr/0013).
 */
final class Api implements AutoCloseable {
  /** The most Monte Carlo trials one request may ask for (the command allows more). */
  static final int MAX_TRIALS = 100_000;

  /** The most simulated runs one request may ask for. */
  static final int MAX_RUNS = 1_000;

  /** The most evidence items one request may list. */
  static final int MAX_LIMIT = 10_000;

  /** The largest scenario file the source route returns. */
  static final long MAX_SOURCE_BYTES = 4L << 20;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private final Catalog catalog;
  private final @Nullable FindEvidence evidence;
  private final String version;

  /** Monte Carlo and simulations share the cores: one such run at a time per core. */
  private final Semaphore heavy = new Semaphore(CORES);

  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "parley-serve-runs");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final AnswerCache cache = new AnswerCache();
  private final AtomicLong nextJob = new AtomicLong(1);

  Api(Catalog catalog, @Nullable Path workspace, String version) {
    this.catalog = catalog;
    this.evidence = workspace == null ? null : new FindEvidence(workspace);
    this.version = version;
  }

  void routes(RoutesConfig r) {
    r.get("/openapi.json", this::openapi);
    r.get("/api/scenarios", this::scenarios);
    r.get("/api/scenarios/{name}/source", this::source);
    r.get("/api/scenarios/{name}/validate", this::validate);
    r.get("/api/scenarios/{name}/analysis", this::analysis);
    r.get("/api/scenarios/{name}/forecast", this::forecast);
    r.get("/api/scenarios/{name}/uncertainty", this::uncertainty);
    r.get("/api/scenarios/{name}/simulate", this::simulate);
    r.post("/api/scenarios/{name}/uncertainty/runs", this::startRun);
    r.get("/api/runs/{id}", this::runState);
    r.get("/api/runs/{id}/result", this::runResult);
    r.post("/api/check", this::check);
    r.get("/api/evidence", this::evidence);
    r.get("/api/documents/{id}", this::document);
  }

  private void openapi(Context ctx) throws IOException {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void scenarios(Context ctx) {
    ObjectNode root = WebServer.JSON.createObjectNode();
    ArrayNode list = root.putArray("scenarios");
    for (Catalog.Entry e : catalog.entries()) {
      ObjectNode node = list.addObject();
      node.put("name", e.name());
      node.put("file", e.file().toString());
    }
    root.put("workspace", evidence != null);
    root.put("version", version);
    json(ctx, WebServer.JSON.writeValueAsString(root) + "\n");
  }

  private Catalog.Entry entry(Context ctx) {
    String name = ctx.pathParam("name");
    return catalog
        .find(name)
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "unknown-scenario",
                    "expected a scenario among those parley serve was started with, but found"
                        + " none named '"
                        + name
                        + "'",
                    "GET /api/scenarios lists the names"));
  }

  private void source(Context ctx) throws IOException {
    Path file = entry(ctx).file();
    if (Files.size(file) > MAX_SOURCE_BYTES) {
      throw new ApiException(
          413,
          "request-too-large",
          "expected a scenario file of at most " + MAX_SOURCE_BYTES + " bytes",
          "open the file in an editor");
    }
    ctx.contentType("text/plain; charset=utf-8")
        .result(Files.readString(file, StandardCharsets.UTF_8));
  }

  private void validate(Context ctx) throws IOException {
    Catalog.Entry e = entry(ctx);
    json(
        ctx,
        cache.get(
            AnswerCache.key("validate", "", e.file()),
            () -> {
              ValidateScenario.Result result = ValidateScenario.run(List.of(e.file()));
              return result.json(e.file().toString());
            }));
  }

  private void check(Context ctx) throws IOException {
    byte[] body = ctx.bodyAsBytes();
    String ext = "json".equals(ctx.queryParam("format")) ? "json" : "yaml";
    Path dir = Files.createTempDirectory("parley-serve-check");
    Path file = dir.resolve("scenario." + ext);
    try {
      Files.write(file, body);
      ValidateScenario.Result result = ValidateScenario.run(List.of(file));
      json(ctx, result.json(file.getFileName().toString()));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private void analysis(Context ctx) throws IOException {
    Catalog.Entry e = entry(ctx);
    json(
        ctx,
        cache.get(
            AnswerCache.key("analysis", "", e.file()),
            () -> {
              AnalyzeScenario.Result result = new AnalyzeScenario().run(List.of(e.file()));
              var report = result.report();
              if (report == null) {
                throw scenarioErrors(e, result.diagnostics());
              }
              return AnalyzeScenario.json(report, List.of(e.file().toString()), version);
            }));
  }

  private void forecast(Context ctx) throws IOException {
    Catalog.Entry e = entry(ctx);
    int trials = intParam(ctx, "trials", 1000, 0, MAX_TRIALS);
    Long seed = ctx.queryParam("seed") == null ? null : longParam(ctx, "seed", 0);
    int threads = intParam(ctx, "threads", CORES, 1, CORES);
    boolean simulate = boolParam(ctx, "simulate", false);
    List<String> models = ctx.queryParams("model");
    for (String m : models) {
      if (ForecastModels.named(m).isEmpty()) {
        throw badParameter(
            "model", "a model among " + String.join(", ", ForecastModels.names()), m);
      }
    }
    String parameters = trials + " " + seed + " " + threads + " " + simulate + " " + models;
    json(
        ctx,
        cache.get(
            AnswerCache.key("forecast", parameters, e.file()),
            () -> forecastJson(e, trials, seed, threads, simulate, models)));
  }

  private String forecastJson(
      Catalog.Entry e,
      int trials,
      @Nullable Long seed,
      int threads,
      boolean simulate,
      List<String> models) {
    AnalyzeUncertainty.Options options =
        trials > 0
            ? AnalyzeUncertainty.Options.forForecast(trials, seed, threads, models, simulate)
            : null;
    ForecastScenario.Result result =
        heavy(
            () ->
                new ForecastScenario().run(e.file(), models, seed, options, RunProgress.silent()));
    ForecastScenario.Report report = result.report();
    if (report == null) {
      throw scenarioErrors(e, result.diagnostics());
    }
    return ForecastJson.write(report, false, version);
  }

  private AnalyzeUncertainty.Options uncertaintyOptions(Context ctx) {
    int trials = intParam(ctx, "trials", 10_000, 1, MAX_TRIALS);
    long seed = longParam(ctx, "seed", 1);
    int threads = intParam(ctx, "threads", CORES, 1, CORES);
    String s = ctx.queryParam("sensitivity");
    AnalyzeUncertainty.Sensitivity sensitivity = null;
    if (s != null) {
      sensitivity =
          Arrays.stream(AnalyzeUncertainty.Sensitivity.values())
              .filter(v -> v.name().toLowerCase(Locale.ROOT).equals(s))
              .findFirst()
              .orElseThrow(() -> badParameter("sensitivity", "tornado or sobol", s));
    }
    AnalyzeUncertainty.Options defaults = AnalyzeUncertainty.Options.defaults();
    return new AnalyzeUncertainty.Options(
        trials,
        Seed.of(seed),
        threads,
        sensitivity,
        ForecastModels.names(),
        defaults.rounds(),
        defaults.horizonDays(),
        defaults.top(),
        boolParam(ctx, "bargaining", true),
        boolParam(ctx, "levers", true),
        boolParam(ctx, "simulate", false));
  }

  private void uncertainty(Context ctx) throws IOException {
    Catalog.Entry e = entry(ctx);
    AnalyzeUncertainty.Options options = uncertaintyOptions(ctx);
    json(
        ctx,
        cache.get(
            AnswerCache.key("uncertainty", options.toString(), e.file()),
            () -> {
              AnalyzeUncertainty.Result result =
                  heavy(() -> new AnalyzeUncertainty().run(List.of(e.file()), options));
              var report = result.report();
              if (report == null) {
                throw scenarioErrors(e, result.diagnostics());
              }
              return UncertaintyJson.write(report, List.of(e.file().toString()), version);
            }));
  }

  private void simulate(Context ctx) throws IOException {
    Catalog.Entry e = entry(ctx);
    SimulateScenario.Settings d = SimulateScenario.Settings.defaults();
    SimulateScenario.Settings settings =
        new SimulateScenario.Settings(
            d.protocol(),
            d.agents(),
            intParam(ctx, "rounds", d.rounds(), 1, 10_000),
            longParam(ctx, "seed", d.seed()),
            intParam(ctx, "runs", d.runs(), 1, MAX_RUNS),
            intParam(ctx, "threads", CORES, 1, CORES),
            d.horizonDays(),
            d.target(),
            d.firstDraft(),
            d.sessions(),
            boolParam(ctx, "levers", true));
    json(
        ctx,
        cache.get(
            AnswerCache.key("simulate", settings.toString(), e.file()),
            () -> simulationJson(e, settings)));
  }

  private String simulationJson(Catalog.Entry e, SimulateScenario.Settings settings) {
    SimulateScenario.Result result = heavy(() -> SimulateScenario.run(List.of(e.file()), settings));
    var report = result.report();
    if (report == null) {
      List<String> details = new ArrayList<>(lines(result.diagnostics()));
      details.addAll(result.errors());
      throw new ApiException(
          422,
          "scenario-errors",
          "expected a scenario that simulates, but " + e.name() + " has errors",
          "GET /api/scenarios/" + e.name() + "/validate locates them",
          details);
    }
    return SimulationJson.write(report, version);
  }

  /** A Monte Carlo run in the background, its progress polled. */
  private static final class Job {
    final String id;
    final RunProgress progress = new RunProgress(System::nanoTime, new Listener());
    volatile @Nullable String json;
    volatile @Nullable ApiException failure;

    Job(String id) {
      this.id = id;
    }

    String state() {
      return json != null ? "done" : failure != null ? "failed" : "running";
    }
  }

  private static final class Listener implements RunProgress.Listener {
    @Override
    public void starting(RunProgress progress) {}

    @Override
    public void advanced(RunProgress progress, long done) {}
  }

  private void startRun(Context ctx) {
    Catalog.Entry e = entry(ctx);
    AnalyzeUncertainty.Options options = uncertaintyOptions(ctx);
    Job job;
    synchronized (jobs) {
      if (jobs.values().stream().filter(j -> j.state().equals("running")).count() >= 4) {
        throw busy();
      }
      job = new Job(Long.toString(nextJob.getAndIncrement()));
      jobs.put(job.id, job);
      while (jobs.size() > 32) {
        jobs.remove(jobs.keySet().iterator().next());
      }
    }
    Job j = job;
    background.execute(
        () -> {
          try {
            AnalyzeUncertainty.Result result =
                new AnalyzeUncertainty().run(List.of(e.file()), options, j.progress);
            var report = result.report();
            if (report == null) {
              j.failure = scenarioErrors(e, result.diagnostics());
            } else {
              j.json = UncertaintyJson.write(report, List.of(e.file().toString()), version);
            }
          } catch (RuntimeException ex) {
            j.failure =
                new ApiException(
                    500,
                    "server-failure",
                    "the run failed: " + ex.getClass().getSimpleName(),
                    "try again");
          }
        });
    ctx.status(202);
    json(ctx, runJson(job));
  }

  private Job job(Context ctx) {
    String id = ctx.pathParam("id");
    synchronized (jobs) {
      Job job = jobs.get(id);
      if (job == null) {
        throw new ApiException(
            404,
            "unknown-run",
            "expected a run this server started, but found none with id '" + id + "'",
            "start one with POST /api/scenarios/{name}/uncertainty/runs");
      }
      return job;
    }
  }

  private void runState(Context ctx) {
    json(ctx, runJson(job(ctx)));
  }

  private static String runJson(Job job) {
    ObjectNode root = WebServer.JSON.createObjectNode();
    root.put("id", job.id);
    root.put("state", job.state());
    root.put("done", job.progress.done());
    root.put("total", job.progress.total());
    root.put("unit", job.progress.unit());
    root.put("result", "/api/runs/" + job.id + "/result");
    return WebServer.JSON.writeValueAsString(root) + "\n";
  }

  private void runResult(Context ctx) {
    Job job = job(ctx);
    ApiException failure = job.failure;
    if (failure != null) {
      throw failure;
    }
    String json = job.json;
    if (json == null) {
      throw new ApiException(
          409,
          "run-running",
          "expected a finished run, but run " + job.id + " is still running",
          "poll GET /api/runs/" + job.id + " until its state is done");
    }
    json(ctx, json);
  }

  private FindEvidence evidence() {
    FindEvidence e = evidence;
    if (e == null) {
      throw new ApiException(
          404,
          "no-workspace",
          "expected a workspace, but parley serve was started without one",
          "start it with --workspace DIR");
    }
    return e;
  }

  private void evidence(Context ctx) {
    FindEvidence finder = evidence();
    List<String> types = new ArrayList<>();
    for (String t : ctx.queryParams("type")) {
      types.addAll(Arrays.asList(t.split(",")));
    }
    FindEvidence.Query query =
        new FindEvidence.Query(
            blankToNull(ctx.queryParam("actor")),
            blankToNull(ctx.queryParam("issue")),
            blankToNull(ctx.queryParam("action")),
            types,
            dateParam(ctx, "since"),
            dateParam(ctx, "until"),
            blankToNull(ctx.queryParam("search")),
            boolParam(ctx, "query_syntax", false),
            intParam(ctx, "limit", 1000, 1, MAX_LIMIT));
    FindEvidence.Found found = finder.find(query);
    String lines = found.json();
    if (lines == null) {
      String first = found.errors().isEmpty() ? "" : found.errors().get(0);
      throw new ApiException(
          400, codeOf(first, "bad-request"), "the query failed", "see the details", found.errors());
    }
    ctx.header("X-Total-Count", Long.toString(found.total()));
    ctx.contentType("application/x-ndjson; charset=utf-8").result(lines);
  }

  private void document(Context ctx) {
    FindEvidence finder = evidence();
    List<String> errors = new ArrayList<>();
    FindEvidence.DocumentText d = finder.document(ctx.pathParam("id"), errors);
    if (!errors.isEmpty()) {
      throw new ApiException(
          500,
          codeOf(errors.get(0), "bad-request"),
          "the workspace could not be read",
          "see the details",
          errors);
    }
    if (d == null) {
      throw new ApiException(
          404,
          "unknown-document",
          "expected a document of the workspace, but found none with that id",
          "GET /api/evidence lists items with their document ids");
    }
    ObjectNode root = WebServer.JSON.createObjectNode();
    root.put("id", d.id());
    root.put("origin", d.origin());
    root.put("title", d.title());
    root.put("outlet", d.outlet());
    root.put("published", d.published() == null ? null : d.published().toString());
    root.put("url", d.url());
    root.put("text", d.text());
    json(ctx, WebServer.JSON.writeValueAsString(root) + "\n");
  }

  static String codeOf(String line, String otherwise) {
    int open = line.indexOf("[");
    int close = line.indexOf("]", open + 1);
    if (open < 0 || close < 0) {
      return otherwise;
    }
    String code = line.substring(open + 1, close);
    return code.matches("[a-z0-9-]+") ? code : otherwise;
  }

  private static ApiException scenarioErrors(Catalog.Entry e, List<LocatedDiagnostic> diagnostics) {
    List<String> details = lines(diagnostics.stream().filter(LocatedDiagnostic::isError).toList());
    return new ApiException(
        422,
        "scenario-errors",
        "expected a scenario without errors, but " + e.name() + " has " + details.size(),
        "GET /api/scenarios/" + e.name() + "/validate locates them",
        details);
  }

  private static List<String> lines(List<LocatedDiagnostic> diagnostics) {
    List<String> out = new ArrayList<>();
    for (LocatedDiagnostic d : diagnostics) {
      out.add(DiagnosticPrinter.format(d).strip());
    }
    return out;
  }

  private interface Work<T> {
    T run() throws RunStoppedException;
  }

  private <T> T heavy(Work<T> work) {
    try {
      if (!heavy.tryAcquire(30, TimeUnit.SECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    try {
      return work.run();
    } catch (RunStoppedException e) {
      throw new ApiException(503, "server-busy", "the run was stopped", "try again");
    } finally {
      heavy.release();
    }
  }

  private static ApiException busy() {
    return new ApiException(
        503,
        "server-busy",
        "expected a free worker, but every core is running a Monte Carlo or a simulation",
        "try again in a minute, or ask for fewer trials");
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json").result(body);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static ApiException badParameter(String name, String expected, String found) {
    return new ApiException(
        400,
        "bad-parameter",
        "expected " + name + " to be " + expected + ", but found '" + cut(found) + "'",
        "see /openapi.json for the parameters and their ranges");
  }

  private static String cut(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  static int intParam(Context ctx, String name, int otherwise, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw badParameter(name, "a whole number from " + min + " to " + max, v);
  }

  static long longParam(Context ctx, String name, long otherwise) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw badParameter(name, "a whole number", v);
    }
  }

  static boolean boolParam(Context ctx, String name, boolean otherwise) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return otherwise;
    }
    return switch (v) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw badParameter(name, "true or false", v);
    };
  }

  static @Nullable LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw badParameter(name, "an ISO date such as 2025-08-15", v);
    }
  }

  @Override
  public void close() {
    synchronized (jobs) {
      jobs.values().forEach(j -> j.progress.stop());
    }
    background.shutdownNow();
    if (evidence != null) {
      evidence.close();
    }
  }
}
