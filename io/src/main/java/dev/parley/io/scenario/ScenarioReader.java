package dev.parley.io.scenario;

import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.DecodedText;
import dev.parley.io.internal.text.InputText;
import dev.parley.io.internal.text.TextDecoder;
import dev.parley.io.internal.tree.Syntax;
import dev.parley.io.internal.tree.TreeReader;
import dev.parley.io.internal.tree.TreeResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a scenario in Parley's own format, YAML or JSON, with every problem reported at its line
 * and column.
 *
 * <p>Reading runs in stages, each reporting every problem it can before the next: decoding (UTF-8,
 * with or without a byte order mark, or UTF-16 with one), parsing (syntax, duplicate keys, alias
 * and nesting limits), binding (keys, types, required values; see {@code ScenarioBinder}) and
 * validation ({@link ScenarioValidator}), whose model paths are mapped back to the positions the
 * binder recorded. A scenario with any error is never returned.
 */
public final class ScenarioReader {
  /** The largest scenario file accepted, in bytes. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final String TOO_LARGE_HINT =
      "a scenario holds parameters, not data; move long texts to the sources";

  private ScenarioReader() {}

  /** Reads the file at the path; its syntax is told by its extension, else by its content. */
  public static LoadResult<Scenario> read(Path path) {
    return scenarioOnly(readDrifting(path));
  }

  /** Reads a scenario from bytes; {@code name} is the file name to report diagnostics against. */
  public static LoadResult<Scenario> read(String name, byte[] bytes) {
    return scenarioOnly(readDrifting(name, bytes));
  }

  /** Reads a scenario from text; {@code name} is the file name to report diagnostics against. */
  public static LoadResult<Scenario> read(String name, String text) {
    return scenarioOnly(readDrifting(name, text));
  }

  /**
   * Reads the file at the path with the drifts of its profiles ({@code profiles[].drift}), which
   * {@link #read(Path)} checks but leaves out.
   */
  public static LoadResult<DriftingScenario> readDrifting(Path path) {
    List<LocatedDiagnostic> failures = new ArrayList<>();
    byte[] bytes = InputText.readBytes(path, MAX_BYTES, "a scenario", TOO_LARGE_HINT, failures);
    if (bytes == null) {
      return LoadResult.failure(failures);
    }
    return readDrifting(path.toString(), bytes);
  }

  /** Reads a scenario and its drifts from bytes, reporting diagnostics against {@code name}. */
  public static LoadResult<DriftingScenario> readDrifting(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return tooLarge(name, bytes.length);
    }
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.text() == null) {
      return LoadResult.failure(List.of(InputText.encodingFailure(name, decoded)));
    }
    return readDrifting(name, decoded.text());
  }

  /** Reads a scenario and its drifts from text, reporting diagnostics against {@code name}. */
  public static LoadResult<DriftingScenario> readDrifting(String name, String text) {
    if (text.length() > MAX_BYTES) {
      return tooLarge(name, text.length());
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      return LoadResult.failure(
          List.of(
              fileError(
                  name,
                  "empty-file",
                  "expected a scenario, but found an empty file",
                  "start from the example in docs/scenario-format.md")));
    }
    Syntax syntax = syntaxOf(name, body);
    TreeResult tree = TreeReader.read(name, body, syntax);
    List<LocatedDiagnostic> diagnostics = new ArrayList<>(tree.diagnostics());
    if (tree.root() == null) {
      return LoadResult.failure(diagnostics);
    }
    ScenarioBinder binder = new ScenarioBinder(name);
    Scenario scenario = binder.bind(tree.root());
    diagnostics.addAll(binder.diagnostics());
    SourceMap map = binder.sourceMap();
    if (scenario != null) {
      Set<TextPosition> reported = new HashSet<>();
      for (LocatedDiagnostic d : diagnostics) {
        reported.add(d.position());
      }
      for (Diagnostic d : ScenarioValidator.validate(scenario)) {
        TextPosition at = map.locate(d.where());
        // a structural error at the same place, or at a value this check depends on, already
        // explains this one (a missing 'options' leaves the issue empty, a missing salience
        // leaves a sum of 0); report the cause only
        if (!reported.contains(at) && !dependsOnBroken(d.where(), binder.broken())) {
          diagnostics.add(new LocatedDiagnostic(d, name, at));
        }
      }
    }
    diagnostics.sort(
        Comparator.comparingInt((LocatedDiagnostic d) -> d.position().line())
            .thenComparingInt(d -> d.position().column()));
    boolean errors = diagnostics.stream().anyMatch(LocatedDiagnostic::isError);
    return new LoadResult<>(
        errors || scenario == null ? null : new DriftingScenario(scenario, binder.drifts()),
        diagnostics,
        errors ? SourceMap.empty() : map);
  }

  private static LoadResult<Scenario> scenarioOnly(LoadResult<DriftingScenario> result) {
    DriftingScenario value = result.value();
    return new LoadResult<>(
        value == null ? null : value.scenario(), result.diagnostics(), result.sourceMap());
  }

  private static boolean dependsOnBroken(ModelPath where, Set<ModelPath> broken) {
    for (ModelPath b : broken) {
      if (isPrefix(b, where) || isPrefix(where, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPrefix(ModelPath prefix, ModelPath path) {
    List<String> p = prefix.segments();
    List<String> s = path.segments();
    return !prefix.isRoot() && p.size() <= s.size() && s.subList(0, p.size()).equals(p);
  }

  private static Syntax syntaxOf(String name, String body) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Syntax.JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Syntax.YAML;
    }
    String start = body.stripLeading();
    return start.startsWith("{") ? Syntax.JSON : Syntax.YAML;
  }

  private static <T> LoadResult<T> tooLarge(String name, long size) {
    return LoadResult.failure(
        List.of(
            fileError(
                name,
                "file-too-large",
                "expected a scenario of at most " + MAX_BYTES + " bytes, but found " + size,
                TOO_LARGE_HINT)));
  }

  private static LocatedDiagnostic fileError(
      String name, String code, String message, String hint) {
    return new LocatedDiagnostic(
        Diagnostic.error(code, ModelPath.root(), message, hint), name, TextPosition.UNKNOWN);
  }
}
