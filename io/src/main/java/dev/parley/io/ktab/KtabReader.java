package dev.parley.io.ktab;

import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.core.forecast.smp.SmpParameters.KtabSetting;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.Excerpt;
import dev.parley.io.internal.text.InputText;
import dev.parley.io.internal.xml.SafeXmlReader;
import dev.parley.io.internal.xml.XmlElement;
import dev.parley.io.internal.xml.XmlResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads KTAB's spatial-model-of-politics scenarios: the CSV layout of {@code smpc --csv} and the
 * XML layout of {@code smpc --xml} ({@code smpSchema.xsd}).
 *
 * <p>CSV: a line {@code name, description, actors, dimensions}, a header {@code Actor, Description,
 * Power, Pstn1, Sal1, ...}, then one line per actor {@code name, description, capability, position,
 * salience, ...}; a trailing comma is allowed. XML: {@code <Scenario>} with {@code name}, {@code
 * desc}, {@code prngSeed}, optional {@code ModelParameters}, {@code Dimensions}, {@code Actors} and
 * an optional {@code IdealAdjustment}. Positions and saliences are on 0–100, an actor's saliences
 * sum to at most 100, capabilities lie in [0, 1e8], as KTAB requires. Every problem is reported
 * with its line and column, all in one pass.
 */
public final class KtabReader {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final int MIN_ACTORS = 3;
  private static final int MAX_ACTORS = 250;
  private static final double MAX_CAPABILITY = 1e8;
  private static final String FORMAT = "ktab-format";
  private static final String WHAT = "a KTAB scenario";
  private static final String EMPTY_HINT =
      "write the scenario line, the header and one line per actor";

  /** The largest KTAB scenario file accepted, in bytes. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /** How many bytes of a file {@link #isKtab(Path)} reads to tell whether it is a KTAB scenario. */
  public static final int SNIFF_BYTES = 256 * 1024;

  private static final String NUMBER_CODE = "ktab-number";
  private static final double[] NONE = new double[0];

  private KtabReader() {}

  /**
   * Returns whether a file looks like a KTAB scenario, told from its first {@link #SNIFF_BYTES}
   * bytes; files that are not regular or cannot be read do not.
   */
  public static boolean isKtab(Path file) {
    return isKtab(InputText.head(file, SNIFF_BYTES));
  }

  /**
   * Returns whether a text looks like a KTAB scenario: XML whose root is {@code <Scenario>} with
   * {@code <Actors>}, or CSV whose second line begins with the field {@code Actor}.
   */
  public static boolean isKtab(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String start = body.stripLeading();
    if (start.startsWith("<")) {
      return body.contains("<Scenario") && body.contains("<Actors");
    }
    List<String> lines = body.lines().filter(l -> !l.isBlank()).limit(2).toList();
    if (lines.size() < 2) {
      return false;
    }
    List<Field> header = fields(lines.get(1));
    return !header.isEmpty() && header.get(0).text().strip().equalsIgnoreCase("Actor");
  }

  /** Reads a KTAB scenario file, CSV or XML (told by content). */
  public static LoadResult<KtabScenario> read(Path file) {
    List<LocatedDiagnostic> failures = new ArrayList<>();
    byte[] bytes = InputText.readBytes(file, MAX_BYTES, WHAT, null, failures);
    return bytes == null ? LoadResult.failure(failures) : read(file.toString(), bytes);
  }

