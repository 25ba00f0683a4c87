package dev.parley.io.forecastbench;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.PredictionKind;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Resolution;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.Excerpt;
import dev.parley.io.internal.text.InputText;
import dev.parley.io.internal.tree.ListNode;
import dev.parley.io.internal.tree.MapNode;
import dev.parley.io.internal.tree.Node;
import dev.parley.io.internal.tree.ScalarNode;
import dev.parley.io.internal.tree.Syntax;
import dev.parley.io.internal.tree.TreeReader;
import dev.parley.io.internal.tree.TreeResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ForecastBench question set and its resolution set into ledger entries.
 *
 * <p>The shapes are those of the forecastbench-datasets repository (Karger et al., ICLR 2025): a
 * question set {@code {"question_set", "questions": [{"id", "source", "question", "url",
 * "freeze_datetime", "freeze_datetime_value", "market_info_close_datetime", ...}]}} and a
 * resolution set {@code {"question_set", "resolutions": [{"id", "source", "resolution_date",
 * "resolved_to", "resolved"}]}}. The mapping (docs/adr/0010):
 *
 * <ul>
 *   <li>A question from a market source ({@link #MARKET_SOURCES}) becomes an entry: {@code who} is
 *       the source, {@code what} the question, {@code made_on} the freeze date, the probability the
 *       freeze value (basis {@code MARKET}). Other sources' freeze values are reference values (a
 *       price, a count), not probabilities: those questions are counted and left out.
 *   <li>Questions and resolutions are joined on (source, id): ids repeat across sources.
 *   <li>A resolution row whose id is a list (a combination question) is counted and left out.
 *   <li>{@code resolved: true} with {@code resolved_to} 1 is {@code TRUE}, 0 {@code FALSE}, any
 *       other value {@code VOID}; {@code resolved: false} is {@code UNRESOLVED}. Of several rows
 *       for one question, a resolved one is preferred, then the latest.
 *   <li>The resolution date is the chosen row's date, else the market's close date; a date before
 *       the freeze date is dropped.
 * </ul>
 *
 * <p>A question or row that does not have the expected shape is skipped with a {@code
 * forecastbench-format} warning at its place in the file; a file that is not JSON ({@code
 * json-syntax}), cannot be read, or has no {@code questions} or {@code resolutions} list is an
 * error.
 */
public final class ForecastBenchReader {
  /** The sources whose freeze value is a market price or a crowd's probability. */
  public static final Set<String> MARKET_SOURCES =
      Set.of("manifold", "metaculus", "infer", "polymarket");

  /**
   * The source of questions {@link ForecastBenchWriter} exports from Parley's own ledger: its
   * freeze value is the ledger's probability, and the keys {@code parley_who}, {@code parley_kind},
   * {@code parley_basis} and {@code parley_horizon} carry what the format has no place for.
   */
  public static final String PARLEY_SOURCE = "parley";

  /** The largest file accepted, in bytes. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  /** The outlet of a resolution's citation. */
  public static final String OUTLET = "ForecastBench";

  private static final String FORMAT = "forecastbench-format";

  private final List<LocatedDiagnostic> diagnostics = new ArrayList<>();

  private ForecastBenchReader() {}

  private record Question(
      String source,
      String id,
      String text,
      LocalDate made,
      double p,
      @Nullable String url,
      @Nullable LocalDate close,
      String who,
      PredictionKind kind,
      ProbabilityBasis basis,
      @Nullable String horizon) {}

  private record Row(LocalDate date, boolean resolved, double value) {}

  /** Reads a question set and the resolution set that resolves it. */
  public static LoadResult<ForecastBenchSet> read(Path questions, Path resolutions) {
    return new ForecastBenchReader().run(questions, resolutions);
  }

  private LoadResult<ForecastBenchSet> run(Path questionFile, Path resolutionFile) {
    String qName = questionFile.toString();
    String rName = resolutionFile.toString();
    ListNode questionList = list(questionFile, "questions", "a ForecastBench question set");
    ListNode rowList = list(resolutionFile, "resolutions", "a ForecastBench resolution set");
    if (questionList == null || rowList == null) {
      return LoadResult.failure(diagnostics);
    }
    Map<String, Question> byKey = new LinkedHashMap<>();
    int reference = 0;
    int skipped = 0;
    for (Node node : questionList.items()) {
      MapNode q = object(qName, node, "a question object");
      String source = q == null ? null : string(qName, q, "source");
      String id = q == null ? null : string(qName, q, "id");
      if (q == null || source == null || id == null) {
        skipped++;
        continue;
      }
      if (!MARKET_SOURCES.contains(source) && !source.equals(PARLEY_SOURCE)) {
        reference++;
        continue;
      }
      Question question = question(qName, q, source, id);
      if (question == null) {
        skipped++;
      } else if (byKey.putIfAbsent(key(source, id), question) != null) {
        skipped++;
        warn(
            qName,
            q.position(),
            "expected each (source, id) once, but found "
                + source
                + " "
                + Excerpt.quoted(id)
                + " again; question skipped",
            "remove the repeated question");
      }
    }
    Map<String, Row> chosen = new LinkedHashMap<>();
    int combination = 0;
    int other = 0;
    String evidence = resolutionSetName(resolutionFile);
    for (Node node : rowList.items()) {
      MapNode r = object(rName, node, "a resolution object");
      if (r == null) {
        continue;
      }
      if (r.get("id").orElse(null) instanceof ListNode) {
        combination++;
        continue;
      }
      String source = string(rName, r, "source");
      String id = string(rName, r, "id");
      if (source == null || id == null) {
        continue;
      }
      if (!byKey.containsKey(key(source, id))) {
        other++;
        continue;
      }
      Row row = row(rName, r);
      if (row != null) {
        chosen.merge(key(source, id), row, ForecastBenchReader::preferred);
      }
    }
    List<LedgerEntry> entries = new ArrayList<>(byKey.size());
    byKey.forEach((key, q) -> entries.add(entry(q, chosen.get(key), evidence)));
    entries.sort(Comparator.comparing(LedgerEntry::id));
    ForecastBenchSet set =
        new ForecastBenchSet(
            entries,
            questionList.items().size(),
            reference,
            skipped,
            rowList.items().size(),
            combination,
            other);
    return new LoadResult<>(set, diagnostics, SourceMap.empty());
  }

  private static String key(String source, String id) {
    return source + "\u0000" + id;
  }

  private static Row preferred(Row a, Row b) {
    if (a.resolved() != b.resolved()) {
      return a.resolved() ? a : b;
    }
    return b.date().isAfter(a.date()) ? b : a;
  }

  private static String resolutionSetName(Path file) {
    Path name = file.getFileName();
    return "forecastbench:" + (name == null ? file.toString() : name.toString());
  }

  private static LedgerEntry entry(Question q, @Nullable Row row, String resolutionSet) {
    LocalDate resolves = row != null ? row.date() : q.close();
    if (resolves != null && resolves.isBefore(q.made())) {
      resolves = null;
    }
    String reference = "forecastbench:" + q.source() + "/" + q.id();
    Citation citation = new Citation(q.url() == null ? reference : q.url(), reference, q.source());
    LedgerEntry entry =
        LedgerEntry.of(
            q.who(),
            q.text(),
            q.kind(),
            q.made(),
            q.horizon(),
            resolves,
            List.of(),
            q.p(),
            q.basis(),
            List.of(citation));
    if (row == null || !row.resolved()) {
      return entry;
    }
    Outcome outcome =
        row.value() == 1 ? Outcome.TRUE : row.value() == 0 ? Outcome.FALSE : Outcome.VOID;
    Citation source = new Citation(resolutionSet, reference + "@" + row.date(), OUTLET);
    return entry.withResolution(Resolution.of(outcome, row.date(), List.of(source)));
  }

  private @Nullable Question question(String file, MapNode q, String source, String id) {
    String text = string(file, q, "question");
    String freeze = string(file, q, "freeze_datetime");
    Node value = q.get("freeze_datetime_value").orElse(null);
    if (text == null || freeze == null) {
      return null;
    }
    if (value == null) {
      warn(
          file,
          q.position(),
          "expected the key \"freeze_datetime_value\", but found none;" + " question skipped",
          "give the market's probability at the freeze date");
      return null;
    }
    LocalDate made = date(file, q, "freeze_datetime", freeze);
    if (made == null) {
      return null;
    }
    double p = value instanceof ScalarNode s ? probability(s) : Double.NaN;
    if (!(p >= 0 && p <= 1)) {
      warn(
          file,
          value.position(),
          "expected a market probability in [0, 1] as the freeze value of "
              + source
              + " question "
              + Excerpt.quoted(id)
              + ", but found "
              + value.describe()
              + "; question skipped",
          "a market source's freeze value is its probability");
      return null;
    }
    String url = optionalString(q, "url");
    String closeText = optionalString(q, "market_info_close_datetime");
    LocalDate close = closeText == null ? null : parseDate(closeText);
    String who = source;
    PredictionKind kind = PredictionKind.FORECAST;
    ProbabilityBasis basis = ProbabilityBasis.MARKET;
    String horizon = null;
    if (source.equals(PARLEY_SOURCE)) {
      who = Objects.requireNonNullElse(optionalString(q, "parley_who"), source);
      kind = constant(PredictionKind.class, optionalString(q, "parley_kind"), kind);
      basis = constant(ProbabilityBasis.class, optionalString(q, "parley_basis"), basis);
      horizon = optionalString(q, "parley_horizon");
    }
    return new Question(source, id, text, made, p, url, close, who, kind, basis, horizon);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, @Nullable String name, E fallback) {
    if (name == null) {
      return fallback;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(name)) {
        return value;
      }
    }
    return fallback;
  }

  private @Nullable Row row(String file, MapNode r) {
    String dateText = string(file, r, "resolution_date");
    Node resolved = r.get("resolved").orElse(null);
    Node value = r.get("resolved_to").orElse(null);
    if (dateText == null) {
      return null;
    }
    LocalDate date = date(file, r, "resolution_date", dateText);
    if (date == null) {
      return null;
    }
    if (!(resolved instanceof ScalarNode b && b.kind() == ScalarNode.Kind.BOOLEAN)) {
      warn(
          file,
          resolved == null ? r.position() : resolved.position(),
          "expected \"resolved\": true or false, but found "
              + (resolved == null ? "none" : resolved.describe())
              + "; row skipped",
          "mark each resolution resolved or not");
      return null;
    }
    if (!(value instanceof ScalarNode v && v.isNumber() && Double.isFinite(v.number()))) {
      warn(
          file,
          value == null ? r.position() : value.position(),
          "expected \"resolved_to\" as a number, but found "
              + (value == null ? "none" : value.describe())
              + "; row skipped",
          "give the resolved value: 1 or 0 for a resolved question");
      return null;
    }
    return new Row(date, b.text().equals("true"), v.number());
  }

  private @Nullable ListNode list(Path path, String key, String what) {
    String file = path.toString();
    byte[] bytes = InputText.readBytes(path, MAX_BYTES, what, null, diagnostics);
    if (bytes == null) {
      return null;
    }
    String text = InputText.decode(file, bytes, what, "use a ForecastBench JSON file", diagnostics);
    if (text == null) {
      return null;
    }
    TreeResult tree = TreeReader.read(file, text, Syntax.JSON);
    diagnostics.addAll(tree.diagnostics());
    Node top = tree.root();
    if (top == null) {
      return null;
    }
    if (top instanceof MapNode root && root.get(key).orElse(null) instanceof ListNode list) {
      return list;
    }
    diagnostics.add(
        LocatedDiagnostic.error(
            file,
            FORMAT,
            top.position(),
            "expected "
                + what
                + ", a JSON object with a list \""
                + key
                + "\", but found "
                + top.describe(),
            "give the question set (…-human.json or …-llm.json) and its resolution set"
                + " (…_resolution_set.json) as ForecastBench publishes them"));
    return null;
  }

  private @Nullable MapNode object(String file, Node node, String what) {
    if (node instanceof MapNode map) {
      return map;
    }
    warn(
        file,
        node.position(),
        "expected " + what + ", but found " + node.describe() + "; skipped",
        "each item of the list is a JSON object");
    return null;
  }

  private @Nullable String string(String file, MapNode map, String key) {
    Node node = map.get(key).orElse(null);
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING && !s.text().isBlank()) {
      return s.text();
    }
    warn(
        file,
        node == null ? map.position() : node.position(),
        "expected \""
            + key
            + "\" as a non-empty string, but found "
            + (node == null ? "none" : node.describe())
            + "; skipped",
        "check the item against the ForecastBench format");
    return null;
  }

  private static @Nullable String optionalString(MapNode map, String key) {
    Node node = map.get(key).orElse(null);
    if (node instanceof ScalarNode s
        && s.kind() == ScalarNode.Kind.STRING
        && !s.text().isBlank()
        && !s.text().equals("N/A")) {
      return s.text();
    }
    return null;
  }

  private @Nullable LocalDate date(String file, MapNode map, String key, String text) {
    LocalDate date = parseDate(text);
    if (date == null) {
      Node node = map.get(key).orElseThrow();
      warn(
          file,
          node.position(),
          "expected \""
              + key
              + "\" as a date (YYYY-MM-DD, optionally"
              + " followed by a time), but found "
              + Excerpt.quoted(text)
              + "; skipped",
          "write dates as ForecastBench does: 2024-07-12T00:00:00+00:00");
    }
    return date;
  }

  private static @Nullable LocalDate parseDate(String text) {
    if (text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Reads a freeze value: a number, or a string holding one, as ForecastBench writes them. */
  private static double probability(ScalarNode s) {
    if (s.isNumber()) {
      return s.number();
    }
    if (s.kind() != ScalarNode.Kind.STRING) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s.text().strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private void warn(String file, TextPosition at, String message, String hint) {
    diagnostics.add(LocatedDiagnostic.warning(file, FORMAT, at, message, hint));
  }
}
