package dev.parley.io.geniusweb;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
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
import dev.parley.io.internal.text.DecodedText;
import dev.parley.io.internal.text.Excerpt;
import dev.parley.io.internal.text.InputText;
import dev.parley.io.internal.text.TextDecoder;
import dev.parley.io.internal.tree.ListNode;
import dev.parley.io.internal.tree.MapNode;
import dev.parley.io.internal.tree.Node;
import dev.parley.io.internal.tree.ScalarNode;
import dev.parley.io.internal.tree.Syntax;
import dev.parley.io.internal.tree.TreeReader;
import dev.parley.io.internal.tree.TreeResult;
import dev.parley.io.scenario.NumericIssues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a GeniusWeb domain and its linear additive profiles (JSON) into a scenario, with
 * GeniusWeb's utility semantics.
 *
 * <p>The rules are those of {@code data/anac/README.md} in the shared data: the domain is {@code
 * {"name", "issuesValues": {issue: {"values": [...]}}}} in JSON order, each value set an unordered
 * issue (categories in no meaningful order, which spatial models leave out); a profile is {@code
 * {"LinearAdditiveUtilitySpace": {"issueUtilities", "issueWeights", "reservationBid"}}}, with value
 * utilities under {@code discreteutils} or {@code DiscreteValueSetUtilities}. A package's utility
 * is {@code Σ w_i · u_i} with neither normalisation nor a cap ({@code UtilityModel(false, ∞)}); the
 * reservation value is the utility of the reservation bid, accumulated in domain issue order
 * ({@code ((0 + c_1) + c_2) + …}), or 0 without one.
 *
 * <p>Numeric issues ({@code "range": {"low", "high", "step"}}) and their {@code numberutils}
 * ({@code lowValue, lowUtility, highValue, highUtility}: linear between the two, 0 outside) follow
 * the GeniusWeb documentation; no ANAC file here uses them. A value a profile gives no utility is
 * worth 0, as in GeniusWeb, with a warning.
 */
public final class GeniusWebReader {
  private static final String FORMAT = "geniusweb-format";
  private static final String MISMATCH = "genius-mismatch";

  private final List<LocatedDiagnostic> diagnostics = new ArrayList<>();
  private final ImportPlaces places = new ImportPlaces();

  private GeniusWebReader() {}

  /**
   * Reads a domain file and its profile files; the profiles become the actors, in the order given.
   */
  public static LoadResult<Scenario> read(Path domain, List<Path> profiles) {
    return new GeniusWebReader().run(domain, profiles);
  }

  private LoadResult<Scenario> run(Path domainFile, List<Path> profileFiles) {
    Domain domain = domain(domainFile);
    return ImportParts.assemble(
        "GeniusWeb",
        domainFile,
        profileFiles,
        domain == null ? null : new ImportParts.ImportedDomain(domain.name, domain.issues),
        new UtilityModel(false, Double.POSITIVE_INFINITY),
        (file, id) -> domain == null ? null : profile(file, id, domain),
        diagnostics,
        places);
  }

  private record Domain(String name, List<Issue> issues) {}

  private @Nullable Domain domain(Path path) {
    String file = path.toString();
    MapNode root = parse(path);
    if (root == null) {
      return null;
    }
    MapNode values = map(file, root, "issuesValues");
    if (values == null) {
      return null;
    }
    String name =
        root.get("name")
            .filter(n -> n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING)
            .map(n -> ((ScalarNode) n).text())
            .orElse(ImportParts.stem(path));
    List<Issue> issues = new ArrayList<>();
    for (MapNode.Entry entry : values.entries()) {
      if (entry.key().isBlank()) {
        diagnostics.add(
            LocatedDiagnostic.error(
                file,
                FORMAT,
                entry.keyPosition(),
                "expected an issue name as the key, but found the blank key "
                    + Excerpt.quoted(entry.key()),
                "name every issue"));
        continue;
      }
      IssueId id = IssueId.of(entry.key());
      places.put(ModelPath.of("issues", entry.key()), file, entry.keyPosition());
      if (!(entry.value() instanceof MapNode set)) {
        wrong(
            file,
            entry.value(),
            "a value set {\"values\": [...]} for issue " + Excerpt.quoted(entry.key()));
        continue;
      }
      if (set.get("values").isPresent()) {
        Node list = set.get("values").orElseThrow();
        if (!(list instanceof ListNode items)) {
          wrong(file, list, "a list of values");
          continue;
        }
        List<String> options = new ArrayList<>();
        for (Node item : items.items()) {
          if (item instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            options.add(s.text());
            places.put(
                ModelPath.of("issues", entry.key(), "options", s.text()), file, s.position());
          } else {
            wrong(file, item, "a string value");
          }
        }
        issues.add(
            new Issue(id, entry.key(), "", ImportParts.discreteOptions(options), null, false));
      } else if (set.get("range").isPresent()) {
        MapNode range = map(file, set, "range");
        if (range == null) {
          continue;
        }
        Double low = number(file, range, "low");
        Double high = number(file, range, "high");
        Double step = number(file, range, "step");
        if (low == null || high == null || step == null) {
          continue;
        }
        NumericScale scale = new NumericScale(low, high, step, "");
        List<dev.parley.core.model.IssueOption> options = NumericIssues.options(scale);
        if (options.isEmpty()) {
          diagnostics.add(
              LocatedDiagnostic.error(
                  file,
                  FORMAT,
                  range.position(),
                  "expected low <= high, step > 0 and at most "
                      + NumericIssues.MAX_OPTIONS
                      + " values in the range of issue "
                      + Excerpt.quoted(entry.key())
                      + ", but found low "
                      + low
                      + ", high "
                      + high
                      + ", step "
                      + step,
                  "choose a step that divides high - low"));
          continue;
        }
        issues.add(new Issue(id, entry.key(), "", options, scale));
      } else {
        wrong(file, set, "\"values\" or \"range\" for issue " + Excerpt.quoted(entry.key()));
      }
    }
    return new Domain(name, issues);
  }