  /**
   * Reads a KTAB scenario from the bytes of a file (UTF-8, or UTF-16 with a byte order mark);
   * {@code file} names it in diagnostics.
   */
  public static LoadResult<KtabScenario> read(String file, byte[] bytes) {
    List<LocatedDiagnostic> failures = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      failures.add(
          LocatedDiagnostic.error(
              file,
              "file-too-large",
              TextPosition.UNKNOWN,
              "expected " + WHAT + " of at most " + MAX_BYTES + " bytes, but found " + bytes.length,
              "check that this is the right file"));
      return LoadResult.failure(failures);
    }
    String text = InputText.decode(file, bytes, WHAT, EMPTY_HINT, failures);
    return text == null ? LoadResult.failure(failures) : read(file, text);
  }

  /** Reads a KTAB scenario from its text; {@code file} names it in diagnostics. */
  public static LoadResult<KtabScenario> read(String file, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      return LoadResult.failure(List.of(InputText.empty(file, WHAT, EMPTY_HINT)));
    }
    return body.stripLeading().startsWith("<")
        ? new XmlRead(file).read(body)
        : new CsvRead(file).read(body);
  }

  // ------------------------------------------------------------------ shared

  private static LocatedDiagnostic located(String file, TextPosition at, Diagnostic d) {
    return new LocatedDiagnostic(d, file, at);
  }

  /** One CSV field: its text (quotes removed) and its 1-based column. */
  record Field(String text, int column) {}

  static List<Field> fields(String line) {
    List<Field> out = new ArrayList<>();
    int i = 0;
    int len = line.length();
    while (i <= len) {
      int start = i;
      StringBuilder sb = new StringBuilder();
      int q = i;
      while (q < len && line.charAt(q) == ' ') {
        q++;
      }
      if (q < len && line.charAt(q) == '"') {
        q++;
        while (q < len) {
          char c = line.charAt(q);
          if (c == '"' && q + 1 < len && line.charAt(q + 1) == '"') {
            sb.append('"');
            q += 2;
          } else if (c == '"') {
            q++;
            break;
          } else {
            sb.append(c);
            q++;
          }
        }
        while (q < len && line.charAt(q) != ',') {
          q++;
        }
        i = q;
      } else {
        while (i < len && line.charAt(i) != ',') {
          sb.append(line.charAt(i));
          i++;
        }
      }
      out.add(new Field(sb.toString(), start + 1));
      i++;
    }
    // a trailing comma (or trailing blanks after it) ends the line, as KTAB allows
    while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Collects diagnostics and checks values, for both layouts. */
  private abstract static class Checks {
    final String file;
    final List<LocatedDiagnostic> diagnostics = new ArrayList<>();

    Checks(String file) {
      this.file = file;
    }

    void error(TextPosition at, String code, ModelPath path, String message, String hint) {
      diagnostics.add(located(file, at, Diagnostic.error(code, path, message, hint)));
    }

    void warning(TextPosition at, String code, ModelPath path, String message, String hint) {
      diagnostics.add(located(file, at, Diagnostic.warning(code, path, message, hint)));
    }

    @Nullable Double number(String raw, TextPosition at, ModelPath path, String what) {
      String s = raw.strip();
      if (!NUMBER.matcher(s).matches()) {
        error(
            at,
            NUMBER_CODE,
            path,
            "expected a number for " + what + ", but found " + Excerpt.quoted(s),
            "write a plain decimal number such as 52.8");
        return null;
      }
      return Double.parseDouble(s);
    }

    void checkCapability(double cap, TextPosition at, ModelPath path) {
      if (cap < 0 || cap > MAX_CAPABILITY) {
        error(
            at,
            "capability-range",
            path,
            "expected a capability in [0, 1e8], but found " + cap,
            "KTAB capabilities are non-negative weights; only their ratios matter");
      }
    }

    void checkPosition(double pos, TextPosition at, ModelPath path) {
      if (pos < 0 || pos > 100) {
        error(
            at,
            "position-range",
            path,
            "expected a position in [0, 100], but found " + pos,
            "KTAB positions lie on a 0-100 scale");
      }
    }

    void checkSalience(double sal, TextPosition at, ModelPath path) {
      if (sal < 0 || sal > 100) {
        error(
            at,
            "salience-range",
            path,
            "expected a salience in [0, 100], but found " + sal,
            "KTAB saliences are percentages of an actor's attention");
      }
    }

    void checkSalienceSum(double total, TextPosition at, ModelPath path) {
      if (total > 100) {
        error(
            at,
            "salience-sum",
            path,
            "expected an actor's saliences to sum to at most 100, but they sum to " + total,
            "saliences are shares of attention across the dimensions; scale them down");
      }
    }

    void checkActorCount(int count, TextPosition at, ModelPath path) {
      if (count < MIN_ACTORS || count > MAX_ACTORS) {
        error(
            at,
            FORMAT,
            path,
            "expected between " + MIN_ACTORS + " and " + MAX_ACTORS + " actors, but found " + count,
            "KTAB models 3 to 250 actors");
      }
    }

    LoadResult<KtabScenario> finish(
        String name,
        String description,
        List<String> actors,
        List<String> dims,
        double[] cap,
        double[][] pos,
        double[][] sal,
        @Nullable SmpParameters parameters,
        double @Nullable [][] accommodation,
        @Nullable Long seed) {
      if (diagnostics.stream().anyMatch(LocatedDiagnostic::isError)) {
        return LoadResult.failure(diagnostics);
      }
      int n = actors.size();
      double[][] share = new double[n][];
      for (int i = 0; i < n; i++) {
        share[i] = new double[sal[i].length];
        for (int k = 0; k < share[i].length; k++) {
          share[i][k] = sal[i][k] / 100.0;
        }
      }
      SpatialProblem problem =
          SpatialProblem.of(
              actors.stream().map(String::strip).toList(),
              dims.stream().map(String::strip).toList(),
              cap,
              pos,
              share);
      List<List<Double>> a = null;
      if (accommodation != null) {
        a = new ArrayList<>();
        for (double[] row : accommodation) {
          a.add(java.util.Arrays.stream(row).boxed().toList());
        }
      }
      return new LoadResult<>(
          new KtabScenario(name, description, actors, dims, problem, parameters, a, seed),
          diagnostics,
          SourceMap.empty());
    }
  }

  // ------------------------------------------------------------------ CSV

  private static final class CsvRead extends Checks {
    CsvRead(String file) {
      super(file);
    }

    LoadResult<KtabScenario> read(String text) {
      String[] all = text.split("\r?\n|\r", -1);
      List<Integer> lineNumbers = new ArrayList<>();
      for (int i = 0; i < all.length; i++) {
        if (!all[i].isBlank()) {
          lineNumbers.add(i + 1);
        }
      }
      ModelPath root = ModelPath.root();
      int first = lineNumbers.get(0);
      List<Field> head = fields(all[first - 1]);
      if (head.size() < 4) {
        error(
            TextPosition.of(first, 1),
            FORMAT,
            root,
            "expected 'name, description, actors, dimensions' on the first line, but found "
                + head.size()
                + " fields",
            "begin the file with the scenario's name, its description, the number of actors and"
                + " the number of dimensions");
        return LoadResult.failure(diagnostics);
      }
      Integer actorCount = count(head.get(2), first, "the number of actors");
      Integer dimCount = count(head.get(3), first, "the number of dimensions");
      if (actorCount == null || dimCount == null) {
        return LoadResult.failure(diagnostics);
      }
      checkActorCount(actorCount, TextPosition.of(first, head.get(2).column()), root);
      if (dimCount < 1) {
        error(
            TextPosition.of(first, head.get(3).column()),
            FORMAT,
            root,
            "expected at least 1 dimension, but found " + dimCount,
            "give the number of dimensions the actor lines describe");
      }
      if (!diagnostics.isEmpty()) {
        return LoadResult.failure(diagnostics);
      }
      int d = dimCount;
      if (lineNumbers.size() < 2) {
        error(
            TextPosition.of(first, 1),
            FORMAT,
            root,
            "expected a header line 'Actor, Description, Power, ...' after the first line, but"
                + " found the end of the file",
            "add the header and one line per actor");
        return LoadResult.failure(diagnostics);
      }
      int headerLine = lineNumbers.get(1);
      List<Field> header = fields(all[headerLine - 1]);
      // in long: a count near 2^31 read from the file must not wrap around
      long needed = 3L + 2L * d;
      if (d > header.size()) {
        // more dimensions than the header has fields at all: the count is what is wrong
        error(
            TextPosition.of(first, head.get(3).column()),
            FORMAT,
            root,
            "expected a number of dimensions the header line can hold (at most "
                + Math.max(0, (header.size() - 3) / 2)
                + "), but found "
                + d,
            "give the number of dimensions the actor lines describe");
        return LoadResult.failure(diagnostics);
      }
      if (header.size() < needed) {
        error(
            TextPosition.of(headerLine, 1),
            FORMAT,
            root,
            "expected "
                + needed
                + " header fields for "
                + d
                + " dimensions, but found "
                + header.size(),
            "name a position and a salience column for every dimension");
        return LoadResult.failure(diagnostics);
      }
      List<String> dims = new ArrayList<>();
      for (int k = 0; k < d; k++) {
        dims.add(header.get(3 + 2 * k).text());
      }
      int n = actorCount;
      List<String> names = new ArrayList<>();
      double[] cap = new double[n];
      // a row's values are allocated once the row is known to hold them, so memory follows the
      // file's size, not the counts it claims
      double[][] pos = new double[n][];
      double[][] sal = new double[n][];
      int rows = lineNumbers.size() - 2;
      if (rows < n) {
        int last = lineNumbers.get(lineNumbers.size() - 1);
        error(
            TextPosition.of(last, 1),
            FORMAT,
            root,
            "expected " + n + " actor lines, but found " + rows,
            "give one line per actor, or correct the number of actors on the first line");
      }
      if (rows > n) {
        warning(
            TextPosition.of(lineNumbers.get(2 + n), 1),
            FORMAT,
            root,
            "expected "
                + n
                + " actor lines, as the first line says, but found "
                + rows
                + "; the lines after them are ignored, as KTAB ignores them",
            "correct the number of actors on the first line");
      }
      for (int i = 0; i < Math.min(n, rows); i++) {
        int line = lineNumbers.get(2 + i);
        List<Field> f = fields(all[line - 1]);
        ModelPath path = ModelPath.of("actors").index(i);
        if (f.size() < 3 + 2 * d) {
          error(
              TextPosition.of(line, 1),
              FORMAT,
              path,
              "expected "
                  + (3 + 2 * d)
                  + " fields (name, description, capability and a position"
                  + " and salience per dimension), but found "
                  + f.size(),
              "complete the actor's line");
          names.add("");
          continue;
        }
        pos[i] = new double[d];
        sal[i] = new double[d];
        String name = f.get(0).text();
        if (name.isBlank() || name.length() > 25) {
          error(
              TextPosition.of(line, f.get(0).column()),
              FORMAT,
              path.child("name"),
              "expected an actor name of 1 to 25 characters, but found " + Excerpt.quoted(name),
              "KTAB limits actor names to 25 characters; put the long form in the description");
        }
        names.add(name);
        Double c =
            number(f.get(2).text(), at(line, f.get(2)), path.child("capability"), "capability");
        if (c != null) {
          checkCapability(c, at(line, f.get(2)), path.child("capability"));
          cap[i] = c;
        }
        double total = 0;
        for (int k = 0; k < d; k++) {
          Field pf = f.get(3 + 2 * k);
          Field sf = f.get(4 + 2 * k);
          ModelPath dim = path.child("dimensions").index(k);
          Double p = number(pf.text(), at(line, pf), dim.child("position"), "a position");
          if (p != null) {
            checkPosition(p, at(line, pf), dim.child("position"));
            pos[i][k] = p;
          }
          Double s = number(sf.text(), at(line, sf), dim.child("salience"), "a salience");
          if (s != null) {
            checkSalience(s, at(line, sf), dim.child("salience"));
            sal[i][k] = s;
            total = total + s;
          }
        }
        checkSalienceSum(total, TextPosition.of(line, 1), path);
      }
      return finish(
          head.get(0).text(), head.get(1).text(), names, dims, cap, pos, sal, null, null, null);
    }

    private static TextPosition at(int line, Field f) {
      return TextPosition.of(line, f.column());
    }

    private @Nullable Integer count(Field f, int line, String what) {
      String s = f.text().strip();
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        error(
            TextPosition.of(line, f.column()),
            NUMBER_CODE,
            ModelPath.root(),
            "expected a whole number for " + what + ", but found " + Excerpt.quoted(s),
            "write the count as digits, such as 13");
        return null;
      }
    }
  }

  // ------------------------------------------------------------------ XML

  private static final class XmlRead extends Checks {
    XmlRead(String file) {
      super(file);
    }

    LoadResult<KtabScenario> read(String text) {
      XmlResult parsed = SafeXmlReader.read(file, text);
      if (parsed.failure() != null) {
        diagnostics.add(parsed.failure());
        return LoadResult.failure(diagnostics);
      }
      XmlElement root = Objects.requireNonNull(parsed.root());
      ModelPath top = ModelPath.root();
      if (!root.name().equals("Scenario")) {
        error(
            root.position(),
            FORMAT,
            top,
            "expected the root element <Scenario>, but found <" + Excerpt.of(root.name()) + ">",
            "a KTAB XML scenario follows smpSchema.xsd");
        return LoadResult.failure(diagnostics);
      }
      String name = root.child("name").map(XmlElement::text).orElse("");
      String desc = root.child("desc").map(XmlElement::text).orElse("");
      Long seed = null;
      Optional<XmlElement> seedNode = root.child("prngSeed");
      if (seedNode.isEmpty()) {
        missing(root, "prngSeed", top);
      } else {
        String s = seedNode.get().text().strip();
        try {
          seed = Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
          error(
              seedNode.get().position(),
              NUMBER_CODE,
              top.child("prngSeed"),
              "expected the PRNG seed as a whole number below 2^64, but found " + Excerpt.quoted(s),
              "write the seed as digits, such as 03507583219545544127");
        }
      }
      SmpParameters parameters = root.child("ModelParameters").map(this::parameters).orElse(null);

      List<String> dims = new ArrayList<>();
      Optional<XmlElement> dimsNode = root.child("Dimensions");
      if (dimsNode.isEmpty()) {
        missing(root, "Dimensions", top);
      } else {
        for (XmlElement dn : dimsNode.get().children("dName")) {
          if (dn.text().isBlank()) {
            error(
                dn.position(),
                FORMAT,
                top.child("Dimensions"),
                "expected a dimension name, but found an empty <dName>",
                "name every dimension");
          }
          dims.add(dn.text());
        }
        if (dims.isEmpty()) {
          error(
              dimsNode.get().position(),
              FORMAT,
              top.child("Dimensions"),
              "expected at least one <dName>, but found none",
              "name every dimension in <Dimensions>");
        }
      }
      int d = dims.size();
      List<XmlElement> actorNodes = new ArrayList<>();
      Optional<XmlElement> actorsNode = root.child("Actors");
      if (actorsNode.isEmpty()) {
        missing(root, "Actors", top);
      } else {
        actorNodes = actorsNode.get().children("Actor");
        checkActorCount(actorNodes.size(), actorsNode.get().position(), top.child("Actors"));
        if (actorNodes.size() > MAX_ACTORS) {
          return LoadResult.failure(diagnostics);
        }
      }
      int n = actorNodes.size();
      List<String> names = new ArrayList<>();
      double[] cap = new double[n];
      // each actor's values are allocated once its element is known to hold d of them, so memory
      // follows the file's size, not the counts it implies
      double[][] pos = new double[n][];
      double[][] sal = new double[n][];
      for (int i = 0; i < n; i++) {
        XmlElement a = actorNodes.get(i);
        ModelPath path = top.child("Actors").index(i);
        String aName = a.child("name").map(XmlElement::text).orElse("");
        if (aName.isBlank()) {
          error(
              a.position(),
              FORMAT,
              path.child("name"),
              "expected an actor <name>, but found none",
              "name every actor");
        }
        names.add(aName);
        Optional<XmlElement> capNode = a.child("capability");
        if (capNode.isEmpty()) {
          missing(a, "capability", path);
        } else {
          Double c =
              number(
                  capNode.get().text(),
                  capNode.get().position(),
                  path.child("capability"),
                  "capability");
          if (c != null) {
            checkCapability(c, capNode.get().position(), path.child("capability"));
            cap[i] = c;
          }
        }
        // an actor without its values has an error, so the empty stand-in is never read
        pos[i] =
            Objects.requireNonNullElse(readVector(a, "Position", "dCoord", d, path, false), NONE);
        sal[i] = Objects.requireNonNullElse(readVector(a, "Salience", "dSal", d, path, true), NONE);
      }
      Optional<XmlElement> adjustment = root.child("IdealAdjustment");
      double @Nullable [][] accommodation =
          adjustment.isPresent()
              ? accommodation(adjustment.get(), names, top.child("IdealAdjustment"))
              : null;
      return finish(name, desc, names, dims, cap, pos, sal, parameters, accommodation, seed);
    }

    private double @Nullable [] readVector(
        XmlElement actor, String element, String item, int d, ModelPath path, boolean salience) {
      Optional<XmlElement> node = actor.child(element);
      if (node.isEmpty()) {
        missing(actor, element, path);
        return null;
      }
      List<XmlElement> items = node.get().children(item);
      if (items.size() != d) {
        error(
            node.get().position(),
            FORMAT,
            path.child(element),
            "expected "
                + d
                + " <"
                + item
                + "> values, one per dimension, but found "
                + items.size(),
            "give one value per dimension named in <Dimensions>");
        return null;
      }
      double[] into = new double[d];
      double total = 0;
      for (int k = 0; k < d; k++) {
        XmlElement x = items.get(k);
        ModelPath at = path.child(element).index(k);
        Double v = number(x.text(), x.position(), at, salience ? "a salience" : "a position");
        if (v == null) {
          continue;
        }
        if (salience) {
          checkSalience(v, x.position(), at);
          total = total + v;
        } else {
          checkPosition(v, x.position(), at);
        }
        into[k] = v;
      }
      if (salience) {
        checkSalienceSum(total, node.get().position(), path.child(element));
      }
      return into;
    }

    private void missing(XmlElement parent, String child, ModelPath path) {
      error(
          parent.position(),
          FORMAT,
          path,
          "expected a <"
              + child
              + "> element in <"
              + Excerpt.of(parent.name())
              + ">, but found none",
          "a KTAB XML scenario follows smpSchema.xsd");
    }

    private @Nullable SmpParameters parameters(XmlElement node) {
      ModelPath path = ModelPath.of("ModelParameters");
      SmpParameters defaults = SmpParameters.ktabDefaults();
      var victory = setting(node, "VictoryProbModel", SmpParameters.VictoryProbability.class, path);
      var election = setting(node, "PCEModel", SmpParameters.ElectionModel.class, path);
      var transitions = setting(node, "StateTransitions", SmpParameters.Transitions.class, path);
      var voting = setting(node, "VotingRule", SmpParameters.VotingRule.class, path);
      var adjust = setting(node, "BigRAdjust", SmpParameters.RiskAdjust.class, path);
      var range = setting(node, "BigRRange", SmpParameters.RiskRange.class, path);
      var commit = setting(node, "ThirdPartyCommit", SmpParameters.ThirdPartyCommit.class, path);
      var bargain = setting(node, "InterVecBrgn", SmpParameters.BargainInterpolation.class, path);
      var model = setting(node, "BargnModel", SmpParameters.BargainModel.class, path);
      if (victory == null
          || election == null
          || transitions == null
          || voting == null
          || adjust == null
          || range == null
          || commit == null
          || bargain == null
          || model == null) {
        return null;
      }
      return new SmpParameters(
          victory,
          election,
          transitions,
          voting,
          adjust,
          range,
          commit,
          bargain,
          model,
          defaults.minTurns(),
          defaults.maxTurns(),
          defaults.stopRatio());
    }

    private <E extends Enum<E> & KtabSetting> @Nullable E setting(
        XmlElement parent, String element, Class<E> type, ModelPath path) {
      Optional<XmlElement> node = parent.child(element);
      if (node.isEmpty()) {
        missing(parent, element, path);
        return null;
      }
      String value = node.get().text().strip();
      Optional<E> e = SmpParameters.fromKtabName(type, value);
      if (e.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (E x : type.getEnumConstants()) {
          names.add(x.ktabName());
        }
        error(
            node.get().position(),
            "ktab-parameter",
            path.child(element),
            "expected "
                + element
                + " to be one of "
                + String.join(", ", names)
                + ", but found "
                + Excerpt.quoted(value),
            "use one of KTAB's names for the setting (case does not matter)");
        return null;
      }
      return e.get();
    }

    private double @Nullable [][] accommodation(
        XmlElement node, List<String> names, ModelPath path) {
      int n = names.size();
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        a[i][i] = 1.0;
      }
      List<XmlElement> pairs = node.children("iaPair");
      boolean ok = true;
      for (int p = 0; p < pairs.size(); p++) {
        XmlElement pair = pairs.get(p);
        ModelPath at = path.index(p);
        int i = actorIndex(pair, "adjustingIdeal", names, at);
        int j = actorIndex(pair, "referencePos", names, at);
        Optional<XmlElement> adj = pair.child("adjust");
        if (adj.isEmpty()) {
          missing(pair, "adjust", at);
          ok = false;
          continue;
        }
        Double v =
            number(adj.get().text(), adj.get().position(), at.child("adjust"), "an adjustment");
        if (v == null || i < 0 || j < 0) {
          ok = false;
          continue;
        }
        if (v < 0 || v > 1) {
          error(
              adj.get().position(),
              "accommodation-range",
              at.child("adjust"),
              "expected an adjustment rate in [0, 1], but found " + v,
              "the rate is the share of the gap to the reference position closed each turn");
          ok = false;
          continue;
        }
        a[i][j] = v;
      }
      for (int i = 0; ok && i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += a[i][j];
        }
        if (sum > 1 + 1e-10) {
          error(
              node.position(),
              "accommodation-range",
              path,
              String.format(
                  Locale.ROOT,
                  "expected %s's adjustment rates to sum to at most 1, but they sum to %.3f",
                  Excerpt.of(names.get(i).strip()),
                  sum),
              "an ideal can move at most the whole way toward the positions it follows");
          ok = false;
        }
      }
      return ok ? a : null;
    }

    private int actorIndex(XmlElement pair, String element, List<String> names, ModelPath at) {
      Optional<XmlElement> node = pair.child(element);
      if (node.isEmpty()) {
        missing(pair, element, at);
        return -1;
      }
      String name = node.get().text();
      int index = names.indexOf(name);
      if (index < 0) {
        error(
            node.get().position(),
            "unknown-actor",
            at.child(element),
            "expected the name of an actor of the scenario, but found " + Excerpt.quoted(name),
            "use a name given in <Actors>");
      }
      return index;
    }
  }
}
