package dev.parley.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code parley serve}: the workbench page and its API over app's use cases, on Javalin. Safe by
 * default (docs/adr/0013): loopback unless a token is given, a strict Content-Security-Policy, a
 * size limit on request bodies, and every error as JSON with its diagnostic code.
 */
public final class WebServer implements AutoCloseable {
  /** The largest request body accepted, in bytes. */
  public static final long MAX_BODY_BYTES = 1 << 20;

  /** The Content-Security-Policy of every response: no inline script, nothing but this server. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Cache-Control", "no-store");

  static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * How to serve.
   *
   * @param bind the address to listen on; anything but loopback needs a token
   * @param port the port; 0 for any free port
   * @param token the bearer token every API request must carry; null for none (loopback only)
   * @param workspace the workspace whose evidence is served; null for none
   * @param scenarios the scenario files served, by name (see {@link Catalog})
   * @param version Parley's version, written in every JSON header
   */
  public record Settings(
      String bind,
      int port,
      @Nullable String token,
      @Nullable Path workspace,
      List<Path> scenarios,
      String version) {
    /** Validates and copies the fields. */
    public Settings {
      Objects.requireNonNull(bind, "bind");
      scenarios = List.copyOf(scenarios);
      Objects.requireNonNull(version, "version");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }
  }

  /** Settings the server refuses, with a diagnostic code, message and hint. */
  public static final class RefusedSettings extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String hint;

    RefusedSettings(String code, String message, String hint) {
      super(message);
      this.code = code;
      this.hint = hint;
    }

    /** The diagnostic code. */
    public String code() {
      return code;
    }

    /** What to do about it. */
    public String hint() {
      return hint;
    }
  }

  private final Javalin javalin;
  private final Api api;
  private final String host;

  private WebServer(Javalin javalin, Api api, String host) {
    this.javalin = javalin;
    this.api = api;
    this.host = host;
  }

  /**
   * Starts a server.
   *
   * @throws RefusedSettings when the address is not loopback and no token is given, or the address
   *     is unknown
   */
  public static WebServer start(Settings settings) throws RefusedSettings {
    InetAddress address;
    try {
      address = InetAddress.getByName(settings.bind());
    } catch (UnknownHostException e) {
      throw new RefusedSettings(
          "bad-parameter",
          "expected an address to listen on, but found '" + settings.bind() + "'",
          "use 127.0.0.1 (the default), or an address of this machine with --token");
    }
    boolean loopback = address.isLoopbackAddress();
    String token = settings.token();
    if (!loopback && (token == null || token.isBlank())) {
      throw new RefusedSettings(
          "token-required",
          "expected --token to listen on " + settings.bind() + ", which is not loopback",
          "give --token with a long random secret; clients send it as Authorization: Bearer");
    }
    if (token != null && token.length() < 16) {
      throw new RefusedSettings(
          "token-required",
          "expected a token of at least 16 characters, but found " + token.length(),
          "use a long random secret, such as the output of: openssl rand -hex 24");
    }
    Catalog catalog = Catalog.of(settings.scenarios());
    Api api = new Api(catalog, settings.workspace(), settings.version());
    byte[] expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    Javalin javalin =
        Javalin.create(config -> configure(config, api, expected, loopback && token == null));
    try {
      javalin.start(address.getHostAddress(), settings.port());
    } catch (RuntimeException e) {
      api.close();
      throw new RefusedSettings(
          "port-in-use",
          "expected to listen on "
              + settings.bind()
              + " port "
              + settings.port()
              + ", but "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          "choose another --port, or stop the program that holds it");
    }
    String shown =
        address.getHostAddress().contains(":")
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    return new WebServer(javalin, api, shown);
  }

  private static void configure(
      JavalinConfig config, Api api, byte @Nullable [] expected, boolean checkHost) {
    config.jsonMapper(new JavalinJackson3());
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.http.generateEtags = false;
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/dev/parley/web/public";
          files.location = Location.CLASSPATH;
          files.headers = HEADERS;
        });
    config.staticFiles.enableWebjars();
    config.routes.before(
        ctx -> {
          HEADERS.forEach(ctx::header);
          if (checkHost && !localHost(ctx.host())) {
            throw new ApiException(
                403,
                "forbidden-host",
                "expected a request for localhost or 127.0.0.1, but the Host header names '"
                    + ctx.host()
                    + "'",
                "open the address parley serve printed; to serve other hosts use --bind with"
                    + " --token");
          }
        });
    config.routes.before(
        "/api/*",
        ctx -> {
          if (expected != null) {
            String given = ctx.header("Authorization");
            byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(bytes, expected)) {
              ctx.header("WWW-Authenticate", "Bearer");
              throw new ApiException(
                  401,
                  "bad-token",
                  "expected the header Authorization: Bearer with the server's token",
                  "open the address parley serve printed, which carries the token after #token=");
            }
          }
        });
    api.routes(config.routes);
    config.routes.exception(
        ApiException.class,
        (e, ctx) ->
            error(
                ctx, e.status(), e.code(), String.valueOf(e.getMessage()), e.hint(), e.details()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          int status = e.getStatus();
          if (status == 413) {
            error(
                ctx,
                413,
                "request-too-large",
                "expected a request body of at most " + MAX_BODY_BYTES + " bytes",
                "send a smaller file",
                List.of());
          } else if (status == 404) {
            error(
                ctx,
                404,
                "not-found",
                "expected a page or API route, but found none at this path",
                "see /openapi.json for the routes",
                List.of());
          } else {
            error(
                ctx,
                status,
                "bad-request",
                String.valueOf(e.getMessage()),
                "check the request",
                List.of());
          }
        });
    config.routes.exception(
        Exception.class,
        (e, ctx) ->
            error(
                ctx,
                500,
                "server-failure",
                "the server failed: " + e.getClass().getSimpleName(),
                "report this with the request that caused it",
                List.of()));
    config.routes.error(
        404,
        "*",
        ctx -> {
          String result = ctx.result();
          if (result == null || !result.startsWith("{\"error\"")) {
            error(
                ctx,
                404,
                "not-found",
                "expected a page or API route, but found none at this path",
                "see /openapi.json for the routes",
                List.of());
          }
        });
  }

  static boolean localHost(@Nullable String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String h = hostHeader.toLowerCase(Locale.ROOT);
    String name;
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      name = end < 0 ? h : h.substring(0, end + 1);
    } else {
      int colon = h.indexOf(':');
      name = colon < 0 ? h : h.substring(0, colon);
    }
    return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
  }

  static void error(
      Context ctx, int status, String code, String message, String hint, List<String> details) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    error.put("hint", hint);
    error.put("doc", "docs/errors/" + code + ".md");
    if (!details.isEmpty()) {
      ArrayNode list = error.putArray("details");
      details.forEach(list::add);
    }
    ctx.status(status);
    ctx.contentType("application/json");
    ctx.result(JSON.writeValueAsString(root) + "\n");
  }

  /** The port the server listens on. */
  public int port() {
    return javalin.port();
  }

  /** The address to open, without the token. */
  public String url() {
    return "http://" + host + ":" + port() + "/";
  }

  /** Stops the server and closes the workspace. */
  @Override
  public void close() {
    javalin.stop();
    api.close();
  }
}