  private @Nullable ActorProfile profile(Path path, ActorId actor, Domain domain) {
    String file = path.toString();
    String fileName = ImportParts.fileName(path);
    MapNode root = parse(path);
    if (root == null) {
      return null;
    }
    if (root.get("LinearAdditiveUtilitySpace").isEmpty()) {
      String found =
          root.entries().isEmpty()
              ? "an empty object"
              : Excerpt.quoted(root.entries().get(0).key());
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              root.position(),
              "expected a \"LinearAdditiveUtilitySpace\" profile, but found " + found,
              "only linear additive GeniusWeb profiles can be imported"));
      return null;
    }
    MapNode space = map(file, root, "LinearAdditiveUtilitySpace");
    if (space == null) {
      return null;
    }
    MapNode utilities = map(file, space, "issueUtilities");
    MapNode weights = map(file, space, "issueWeights");
    if (utilities == null || weights == null) {
      return null;
    }
    Basis basis = Basis.assumption("GeniusWeb profile " + fileName);
    ModelPath at = ModelPath.of("profiles", actor.value());
    places.put(at, file, space.position());
    places.put(ModelPath.of("actors", actor.value()), file, space.position());
    Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
    for (Issue issue : domain.issues) {
      String name = issue.id().value();
      Node u = utilities.get(name).orElse(null);
      if (u == null || weights.get(name).isEmpty()) {
        diagnostics.add(
            LocatedDiagnostic.error(
                file,
                MISMATCH,
                (u == null ? utilities : weights).position(),
                "expected "
                    + (u == null ? "utilities" : "a weight")
                    + " for issue "
                    + Excerpt.quoted(name)
                    + " of the domain, but found none",
                "check that the profile belongs to this domain"));
        continue;
      }
      ModelPath stance = at.child("stances", name);
      places.put(stance, file, u.position());
      places.put(stance.child("salience"), file, weights.get(name).orElseThrow().position());
      Double weight = number(file, weights, name);
      double[] values = valueUtilities(file, u, issue, stance);
      if (weight != null && values != null) {
        stances.put(issue.id(), ImportParts.stance(issue, weight, values, basis));
      }
    }
    double reservation = 0;
    String note = fileName + " has no reservation bid; its reservation value is 0";
    Node bidNode = space.get("reservationBid").orElse(null);
    if (bidNode != null && !(bidNode instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL)) {
      places.put(at.child("reservation"), file, bidNode.position());
      MapNode bid = bidNode instanceof MapNode m ? map(file, m, "issuevalues") : null;
      if (bid == null) {
        if (!(bidNode instanceof MapNode)) {
          wrong(file, bidNode, "a bid {\"issuevalues\": {...}}");
        }
        return null;
      }
      reservation = reservationValue(file, bid, domain, stances);
      note = "utility of the reservation bid in GeniusWeb profile " + fileName;
    }
    return new ActorProfile(
        actor,
        Estimate.of(
            1, Basis.assumption("GeniusWeb profiles carry no capability; 1 for every party")),
        Estimate.of(reservation, Basis.assumption(note)),
        Estimate.of(
            1,
            Basis.assumption(
                "GeniusWeb profiles carry no discount factor: no discounting, in any period")),
        null,
        stances,
        List.of());
  }

  private double @Nullable [] valueUtilities(
      String file, Node node, Issue issue, ModelPath stance) {
    String name = issue.id().value();
    if (!(node instanceof MapNode holder)) {
      wrong(file, node, "value utilities for issue " + Excerpt.quoted(name));
      return null;
    }
    double[] out = new double[issue.options().size()];
    Node discrete =
        holder.get("discreteutils").or(() -> holder.get("DiscreteValueSetUtilities")).orElse(null);
    Node numeric =
        holder.get("numberutils").or(() -> holder.get("NumberValueSetUtilities")).orElse(null);
    if (discrete instanceof MapNode d && issue.numeric() == null) {
      MapNode values = map(file, d, "valueUtilities");
      if (values == null) {
        return null;
      }
      for (int k = 0; k < out.length; k++) {
        String option = issue.options().get(k).id();
        if (values.get(option).isEmpty()) {
          diagnostics.add(
              LocatedDiagnostic.warning(
                  file,
                  MISMATCH,
                  values.position(),
                  "expected a utility for value "
                      + Excerpt.quoted(option)
                      + " of issue "
                      + Excerpt.quoted(name)
                      + ", but found none; GeniusWeb counts it as 0",
                  "give every value of the domain a utility"));
          continue;
        }
        places.put(
            stance.child("utilities", option), file, values.get(option).orElseThrow().position());
        Double u = number(file, values, option);
        if (u == null) {
          return null;
        }
        out[k] = u;
      }
      return out;
    }
    if (numeric instanceof MapNode n && issue.numeric() != null) {
      Double lowValue = number(file, n, "lowValue");
      Double lowUtility = number(file, n, "lowUtility");
      Double highValue = number(file, n, "highValue");
      Double highUtility = number(file, n, "highUtility");
      if (lowValue == null || lowUtility == null || highValue == null || highUtility == null) {
        return null;
      }
      for (int k = 0; k < out.length; k++) {
        double x = issue.numeric().valueAt(k);
        out[k] =
            x < lowValue || x > highValue
                ? 0
                : highValue.equals(lowValue)
                    ? lowUtility
                    : lowUtility
                        + (highUtility - lowUtility) * (x - lowValue) / (highValue - lowValue);
      }
      return out;
    }
    wrong(
        file,
        holder,
        issue.numeric() == null
            ? "\"discreteutils\" for the discrete issue " + Excerpt.quoted(name)
            : "\"numberutils\" for the numeric issue " + Excerpt.quoted(name));
    return null;
  }

  private double reservationValue(
      String file, MapNode bid, Domain domain, Map<IssueId, IssueStance> stances) {
    double sum = 0;
    for (Issue issue : domain.issues) {
      Node value = bid.get(issue.id().value()).orElse(null);
      IssueStance stance = stances.get(issue.id());
      if (value == null || stance == null) {
        continue;
      }
      String option =
          value instanceof ScalarNode s && s.isNumber()
              ? NumericIssues.canonicalId(s.number())
              : value instanceof ScalarNode s ? s.text() : null;
      Estimate u = option == null ? null : stance.utilities().get(option);
      if (u == null) {
        diagnostics.add(
            LocatedDiagnostic.error(
                file,
                MISMATCH,
                value.position(),
                "expected a value of issue "
                    + Excerpt.quoted(issue.id().value())
                    + " in the reservation bid, but found "
                    + value.describe(),
                "use one of the domain's values"));
        continue;
      }
      sum = sum + stance.salience().nominal() * u.nominal();
    }
    return sum;
  }

  // ---- JSON access ----

  private @Nullable MapNode parse(Path path) {
    byte[] bytes = ImportParts.readBytes(path, diagnostics);
    if (bytes == null) {
      return null;
    }
    String file = path.toString();
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.text() == null) {
      diagnostics.add(InputText.encodingFailure(file, decoded));
      return null;
    }
    TreeResult tree = TreeReader.read(file, decoded.text(), Syntax.JSON);
    diagnostics.addAll(tree.diagnostics());
    if (tree.root() == null) {
      return null;
    }
    if (tree.root() instanceof MapNode map) {
      return map;
    }
    wrong(file, tree.root(), "a JSON object");
    return null;
  }

  private @Nullable MapNode map(String file, MapNode parent, String key) {
    Node node = parent.get(key).orElse(null);
    if (node == null) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              parent.position(),
              "expected the key \"" + Excerpt.of(key) + "\", but found none",
              "check the file against a GeniusWeb domain or profile"));
      return null;
    }
    if (node instanceof MapNode map) {
      return map;
    }
    wrong(file, node, "an object at \"" + Excerpt.of(key) + "\"");
    return null;
  }

  private @Nullable Double number(String file, MapNode parent, String key) {
    Node node = parent.get(key).orElse(null);
    if (node instanceof ScalarNode s && s.isNumber() && Double.isFinite(s.number())) {
      return s.number();
    }
    if (node == null) {
      diagnostics.add(
          LocatedDiagnostic.error(
              file,
              FORMAT,
              parent.position(),
              "expected the number \"" + Excerpt.of(key) + "\", but found none",
              "check the file against a GeniusWeb domain or profile"));
    } else {
      wrong(file, node, "a number at \"" + Excerpt.of(key) + "\"");
    }
    return null;
  }

  private void wrong(String file, Node node, String expected) {
    diagnostics.add(
        LocatedDiagnostic.error(
            file,
            FORMAT,
            node.position(),
            "expected " + expected + ", but found " + node.describe(),
            "check the file against a GeniusWeb domain or profile"));
  }
}
