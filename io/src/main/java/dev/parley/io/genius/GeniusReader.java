package dev.parley.io.genius;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.internal.interchange.ImportParts;
import dev.parley.io.internal.interchange.ImportPlaces;
import dev.parley.io.internal.text.Excerpt;
import dev.parley.io.internal.xml.SafeXmlReader;
import dev.parley.io.internal.xml.XmlElement;
import dev.parley.io.internal.xml.XmlResult;
import dev.parley.io.scenario.NumericIssues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a GENIUS domain and its profiles (XML) into a scenario, with GENIUS's additive utility
 * semantics reproduced exactly.
 *
 * <p>The rules are those of {@code data/anac/README.md} in the shared data [1]:
 *
 * <ol>
 *   <li>Issues are the {@code <issue>} children of the first {@code <objective>}, in file order,
 *       then those of nested objectives in pre-order. Discrete issues list their direct {@code
 *       <item value>} children and become unordered issues (their values are categories listed in
 *       no meaningful order, so spatial models leave them out); integer issues every integer from
 *       {@code lowerbound} to {@code upperbound}; real issues 11 points {@code lb + (k·(ub −
 *       lb))/10} of their {@code <range>}. Numeric issues become {@link NumericScale}s whose
 *       options are {@link NumericIssues#options(NumericScale)}, ordered.
 *   <li>A profile issue is matched to the domain's by {@code index}. Its weight is the {@code
 *       <weight>} with that index, used as written (the stance's salience). Discrete evaluations
 *       are {@code eval / max} over the issue's direct items (0 if {@code max < 1e-5}); integer
 *       evaluators {@code clamp(slope·(x − lowerbound) + offset, 0, 1)}; real evaluators linear,
 *       constant or triangular. Every stance gives these utilities explicitly, so {@code w · e}
 *       reproduces GENIUS's doubles bit for bit.
 *   <li>Utilities are capped at 1 and saliences used as written ({@code UtilityModel(false, 1)}).
 *       The reservation is the first {@code <reservation value>} (0 if none).
 *   <li>GENIUS's discount factor d applies to a whole session: an agreement at time t, the share of
 *       the session elapsed (0 to 1), is worth {@code u·d^t}. Parley's patience discounts one round
 *       ({@code per: round}), so the import takes a session of {@code sessionRounds} rounds ({@link
 *       #SESSION_ROUNDS} unless told otherwise) and writes {@code d^(1/sessionRounds)} per round:
 *       that many rounds discount by d, as the whole session does. A value {@code <= 0} or {@code
 *       >= 1} means no discounting (patience 1), as in GENIUS.
 * </ol>
 *
 * <p>Actors are named after the profile files. Every imported value's basis is a note naming the
 * file it came from. [1] GENIUS 10.4, {@code genius.core.utility.AdditiveUtilitySpace} and {@code
 * EvaluatorDiscrete}, as summarised in that README.
 */
public final class GeniusReader {
  private static final String FORMAT = "genius-format";
  private static final String MISMATCH = "genius-mismatch";

  /**
   * The rounds of a GENIUS session when the caller does not say: 100, {@code parley simulate}'s
   * default cap.
   */
  public static final int SESSION_ROUNDS = 100;

  private final List<LocatedDiagnostic> diagnostics = new ArrayList<>();
  private final ImportPlaces places = new ImportPlaces();
  private final int sessionRounds;

  private GeniusReader(int sessionRounds) {
    if (sessionRounds < 1) {
      throw new IllegalArgumentException(
          "expected a session of at least 1 round, but found " + sessionRounds);
    }
    this.sessionRounds = sessionRounds;
  }

  /**
   * Reads a domain file and its profile files; the profiles become the actors, in the order given,
   * and discount factors are read for a session of {@link #SESSION_ROUNDS} rounds.
   */
  public static LoadResult<Scenario> read(Path domain, List<Path> profiles) {
    return read(domain, profiles, SESSION_ROUNDS);
  }

  /**
   * Reads a domain file and its profile files, discount factors for a session of the given length.
   *
   * @param sessionRounds how many Parley rounds (turns) one GENIUS session lasts, at least 1
   */
  public static LoadResult<Scenario> read(Path domain, List<Path> profiles, int sessionRounds) {
    return new GeniusReader(sessionRounds).run(domain, profiles);
  }

  private LoadResult<Scenario> run(Path domainFile, List<Path> profileFiles) {
    Domain domain = domain(domainFile);
    return ImportParts.assemble(
        "GENIUS",
        domainFile,
        profileFiles,
        domain == null
            ? null
            : new ImportParts.ImportedDomain(
                domain.title, domain.issues.stream().map(DomainIssue::issue).toList()),
        new UtilityModel(false, 1.0),
        (file, id) -> domain == null ? null : profile(file, id, domain),
        diagnostics,
        places);
  }

  // ---- domain ----

  private record Domain(String title, List<DomainIssue> issues) {}

  private record DomainIssue(int index, Issue issue, double lowerbound, boolean integer) {}

  private @Nullable Domain domain(Path file) {
    XmlElement root = parse(file);
    if (root == null) {
      return null;
    }
    String name = file.toString();
    XmlElement space = root.find("utility_space").orElse(null);
    XmlElement objective = space == null ? null : space.find("objective").orElse(null);
    if (objective == null) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              FORMAT,
              root.position(),
              "expected a GENIUS domain with <utility_space> and <objective>, but found <"
                  + Excerpt.of(root.name())
                  + "> without them",
              "pass a GENIUS domain file (the one the profiles refer to)"));
      return null;
    }
    List<DomainIssue> issues = new ArrayList<>();
    Set<Integer> indexes = new HashSet<>();
    for (XmlElement element : issuesOf(objective)) {
      DomainIssue issue = domainIssue(name, element);
      if (issue != null && indexes.add(issue.index)) {
        issues.add(issue);
        places.put(ModelPath.of("issues", issue.issue.id().value()), name, element.position());
      } else if (issue != null) {
        diagnostics.add(
            LocatedDiagnostic.error(
                name,
                FORMAT,
                element.position(),
                "expected each issue index once, but found index " + issue.index + " again",
                "give every issue its own index"));
      }
    }
    if (issues.isEmpty() && !hasErrors()) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              FORMAT,
              objective.position(),
              "expected at least one <issue> in the domain, but found none",
              "pass a GENIUS domain file"));
    }
    String title =
        objective.attribute("name").filter(s -> !s.isBlank()).orElse(ImportParts.stem(file));
    return new Domain(title, issues);
  }

  /** Returns the issues of an objective: its own in file order, then nested ones in pre-order. */
  private static List<XmlElement> issuesOf(XmlElement objective) {
    List<XmlElement> out = new ArrayList<>(objective.children("issue"));
    for (XmlElement nested : objective.children("objective")) {
      out.addAll(issuesOf(nested));
    }
    return out;
  }

  private @Nullable DomainIssue domainIssue(String file, XmlElement element) {
    String name = attribute(file, element, "name");
    Double index = number(file, element, "index");
    if (name == null || index == null || !integral(file, element, "index", index)) {
      return null;
    }
    if (name.isBlank()) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              element.position(),
              "expected an issue name, but found the blank " + Excerpt.quoted(name),
              "name every issue"));
      return null;
    }
    String type = element.attribute("type").or(() -> element.attribute("vtype")).orElse("discrete");
    IssueId id = IssueId.of(name);
    return switch (type) {
      case "discrete" -> {
        List<String> values = new ArrayList<>();
        for (XmlElement item : element.children("item")) {
          String value = attribute(file, item, "value");
          if (value != null) {
            values.add(value);
            places.put(ModelPath.of("issues", name, "options", value), file, item.position());
          }
        }
        yield new DomainIssue(
            index.intValue(),
            new Issue(id, name, "", ImportParts.discreteOptions(values), null, false),
            0,
            false);
      }
      case "integer" -> {
        Double lb = number(file, element, "lowerbound");
        Double ub = number(file, element, "upperbound");
        if (lb == null
            || ub == null
            || !integral(file, element, "lowerbound", lb)
            || !integral(file, element, "upperbound", ub)) {
          yield null;
        }
        yield numericIssue(
            file, element, index.intValue(), id, name, new NumericScale(lb, ub, 1, ""), true);
      }
      case "real" -> {
        XmlElement range = element.child("range").orElse(null);
        if (range == null) {
          diagnostics.add(
              LocatedDiagnostic.error(
                  file,
                  FORMAT,
                  element.position(),
                  "expected a <range lowerbound upperbound> in real issue "
                      + Excerpt.quoted(name)
                      + ", but found none",
                  "add the range of the real issue"));
          yield null;
        }
        Double lb = number(file, range, "lowerbound");
        Double ub = number(file, range, "upperbound");
        if (lb == null || ub == null) {
          yield null;
        }
        yield numericIssue(
            file,
            range,
            index.intValue(),
            id,
            name,
            new NumericScale(lb, ub, (ub - lb) / 10, ""),
            false);
      }
      default -> {
        diagnostics.add(
            LocatedDiagnostic.error(
                file,
                FORMAT,
                element.position(),
                "expected issue type discrete, integer or real, but found " + Excerpt.quoted(type),
                "only additive GENIUS domains can be imported"));
        yield null;
      }
    };
  }

  private @Nullable DomainIssue numericIssue(
      String file,
      XmlElement at,
      int index,
      IssueId id,
      String name,
      NumericScale scale,
      boolean integer) {
    int count = scale.optionCount();
    if (count < 1
        || count > NumericIssues.MAX_OPTIONS
        || !(scale.max() > scale.min() || count == 1)) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              at.position(),
              "expected lowerbound < upperbound and at most "
                  + NumericIssues.MAX_OPTIONS
                  + " values in issue "
                  + Excerpt.quoted(name)
                  + ", but found ["
                  + scale.min()
                  + ", "
                  + scale.max()
                  + "]",
              "check the bounds of the issue"));
      return null;
    }
    return new DomainIssue(
        index, new Issue(id, name, "", NumericIssues.options(scale), scale), scale.min(), integer);
  }

  // ---- profiles ----

  private @Nullable ActorProfile profile(Path path, ActorId actor, Domain domain) {
    XmlElement root = parse(path);
    if (root == null) {
      return null;
    }
    String file = path.toString();
    String fileName = ImportParts.fileName(path);
    XmlElement space = root.find("utility_space").orElse(null);
    XmlElement objective = space == null ? null : space.find("objective").orElse(null);
    if (space == null || objective == null) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              root.position(),
              "expected a GENIUS profile with <utility_space> and <objective>, but found <"
                  + Excerpt.of(root.name())
                  + "> without them",
              "pass GENIUS profile files after the domain"));
      return null;
    }
    if (space.attribute("type").filter(t -> !t.equalsIgnoreCase("linear")).isPresent()) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              space.position(),
              "expected an additive (linear) utility space, but found type "
                  + Excerpt.quoted(space.attribute("type").orElseThrow()),
              "non-linear GENIUS profiles (hyper-rectangles) cannot be imported"));
      return null;
    }
    Map<Integer, XmlElement> issues = new HashMap<>();
    Map<Integer, XmlElement> weights = new HashMap<>();
    for (XmlElement o : objective.findAll("objective")) {
      for (XmlElement issue : o.children("issue")) {
        Double index = number(file, issue, "index");
        if (index != null) {
          issues.putIfAbsent(index.intValue(), issue);
        }
      }
      for (XmlElement weight : o.children("weight")) {
        Double index = number(file, weight, "index");
        if (index != null) {
          weights.putIfAbsent(index.intValue(), weight);
        }
      }
    }
    Basis basis = Basis.assumption("GENIUS profile " + fileName);
    ModelPath at = ModelPath.of("profiles", actor.value());
    places.put(at, file, root.position());
    places.put(ModelPath.of("actors", actor.value()), file, root.position());
    Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
    for (DomainIssue d : domain.issues) {
      XmlElement issue = issues.get(d.index);
      XmlElement weightElement = weights.get(d.index);
      if (issue == null || weightElement == null) {
        diagnostics.add(
            LocatedDiagnostic.error(
                file,
                MISMATCH,
                objective.position(),
                "expected "
                    + (issue == null ? "an <issue>" : "a <weight>")
                    + " with index "
                    + d.index
                    + " (issue "
                    + Excerpt.quoted(d.issue.name())
                    + " of the domain), but found none",
                "check that the profile belongs to this domain"));
        continue;
      }
      ModelPath stance = at.child("stances", d.issue.id().value());
      places.put(stance.child("salience"), file, weightElement.position());
      places.put(stance, file, issue.position());
      Double weight = number(file, weightElement, "value");
      double[] utilities = evaluations(file, issue, d, stance);
      if (weight != null && utilities != null) {
        stances.put(d.issue.id(), ImportParts.stance(d.issue, weight, utilities, basis));
      }
    }
    double reservation = 0;
    String reservationNote = fileName + " has no <reservation>; GENIUS reads 0";
    XmlElement reservationElement = root.find("reservation").orElse(null);
    if (reservationElement != null) {
      places.put(at.child("reservation"), file, reservationElement.position());
      Double value = number(file, reservationElement, "value");
      reservation = value == null ? 0 : value;
      reservationNote = "reservation value in GENIUS profile " + fileName;
    }
    double patience = 1;
    String patienceNote = fileName + " has no <discount_factor>; no discounting";
    XmlElement discount = root.find("discount_factor").orElse(null);
    if (discount != null) {
      places.put(at.child("patience"), file, discount.position());
      Double value = number(file, discount, "value");
      double df = value == null ? 1 : value;
      if (df <= 0 || df >= 1) {
        patienceNote =
            "discount factor in GENIUS profile "
                + fileName
                + " was "
                + df
                + ", which GENIUS reads as no discounting";
      } else {
        patience = perRound(df, sessionRounds);
        patienceNote =
            "GENIUS profile "
                + fileName
                + " discounts a whole session by "
                + df
                + " (u·d^t, t the share of the session elapsed); over a session of "
                + sessionRounds
                + " rounds that is "
                + df
                + "^(1/"
                + sessionRounds
                + ") per round";
      }
    }
    return new ActorProfile(
        actor,
        Estimate.of(1, Basis.assumption("GENIUS profiles carry no capability; 1 for every party")),
        Estimate.of(reservation, Basis.assumption(reservationNote)),
        Estimate.of(patience, Basis.assumption(patienceNote)),
        null,
        stances,
        List.of(),
        DiscountPeriod.ROUND);
  }

  /**
   * Returns the discount factor per round of a GENIUS discount factor per session: {@code d^(1/N)}
   * for a session of N rounds, so that N rounds discount by d, as the whole session does in GENIUS.
   */
  static double perRound(double sessionDiscount, int sessionRounds) {
    return StrictMath.pow(sessionDiscount, 1.0 / sessionRounds);
  }

  private double @Nullable [] evaluations(
      String file, XmlElement issue, DomainIssue d, ModelPath stance) {
    int n = d.issue.options().size();
    double[] out = new double[n];
    NumericScale scale = d.issue.numeric();
    if (scale == null) {
      Map<String, Double> evaluations = new LinkedHashMap<>();
      double max = Double.NEGATIVE_INFINITY;
      for (XmlElement item : issue.children("item")) {
        String value = attribute(file, item, "value");
        Double evaluation = number(file, item, "evaluation");
        if (value == null || evaluation == null) {
          return null;
        }
        evaluations.putIfAbsent(value, evaluation);
        places.put(stance.child("utilities", value), file, item.position());
        max = Math.max(max, evaluation);
      }
      for (int k = 0; k < n; k++) {
        String value = d.issue.options().get(k).id();
        Double evaluation = evaluations.get(value);
        if (evaluation == null) {
          diagnostics.add(
              LocatedDiagnostic.error(
                  file,
                  MISMATCH,
                  issue.position(),
                  "expected an <item> with an evaluation for value "
                      + Excerpt.quoted(value)
                      + " of issue "
                      + Excerpt.quoted(d.issue.name())
                      + ", but found none",
                  "check that the profile belongs to this domain"));
          return null;
        }
        out[k] = max < 1e-5 ? 0 : evaluation / max;
      }
      return out;
    }
    XmlElement evaluator = issue.child("evaluator").orElse(null);
    if (evaluator == null) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              issue.position(),
              "expected an <evaluator> in issue "
                  + Excerpt.quoted(d.issue.name())
                  + ", but found none",
              "numeric GENIUS issues need an evaluator function"));
      return null;
    }
    places.put(stance.child("utilities"), file, evaluator.position());
    String ftype = evaluator.attribute("ftype").orElse("");
    if (d.integer) {
      if (!ftype.equals("linear")) {
        return unsupported(file, evaluator, ftype, "linear");
      }
      Double slope = number(file, evaluator, "slope");
      Double offset = number(file, evaluator, "offset");
      Double lbAttr =
          issue.attribute("lowerbound").isPresent() ? number(file, issue, "lowerbound") : null;
      if (slope == null || offset == null) {
        return null;
      }
      double lb = lbAttr != null ? lbAttr : d.lowerbound;
      for (int k = 0; k < n; k++) {
        double x = scale.valueAt(k);
        out[k] = clamp(slope * (x - lb) + offset);
      }
      return out;
    }
    switch (ftype) {
      case "linear" -> {
        Double p0 = number(file, evaluator, "parameter0");
        Double p1 = number(file, evaluator, "parameter1");
        if (p0 == null || p1 == null) {
          return null;
        }
        for (int k = 0; k < n; k++) {
          out[k] = clamp(p1 * scale.valueAt(k) + p0);
        }
      }
      case "constant" -> {
        Double p0 = number(file, evaluator, "parameter0");
        if (p0 == null) {
          return null;
        }
        java.util.Arrays.fill(out, p0);
      }
      case "triangular" -> {
        Double low = number(file, evaluator, "parameter0");
        Double high = number(file, evaluator, "parameter1");
        Double top = number(file, evaluator, "parameter2");
        if (low == null || high == null || top == null) {
          return null;
        }
        for (int k = 0; k < n; k++) {
          double x = scale.valueAt(k);
          out[k] =
              x < low
                  ? 0
                  : x < top ? (x - low) / (top - low) : x < high ? 1 - (x - top) / (high - top) : 0;
        }
      }
      default -> {
        return unsupported(file, evaluator, ftype, "linear, constant or triangular");
      }
    }
    return out;
  }

  private double @Nullable [] unsupported(String file, XmlElement at, String ftype, String known) {
    diagnostics.add(
        LocatedDiagnostic.error(
            file,
            FORMAT,
            at.position(),
            "expected an evaluator of type " + known + ", but found " + Excerpt.quoted(ftype),
            "only the evaluator types the ANAC domains use can be imported"));
    return null;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  // ---- XML access ----

  private @Nullable XmlElement parse(Path path) {
    byte[] bytes = ImportParts.readBytes(path, diagnostics);
    if (bytes == null) {
      return null;
    }
    XmlResult result = SafeXmlReader.read(path.toString(), bytes);
    if (result.failure() != null) {
      diagnostics.add(result.failure());
      return null;
    }
    return result.root();
  }

  private @Nullable String attribute(String file, XmlElement element, String name) {
    String value = element.attribute(name).orElse(null);
    if (value == null) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              element.position(),
              "expected the attribute '"
                  + name
                  + "' on <"
                  + Excerpt.of(element.name())
                  + ">, but found none",
              "check the file against a GENIUS domain or profile"));
    }
    return value;
  }

  private @Nullable Double number(String file, XmlElement element, String name) {
    String text = attribute(file, element, name);
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    diagnostics.add(
        LocatedDiagnostic.error(
            file,
            FORMAT,
            element.position(),
            "expected '"
                + name
                + "' on <"
                + Excerpt.of(element.name())
                + "> to be a number, but found "
                + Excerpt.quoted(text),
            "write a plain decimal number"));
    return null;
  }

  private boolean integral(String file, XmlElement element, String name, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return true;
    }
    diagnostics.add(
        LocatedDiagnostic.error(
            file,
            FORMAT,
            element.position(),
            "expected '"
                + name
                + "' on <"
                + Excerpt.of(element.name())
                + "> to be a whole number, but found "
                + value,
            "write a whole number"));
    return false;
  }

  private boolean hasErrors() {
    return diagnostics.stream().anyMatch(LocatedDiagnostic::isError);
  }
}
