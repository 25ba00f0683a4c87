package dev.parley.io.scenario;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Clock;
import dev.parley.core.model.Deadline;
import dev.parley.core.model.DecisionRule;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.sensitivity.Drift;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.core.validate.Spelling;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.Excerpt;
import dev.parley.io.internal.tree.ListNode;
import dev.parley.io.internal.tree.MapNode;
import dev.parley.io.internal.tree.Node;
import dev.parley.io.internal.tree.ScalarNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds a document tree to a {@link Scenario}, checking its shape: keys, types, required values and
 * the forms of numbers. It records the position of every place it binds, and reports every problem
 * it meets instead of stopping at the first. Semantic checks (ranges, references, sums) are left to
 * {@link dev.parley.core.validate.ScenarioValidator}.
 *
 * <p>An element whose value is broken is still bound, with a harmless placeholder, so that the
 * validator can look at the rest; an element without an id is dropped.
 */
final class ScenarioBinder {
  /** The format version this binder reads. */
  static final int VERSION = 2;

  private static final Set<String> TOP =
      keys("parley", "scenario", "utility", "sources", "actors", "issues", "profiles", "levers");
  private static final Set<String> SCENARIO =
      keys("id", "title", "description", "as_of", "round_days");
  private static final Set<String> UTILITY = keys("saliences", "cap");
  private static final Set<String> SOURCE = keys("id", "outlet", "title", "date", "url", "author");
  private static final Set<String> ACTOR =
      keys("id", "name", "kind", "aliases", "member_of", "decision");
  private static final Set<String> ISSUE =
      keys("id", "name", "description", "ordered", "deferrable", "options", "numeric");
  private static final Set<String> OPTION = keys("id", "label", "position");
  private static final Set<String> NUMERIC = keys("min", "max", "step", "unit");
  private static final Set<String> PROFILE =
      keys(
          "actor",
          "capability",
          "reservation",
          "patience",
          "deadline",
          "stances",
          "red_lines",
          "drift");
  private static final Set<String> BASIS = keys("cite", "evidence", "note");
  private static final Set<String> DEADLINE = with(BASIS, "date");
  private static final Set<String> STANCE = keys("ideal", "salience", "utilities");
  private static final Set<String> RED_LINE =
      with(BASIS, "issue", "reject", "at_most", "at_least", "statement");
  private static final Set<String> LEVER = with(BASIS, "id", "name", "description", "effects");
  private static final Set<String> EFFECT =
      keys("actor", "parameter", "issue", "option", "set", "add", "multiply");
  private static final Set<String> DRIFT =
      with(BASIS, "parameter", "per_round", "set", "add", "multiply", "from_round");
  private static final Set<String> ESTIMATE = with(BASIS, "value", "range", "triangular", "normal");
  private static final Set<String> PATIENCE = with(ESTIMATE, "per");
  private static final Set<String> NORMAL = keys("mean", "sd", "min", "max");

  private final String file;
  private final List<LocatedDiagnostic> diagnostics = new ArrayList<>();
  private final SourceMap.Builder positions = SourceMap.builder();
  private final Map<IssueId, Issue> issuesById = new HashMap<>();
  private final Set<ModelPath> broken = new HashSet<>();
  private final List<Drift> drifts = new ArrayList<>();

  ScenarioBinder(String file) {
    this.file = file;
  }

  List<LocatedDiagnostic> diagnostics() {
    return diagnostics;
  }

  /** Returns the places whose value could not be read and holds a placeholder. */
  Set<ModelPath> broken() {
    return broken;
  }

  SourceMap sourceMap() {
    return positions.build();
  }

  /** Returns the drifts of every profile, in profile order, as bound. */
  List<Drift> drifts() {
    return drifts;
  }

  /** Binds the document, or returns null if its top level is unusable. */
  @Nullable Scenario bind(Node root) {
    ModelPath here = ModelPath.root();
    MapNode top =
        mapping(root, here, "a mapping with the keys parley, scenario, actors and issues");
    if (top == null) {
      return null;
    }
    record(here, top);
    checkKeys(top, here, TOP, "parley", "scenario", "actors", "issues");
    top.get("parley").ifPresent(this::version);

    String id = "";
    String title = "";
    String description = "";
    LocalDate asOf = null;
    double roundDays = Clock.DEFAULT_ROUND_DAYS;
    ModelPath scenarioPath = ModelPath.of("scenario");
    MapNode head = top.get("scenario").map(n -> mapping(n, scenarioPath, "scenario")).orElse(null);
    if (head != null) {
      record(scenarioPath, head);
      checkKeys(head, scenarioPath, SCENARIO, "id", "title");
      id = string(head, "id", scenarioPath, "");
      title = string(head, "title", scenarioPath, "");
      description = string(head, "description", scenarioPath, "");
      asOf = date(head, "as_of", scenarioPath);
      roundDays = roundDays(head, scenarioPath);
    }
    UtilityModel utility =
        top.get("utility")
            .map(n -> utility(n, ModelPath.of("utility")))
            .orElse(UtilityModel.DEFAULT);
    List<Source> sources = keyedList(top, "sources", SOURCE, this::source);
    List<Actor> actors = keyedList(top, "actors", ACTOR, this::actor);
    List<Issue> issues = keyedList(top, "issues", ISSUE, this::issue);
    for (Issue issue : issues) {
      issuesById.putIfAbsent(issue.id(), issue);
    }
    List<ActorProfile> profiles = keyedList(top, "profiles", PROFILE, this::profile);
    List<Lever> levers = keyedList(top, "levers", LEVER, this::lever);
    return new Scenario(
        id,
        title,
        description,
        asOf,
        utility,
        actors,
        issues,
        profiles,
        levers,
        sources,
        roundDays);
  }

  /** Reads {@code scenario.round_days}: a number of days above 0, at most a century. */
  private double roundDays(MapNode head, ModelPath scenarioPath) {
    Node node = head.get("round_days").orElse(null);
    if (node == null) {
      return Clock.DEFAULT_ROUND_DAYS;
    }
    ModelPath at = scenarioPath.child("round_days");
    record(at, node);
    double days = number(node, at, Clock.DEFAULT_ROUND_DAYS);
    if (!(days > 0 && days <= Clock.MAX_ROUND_DAYS)) {
      broken.add(at);
      error(
          "round-days",
          node.position(),
          "expected 'round_days' to be more than 0 and at most "
              + (long) Clock.MAX_ROUND_DAYS
              + " days, but found "
              + days,
          "write how many days one bargaining round lasts, such as 'round_days: 30'");
      return Clock.DEFAULT_ROUND_DAYS;
    }
    return days;
  }

  private void version(Node node) {
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.INTEGER && s.number() == 1) {
      // version 1 meant other things by the same numbers: refuse rather than misread them
      error(
          "format-version",
          node.position(),
          "expected format version "
              + VERSION
              + ", but found 1, which read a numeric issue's ideals and limits on the 0-100"
              + " scale and a bare patience per round",
          "convert: write numeric ideals, ranges, at_most/at_least and ideal lever values in the"
              + " issue's unit, and patience as {value: x, per: round} or per year; then write"
              + " 'parley: 2' (docs/scenario-format.md, \"From version 1\")");
      return;
    }
    if (!(node instanceof ScalarNode s)
        || s.kind() != ScalarNode.Kind.INTEGER
        || s.number() != VERSION) {
      error(
          "format-version",
          node.position(),
          "expected format version " + VERSION + ", but found " + node.describe(),
          "write 'parley: " + VERSION + "' at the top of the file");
    }
  }

  private UtilityModel utility(Node node, ModelPath path) {
    MapNode map = mapping(node, path, "utility");
    if (map == null) {
      return UtilityModel.DEFAULT;
    }
    record(path, map);
    checkKeys(map, path, UTILITY);
    boolean normalize = true;
    double cap = Double.POSITIVE_INFINITY;
    Node saliences = map.get("saliences").orElse(null);
    if (saliences != null) {
      record(path.child("saliences"), saliences);
      String mode = choice(saliences, path.child("saliences"), List.of("normalized", "as-written"));
      normalize = !"as-written".equals(mode);
    }
    Node capNode = map.get("cap").orElse(null);
    if (capNode != null) {
      record(path.child("cap"), capNode);
      if (capNode instanceof ScalarNode s
          && s.kind() == ScalarNode.Kind.STRING
          && s.text().equals("none")) {
        cap = Double.POSITIVE_INFINITY;
      } else {
        cap = number(capNode, path.child("cap"), 1.0);
      }
    }
    return new UtilityModel(normalize, cap);
  }

  private @Nullable Source source(MapNode map, ModelPath path, String id) {
    checkKeys(map, path, SOURCE, "id", "outlet", "title");
    return new Source(
        SourceId.of(id),
        string(map, "outlet", path, ""),
        string(map, "title", path, ""),
        date(map, "date", path),
        optionalString(map, "url", path),
        optionalString(map, "author", path));
  }

  private @Nullable Actor actor(MapNode map, ModelPath path, String id) {
    checkKeys(map, path, ACTOR, "id", "name", "kind");
    ActorKind kind = ActorKind.ORGANIZATION;
    Node kindNode = map.get("kind").orElse(null);
    if (kindNode != null) {
      record(path.child("kind"), kindNode);
      String text =
          choice(
              kindNode,
              path.child("kind"),
              List.of("state", "organization", "person", "coalition"));
      if (text != null) {
        kind = ActorKind.valueOf(text.toUpperCase(Locale.ROOT));
      }
    }
    List<ActorId> memberOf = stringList(map, "member_of", path).stream().map(ActorId::of).toList();
    DecisionRule decision = DecisionRule.AS_ONE;
    Node decisionNode = map.get("decision").orElse(null);
    if (decisionNode != null) {
      record(path.child("decision"), decisionNode);
      String text = choice(decisionNode, path.child("decision"), List.of("as-one", "unanimity"));
      if ("unanimity".equals(text)) {
        decision = DecisionRule.UNANIMITY;
      }
    }
    return new Actor(
        ActorId.of(id),
        string(map, "name", path, ""),
        kind,
        memberOf,
        stringList(map, "aliases", path),
        decision);
  }

  private @Nullable Issue issue(MapNode map, ModelPath path, String id) {
    checkKeys(map, path, ISSUE, "id", "name");
    String name = string(map, "name", path, "");
    String description = string(map, "description", path, "");
    boolean deferrable = bool(map, "deferrable", path, true);
    Node optionsNode = map.get("options").orElse(null);
    Node numericNode = map.get("numeric").orElse(null);
    boolean ordered = bool(map, "ordered", path, true);
    if (!ordered && numericNode != null) {
      error(
          "exclusive-keys",
          map.get("ordered").orElseThrow().position(),
          "expected 'ordered: false' only on an issue with named options, but found it with"
              + " 'numeric' in issue "
              + Excerpt.quoted(id),
          "a numeric range is always ordered; remove 'ordered: false'");
      ordered = true;
    }
    if (optionsNode != null && numericNode != null) {
      error(
          "exclusive-keys",
          numericNode.position(),
          "expected either 'options' or 'numeric' in issue "
              + Excerpt.quoted(id)
              + ", but found both",
          "an issue has named options or a numeric range, not both; remove one");
    } else if (optionsNode == null && numericNode == null) {
      error(
          "missing-key",
          map.position(),
          "expected 'options' or 'numeric' in issue " + Excerpt.quoted(id) + ", but found neither",
          "list the issue's options, or give a numeric range {min, max, step}");
    }
    if (numericNode != null && optionsNode == null) {
      ModelPath numericPath = path.child("numeric");
      MapNode numeric = mapping(numericNode, numericPath, "numeric");
      if (numeric == null) {
        return new Issue(IssueId.of(id), name, description, List.of(), null, true, deferrable);
      }
      record(numericPath, numeric);
      checkKeys(numeric, numericPath, NUMERIC, "min", "max", "step");
      NumericScale scale =
          new NumericScale(
              requiredNumber(numeric, "min", numericPath, 0),
              requiredNumber(numeric, "max", numericPath, 0),
              requiredNumber(numeric, "step", numericPath, 1),
              string(numeric, "unit", numericPath, ""));
      return new Issue(
          IssueId.of(id), name, description, NumericIssues.options(scale), scale, true, deferrable);
    }
    List<IssueOption> options = new ArrayList<>();
    if (optionsNode != null) {
      ModelPath optionsPath = path.child("options");
      record(optionsPath, optionsNode);
      ListNode list = list(optionsNode, optionsPath, "options");
      if (list != null) {
        for (int i = 0; i < list.items().size(); i++) {
          Node item = list.items().get(i);
          MapNode option = mapping(item, optionsPath.index(i), "an option");
          if (option == null) {
            continue;
          }
          String optionId = idOf(option, optionsPath.index(i));
          ModelPath optionPath = optionsPath.child(optionId == null ? "#" + i : optionId);
          record(optionsPath.index(i), option);
          if (ordered) {
            checkKeys(option, optionsPath.index(i), OPTION, "id", "position");
          } else {
            checkKeys(option, optionsPath.index(i), OPTION, "id");
          }
          if (optionId == null) {
            continue;
          }
          record(optionPath, option);
          double position =
              ordered || option.get("position").isPresent()
                  ? requiredNumber(option, "position", optionPath, 0)
                  : Issue.listPosition(i, list.items().size());
          options.add(
              new IssueOption(optionId, string(option, "label", optionPath, optionId), position));
        }
      }
    }
    return new Issue(IssueId.of(id), name, description, options, null, ordered, deferrable);
  }

  private @Nullable ActorProfile profile(MapNode map, ModelPath path, String actor) {
    checkKeys(map, path, PROFILE, "actor");
    Estimate capability = estimateAt(map, "capability", path, 1.0);
    Estimate reservation = estimateAt(map, "reservation", path, 0.0);
    Estimate patience = estimateAt(map, "patience", path, 1.0, PATIENCE);
    DiscountPeriod patiencePeriod = patiencePeriod(map, path);
    Deadline deadline = null;
    Node deadlineNode = map.get("deadline").orElse(null);
    if (deadlineNode != null) {
      ModelPath deadlinePath = path.child("deadline");
      MapNode d = mapping(deadlineNode, deadlinePath, "deadline");
      if (d != null) {
        record(deadlinePath, d);
        checkKeys(d, deadlinePath, DEADLINE, "date");
        LocalDate date = date(d, "date", deadlinePath);
        if (date != null) {
          deadline = new Deadline(date, basis(d, deadlinePath));
        }
      }
    }
    Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
    Node stancesNode = map.get("stances").orElse(null);
    if (stancesNode != null) {
      ModelPath stancesPath = path.child("stances");
      MapNode all = mapping(stancesNode, stancesPath, "stances");
      if (all != null) {
        record(stancesPath, all);
        for (MapNode.Entry entry : all.entries()) {
          if (entry.key().isBlank()) {
            error(
                "unknown-issue",
                entry.keyPosition(),
                "expected the id of an issue as the key of a stance, but found the blank key "
                    + Excerpt.quoted(entry.key()),
                "write the stance under the id of the issue it is about");
            continue;
          }
          ModelPath stancePath = stancesPath.child(entry.key());
          record(stancePath, entry.keyPosition());
          IssueStance stance = stance(entry.value(), stancePath, IssueId.of(entry.key()));
          if (stance != null) {
            stances.put(IssueId.of(entry.key()), stance);
          }
        }
      }
    }
    List<RedLine> redLines = new ArrayList<>();
    Node redNode = map.get("red_lines").orElse(null);
    if (redNode != null) {
      ModelPath redPath = path.child("red_lines");
      record(redPath, redNode);
      ListNode list = list(redNode, redPath, "red_lines");
      if (list != null) {
        for (int i = 0; i < list.items().size(); i++) {
          RedLine line = redLine(list.items().get(i), redPath.index(i));
          if (line != null) {
            redLines.add(line);
          }
        }
      }
    }
    Node driftNode = map.get("drift").orElse(null);
    if (driftNode != null) {
      ModelPath driftPath = path.child("drift");
      record(driftPath, driftNode);
      ListNode list = list(driftNode, driftPath, "drift");
      if (list != null) {
        for (int i = 0; i < list.items().size(); i++) {
          Drift drift = drift(list.items().get(i), driftPath.index(i), ActorId.of(actor));
          if (drift != null) {
            drifts.add(drift);
          }
        }
      }
    }
    return new ActorProfile(
        ActorId.of(actor),
        capability,
        reservation,
        patience,
        deadline,
        stances,
        redLines,
        patiencePeriod);
  }

  /** Reads {@code per} of a patience mapping: {@code year} (the default) or {@code round}. */
  private DiscountPeriod patiencePeriod(MapNode profile, ModelPath path) {
    if (!(profile.get("patience").orElse(null) instanceof MapNode patience)) {
      return DiscountPeriod.YEAR;
    }
    Node per = patience.get("per").orElse(null);
    if (per == null) {
      return DiscountPeriod.YEAR;
    }
    ModelPath at = path.child("patience").child("per");
    record(at, per);
    String text = choice(per, at, List.of("year", "round"));
    return "round".equals(text) ? DiscountPeriod.ROUND : DiscountPeriod.YEAR;
  }

  private @Nullable Drift drift(Node node, ModelPath path, ActorId actor) {
    MapNode map = mapping(node, path, "a drift");
    if (map == null) {
      return null;
    }
    record(path, map);
    checkKeys(map, path, DRIFT, "parameter");
    LeverEffect.Parameter parameter = null;
    Node parameterNode = map.get("parameter").orElse(null);
    if (parameterNode != null) {
      record(path.child("parameter"), parameterNode);
      String text =
          choice(parameterNode, path.child("parameter"), List.of("capability", "reservation"));
      if (text != null) {
        parameter = LeverEffect.Parameter.valueOf(text.toUpperCase(Locale.ROOT));
      }
    }
    List<String> changes =
        List.of("per_round", "set", "add", "multiply").stream()
            .filter(k -> map.get(k).isPresent())
            .toList();
    Drift.Change change = null;
    double amount = 0;
    if (changes.size() > 1) {
      error(
          "exclusive-keys",
          map.get(changes.get(1)).orElseThrow().position(),
          "expected one of 'per_round', 'set', 'add' or 'multiply' in a drift, but found "
              + String.join(" and ", changes),
          "write one drift for each change");
    } else if (changes.isEmpty()) {
      error(
          "missing-key",
          map.position(),
          "expected 'per_round', 'set', 'add' or 'multiply' in a drift, but found none",
          "say how the value changes, such as 'per_round: -0.01' or 'from_round: 6, add: -0.1'");
    } else {
      change = Drift.Change.valueOf(changes.get(0).toUpperCase(Locale.ROOT));
      amount = requiredNumber(map, changes.get(0), path, 0);
    }
    int from = 0;
    Node fromNode = map.get("from_round").orElse(null);
    if (fromNode != null) {
      ModelPath fromPath = path.child("from_round");
      record(fromPath, fromNode);
      if (fromNode instanceof ScalarNode s
          && s.kind() == ScalarNode.Kind.INTEGER
          && s.number() >= 0
          && s.number() <= Integer.MAX_VALUE) {
        from = (int) s.number();
      } else {
        broken.add(fromPath);
        error(
            "drift-round",
            fromNode.position(),
            "expected 'from_round' to be a whole number of rounds, 0 or more, but found "
                + fromNode.describe(),
            "rounds count from 0, the scenario as written; write for example 'from_round: 6'");
        return null;
      }
    }
    if (parameter == null || change == null) {
      return null;
    }
    return new Drift(actor, parameter, change, amount, from, basis(map, path));
  }

  private @Nullable IssueStance stance(Node node, ModelPath path, IssueId issueId) {
    MapNode map = mapping(node, path, "a stance");
    if (map == null) {
      return null;
    }
    record(path, map);
    checkKeys(map, path, STANCE, "salience");
    Estimate salience = estimateAt(map, "salience", path, 0.0);
    Map<String, Estimate> utilities = new LinkedHashMap<>();
    Node utilitiesNode = map.get("utilities").orElse(null);
    if (utilitiesNode != null) {
      ModelPath utilitiesPath = path.child("utilities");
      MapNode u = mapping(utilitiesNode, utilitiesPath, "utilities");
      if (u != null) {
        record(utilitiesPath, u);
        for (MapNode.Entry entry : u.entries()) {
          ModelPath at = utilitiesPath.child(entry.key());
          record(at, entry.value());
          utilities.put(entry.key(), estimate(entry.value(), at, 0.0));
        }
      }
    }
    Estimate ideal;
    if (map.get("ideal").isPresent() || utilities.isEmpty()) {
      ideal = estimateAt(map, "ideal", path, 0.0);
      Issue issue = issuesById.get(issueId);
      NumericScale scale = issue == null ? null : issue.numeric();
      if (map.get("ideal").isEmpty()) {
        broken.add(path.child("ideal"));
        error(
            "missing-key",
            map.position(),
            "expected 'ideal' or 'utilities' in the stance on "
                + Excerpt.quoted(issueId.value())
                + ", but found neither",
            scale == null
                ? "give the actor's ideal position (0-100), or a utility for each option"
                : "give the actor's ideal value in the issue's unit, from "
                    + NumericIssues.canonicalId(scale.min())
                    + " to "
                    + NumericIssues.canonicalId(scale.max())
                    + ", or a utility for each option");
      } else if (scale != null) {
        // written in the issue's unit; the models read its place on the 0-100 scale
        ideal = new Estimate(scale.positionsOf(ideal.distribution()), ideal.basis());
      }
    } else {
      ideal = Estimate.of(bestPosition(issueId, utilities), Basis.unstated());
    }
    return new IssueStance(ideal, salience, utilities);
  }

  private double bestPosition(IssueId issueId, Map<String, Estimate> utilities) {
    Issue issue = issuesById.get(issueId);
    if (issue == null) {
      return 0;
    }
    double best = Double.NEGATIVE_INFINITY;
    double position = 0;
    for (IssueOption option : issue.options()) {
      Estimate u = utilities.get(option.id());
      if (u != null && u.nominal() > best) {
        best = u.nominal();
        position = option.position();
      }
    }
    return position;
  }

  private @Nullable RedLine redLine(Node node, ModelPath path) {
    MapNode map = mapping(node, path, "a red line");
    if (map == null) {
      return null;
    }
    record(path, map);
    checkKeys(map, path, RED_LINE, "issue");
    String issueText = string(map, "issue", path, "");
    if (issueText.isBlank()) {
      if (!issueText.isEmpty()) {
        error(
            "unknown-issue",
            map.get("issue").orElseThrow().position(),
            "expected the id of an issue in a red line, but found the blank "
                + Excerpt.quoted(issueText),
            "name the issue the red line is about");
      }
      return null;
    }
    IssueId issueId = IssueId.of(issueText);
    List<String> present =
        List.of("reject", "at_most", "at_least").stream()
            .filter(k -> map.get(k).isPresent())
            .toList();
    if (present.size() > 1) {
      error(
          "exclusive-keys",
          map.get(present.get(1)).orElseThrow().position(),
          "expected one of 'reject', 'at_most' or 'at_least' in a red line, but found "
              + String.join(" and ", present),
          "write one red line for each rule");
    } else if (present.isEmpty()) {
      error(
          "missing-key",
          map.position(),
          "expected 'reject', 'at_most' or 'at_least' in the red line on "
              + Excerpt.quoted(issueText)
              + ", but found none",
          "list the rejected options, or give the position the actor will not go beyond");
    }
    Set<String> forbidden = new LinkedHashSet<>();
    String statement = string(map, "statement", path, "");
    if (present.contains("reject")) {
      ModelPath rejectPath = path.child("reject");
      Node rejectNode = map.get("reject").orElseThrow();
      record(rejectPath, rejectNode);
      ListNode list = list(rejectNode, rejectPath, "reject");
      if (list != null) {
        for (int i = 0; i < list.items().size(); i++) {
          Node item = list.items().get(i);
          record(rejectPath.index(i), item);
          String option = optionRef(item);
          if (option != null) {
            forbidden.add(option);
          }
        }
      }
    } else if (present.contains("at_most") || present.contains("at_least")) {
      RedLine.Kind kind =
          present.contains("at_most") ? RedLine.Kind.AT_MOST : RedLine.Kind.AT_LEAST;
      Issue issue = issuesById.get(issueId);
      NumericScale scale = issue == null ? null : issue.numeric();
      double placeholder =
          scale != null
              ? (kind == RedLine.Kind.AT_MOST ? scale.max() : scale.min())
              : (kind == RedLine.Kind.AT_MOST ? 100 : 0);
      // in the issue's unit for a numeric issue, else a position on its 0-100 scale
      RedLine.Limit limit =
          new RedLine.Limit(kind, requiredNumber(map, kind.key(), path, placeholder));
      return issue == null
          ? new RedLine(issueId, forbidden, statement, basis(map, path), limit)
          : RedLine.of(issue, limit, statement, basis(map, path));
    }
    return new RedLine(issueId, forbidden, statement, basis(map, path));
  }

  private @Nullable Lever lever(MapNode map, ModelPath path, String id) {
    checkKeys(map, path, LEVER, "id", "name", "effects");
    List<LeverEffect> effects = new ArrayList<>();
    Node effectsNode = map.get("effects").orElse(null);
    if (effectsNode != null) {
      ModelPath effectsPath = path.child("effects");
      record(effectsPath, effectsNode);
      ListNode list = list(effectsNode, effectsPath, "effects");
      if (list != null) {
        for (int i = 0; i < list.items().size(); i++) {
          LeverEffect effect = effect(list.items().get(i), effectsPath.index(i));
          if (effect != null) {
            effects.add(effect);
          }
        }
      }
    }
    return new Lever(
        LeverId.of(id),
        string(map, "name", path, ""),
        string(map, "description", path, ""),
        effects,
        basis(map, path));
  }

  private @Nullable LeverEffect effect(Node node, ModelPath path) {
    MapNode map = mapping(node, path, "a lever effect");
    if (map == null) {
      return null;
    }
    record(path, map);
    checkKeys(map, path, EFFECT, "actor", "parameter");
    String actor = string(map, "actor", path, "");
    LeverEffect.Parameter parameter = null;
    Node parameterNode = map.get("parameter").orElse(null);
    if (parameterNode != null) {
      record(path.child("parameter"), parameterNode);
      String text =
          choice(
              parameterNode,
              path.child("parameter"),
              List.of("capability", "reservation", "patience", "salience", "ideal", "utility"));
      if (text != null) {
        parameter = LeverEffect.Parameter.valueOf(text.toUpperCase(Locale.ROOT));
      }
    }
    String issue = optionalString(map, "issue", path);
    String option = null;
    Node optionNode = map.get("option").orElse(null);
    if (optionNode != null) {
      record(path.child("option"), optionNode);
      option = optionRef(optionNode);
    }
    List<String> ops =
        List.of("set", "add", "multiply").stream().filter(k -> map.get(k).isPresent()).toList();
    LeverEffect.Operation operation = LeverEffect.Operation.SET;
    double amount = 0;
    if (ops.size() > 1) {
      error(
          "exclusive-keys",
          map.get(ops.get(1)).orElseThrow().position(),
          "expected one of 'set', 'add' or 'multiply' in a lever effect, but found "
              + String.join(" and ", ops),
          "write one effect for each change");
    } else if (ops.isEmpty()) {
      error(
          "missing-key",
          map.position(),
          "expected 'set', 'add' or 'multiply' in a lever effect, but found none",
          "say how the lever changes the parameter, such as 'add: -0.1'");
    } else {
      operation = LeverEffect.Operation.valueOf(ops.get(0).toUpperCase(Locale.ROOT));
      amount = requiredNumber(map, ops.get(0), path, 0);
    }
    if (actor.isBlank() && !actor.isEmpty()) {
      error(
          "unknown-actor",
          map.get("actor").orElseThrow().position(),
          "expected the id of an actor in a lever effect, but found the blank "
              + Excerpt.quoted(actor),
          "name the actor whose parameter the lever changes");
    }
    if (actor.isBlank() || parameter == null) {
      return null;
    }
    return new LeverEffect(
        ActorId.of(actor),
        parameter,
        issue == null || issue.isBlank() ? null : IssueId.of(issue),
        option,
        operation,
        amount);
  }

  // ---- estimates and bases ----

  private Estimate estimateAt(MapNode map, String key, ModelPath path, double placeholder) {
    return estimateAt(map, key, path, placeholder, ESTIMATE);
  }

  private Estimate estimateAt(
      MapNode map, String key, ModelPath path, double placeholder, Set<String> keys) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      return Estimate.assumed(placeholder);
    }
    ModelPath at = path.child(key);
    record(at, node);
    return estimate(node, at, placeholder, keys);
  }

  private Estimate estimate(Node node, ModelPath path, double placeholder) {
    return estimate(node, path, placeholder, ESTIMATE);
  }

  private Estimate estimate(Node node, ModelPath path, double placeholder, Set<String> keys) {
    if (node instanceof ScalarNode) {
      return Estimate.assumed(number(node, path, placeholder));
    }
    MapNode map =
        mapping(node, path, "a number or a mapping with value, range, triangular or normal");
    if (map == null) {
      return Estimate.assumed(placeholder);
    }
    checkKeys(map, path, keys);
    Basis basis = basis(map, path);
    List<String> forms =
        List.of("range", "triangular", "normal").stream()
            .filter(k -> map.get(k).isPresent())
            .toList();
    boolean hasValue = map.get("value").isPresent();
    if (forms.size() > 1
        || (hasValue && (forms.contains("triangular") || forms.contains("normal")))) {
      error(
          "exclusive-keys",
          map.position(),
          "expected one of 'value', 'range', 'triangular' or 'normal' (or 'value' with 'range'),"
              + " but found "
              + String.join(" and ", hasValue ? with(forms, "value") : forms),
          "describe the number in one form");
      broken.add(path);
      return new Estimate(Distribution.point(placeholder), basis);
    }
    if (forms.isEmpty() && !hasValue) {
      error(
          "missing-key",
          map.position(),
          "expected 'value', 'range', 'triangular' or 'normal' in this number, but found none",
          "write the number as 'value: 0.4', 'range: [0.3, 0.5]', 'triangular: [0.3, 0.4, 0.5]'"
              + " or 'normal: {mean: 0.4, sd: 0.05}'");
      broken.add(path);
      return new Estimate(Distribution.point(placeholder), basis);
    }
    Distribution distribution;
    if (forms.isEmpty()) {
      distribution = Distribution.point(requiredNumber(map, "value", path, placeholder));
    } else {
      String form = forms.get(0);
      ModelPath formPath = path.child(form);
      Node formNode = map.get(form).orElseThrow();
      record(formPath, formNode);
      distribution =
          switch (form) {
            case "range" -> {
              double[] r = numbers(formNode, formPath, 2, placeholder);
              double nominal =
                  hasValue ? requiredNumber(map, "value", path, placeholder) : (r[0] + r[1]) / 2;
              yield new Distribution.Uniform(r[0], r[1], nominal);
            }
            case "triangular" -> {
              double[] t = numbers(formNode, formPath, 3, placeholder);
              yield new Distribution.Triangular(t[0], t[1], t[2]);
            }
            default -> normal(formNode, formPath, placeholder);
          };
    }
    return new Estimate(distribution, basis);
  }

  private Distribution normal(Node node, ModelPath path, double placeholder) {
    MapNode map = mapping(node, path, "normal");
    if (map == null) {
      return Distribution.point(placeholder);
    }
    checkKeys(map, path, NORMAL, "mean", "sd");
    double mean = requiredNumber(map, "mean", path, placeholder);
    double sd = requiredNumber(map, "sd", path, 0);
    double low =
        map.get("min").isPresent()
            ? requiredNumber(map, "min", path, Double.NEGATIVE_INFINITY)
            : Double.NEGATIVE_INFINITY;
    double high =
        map.get("max").isPresent()
            ? requiredNumber(map, "max", path, Double.POSITIVE_INFINITY)
            : Double.POSITIVE_INFINITY;
    return new Distribution.Normal(mean, sd, low, high);
  }

  private double[] numbers(Node node, ModelPath path, int count, double placeholder) {
    double[] out = new double[count];
    java.util.Arrays.fill(out, placeholder);
    ListNode list = list(node, path, "a list of " + count + " numbers");
    if (list == null) {
      return out;
    }
    if (list.items().size() != count) {
      error(
          "wrong-type",
          list.position(),
          "expected a list of " + count + " numbers, but found " + list.items().size(),
          count == 2
              ? "write the range as [low, high]"
              : "write the triangle as [low, mode, high]");
      return out;
    }
    for (int i = 0; i < count; i++) {
      out[i] = number(list.items().get(i), path.index(i), placeholder);
    }
    return out;
  }

  private Basis basis(MapNode map, ModelPath path) {
    List<SourceId> cite = stringList(map, "cite", path).stream().map(SourceId::of).toList();
    List<String> evidence = stringList(map, "evidence", path);
    String note = optionalString(map, "note", path);
    return cite.isEmpty() && evidence.isEmpty() && note == null
        ? Basis.unstated()
        : new Basis(cite, evidence, note);
  }

  // ---- lists with ids ----

  private <T> List<T> keyedList(
      MapNode top, String key, Set<String> allowed, KeyedBinder<T> binder) {
    Node node = top.get(key).orElse(null);
    List<T> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    ModelPath listPath = ModelPath.of(key);
    record(listPath, node);
    ListNode list = list(node, listPath, key);
    if (list == null) {
      return out;
    }
    String idKey = key.equals("profiles") ? "actor" : "id";
    for (int i = 0; i < list.items().size(); i++) {
      ModelPath indexPath = listPath.index(i);
      Node item = list.items().get(i);
      record(indexPath, item);
      MapNode map = mapping(item, indexPath, "a mapping");
      if (map == null) {
        continue;
      }
      String id = idOf(map, indexPath, idKey);
      if (id == null) {
        checkKeys(map, indexPath, allowed);
        continue;
      }
      ModelPath path = listPath.child(id);
      record(path, map);
      record(path.child(idKey), map.get(idKey).orElseThrow());
      T value = binder.bind(map, path, id);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private @Nullable String idOf(MapNode map, ModelPath path) {
    return idOf(map, path, "id");
  }

  private @Nullable String idOf(MapNode map, ModelPath path, String key) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      error(
          "missing-key",
          map.position(),
          "expected the key '" + key + "', but found none",
          "every element of this list needs a unique '" + key + "'");
      return null;
    }
    record(path.child(key), node);
    if (node instanceof ScalarNode s
        && (s.kind() == ScalarNode.Kind.STRING || s.isNumber())
        && !s.text().isBlank()) {
      return s.isNumber() ? NumericIssues.canonicalId(s.number()) : s.text();
    }
    error(
        "wrong-type",
        node.position(),
        "expected '" + key + "' to be a non-empty string, but found " + node.describe(),
        "ids are short kebab-case names such as 'nato-membership'");
    return null;
  }

  private @Nullable String optionRef(Node node) {
    if (node instanceof ScalarNode s && s.isNumber()) {
      return NumericIssues.canonicalId(s.number());
    }
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING && !s.text().isBlank()) {
      return s.text();
    }
    error(
        "wrong-type",
        node.position(),
        "expected an option id, but found " + node.describe(),
        "refer to options by their id");
    return null;
  }

  // ---- scalars ----

  private String string(MapNode map, String key, ModelPath path, String fallback) {
    String value = optionalString(map, key, path);
    return value == null ? fallback : value;
  }

  private @Nullable String optionalString(MapNode map, String key, ModelPath path) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      return null;
    }
    record(path.child(key), node);
    if (node instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
      if (s.kind() == ScalarNode.Kind.STRING) {
        return s.text();
      }
    }
    error(
        "wrong-type",
        node.position(),
        "expected '" + key + "' to be a string, but found " + node.describe(),
        "put the text in quotes if it looks like a number or a boolean");
    return null;
  }

  private List<String> stringList(MapNode map, String key, ModelPath path) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      return List.of();
    }
    ModelPath at = path.child(key);
    record(at, node);
    ListNode list = list(node, at, key);
    if (list == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      record(at.index(i), item);
      if (item instanceof ScalarNode s
          && s.kind() == ScalarNode.Kind.STRING
          && !s.text().isBlank()) {
        out.add(s.text());
      } else {
        error(
            "wrong-type",
            item.position(),
            "expected a non-empty string in '" + key + "', but found " + item.describe(),
            "write the list as [a, b, c]");
      }
    }
    return out;
  }

  private @Nullable LocalDate date(MapNode map, String key, ModelPath path) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      return null;
    }
    record(path.child(key), node);
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
      try {
        return LocalDate.parse(s.text());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    error(
        "invalid-date",
        node.position(),
        "expected '" + key + "' to be a date like 2025-08-20, but found " + node.describe(),
        "write dates as year-month-day, for example 2025-08-20");
    return null;
  }

  private boolean bool(MapNode map, String key, ModelPath path, boolean absent) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      return absent;
    }
    record(path.child(key), node);
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
      String text = s.text().toLowerCase(Locale.ROOT);
      return text.equals("true") || text.equals("yes") || text.equals("on");
    }
    error(
        "wrong-type",
        node.position(),
        "expected '" + key + "' to be true or false, but found " + node.describe(),
        "write " + key + ": true or " + key + ": false, without quotes");
    return absent;
  }

  private double requiredNumber(MapNode map, String key, ModelPath path, double placeholder) {
    Node node = map.get(key).orElse(null);
    if (node == null) {
      return placeholder;
    }
    record(path.child(key), node);
    return number(node, path.child(key), placeholder);
  }

  private double number(Node node, ModelPath path, double placeholder) {
    if (node instanceof ScalarNode s && s.isNumber() && Double.isFinite(s.number())) {
      return s.number();
    }
    broken.add(path);
    error(
        "wrong-type",
        node.position(),
        "expected "
            + Excerpt.quoted(last(path))
            + " to be a finite number, but found "
            + node.describe(),
        node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
            ? "remove the quotes around the number"
            : "write a plain number such as 0.4");
    return placeholder;
  }

  private @Nullable String choice(Node node, ModelPath path, List<String> allowed) {
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
      if (allowed.contains(s.text())) {
        return s.text();
      }
      error(
          "unknown-value",
          node.position(),
          "expected "
              + Excerpt.quoted(last(path))
              + " to be one of "
              + String.join(", ", allowed)
              + ", but found "
              + Excerpt.quoted(s.text())
              + Spelling.didYouMean(s.text(), allowed),
          "use one of: " + String.join(", ", allowed));
      return null;
    }
    error(
        "wrong-type",
        node.position(),
        "expected "
            + Excerpt.quoted(last(path))
            + " to be one of "
            + String.join(", ", allowed)
            + ", but found "
            + node.describe(),
        "use one of: " + String.join(", ", allowed));
    return null;
  }

  private @Nullable MapNode mapping(Node node, ModelPath path, String what) {
    if (node instanceof MapNode map) {
      return map;
    }
    broken.add(path);
    error(
        "wrong-type",
        node.position(),
        "expected "
            + (what.startsWith("a ") ? what : "'" + what + "' to be a mapping")
            + ", but found "
            + node.describe(),
        "write keys and values, one 'key: value' per line, indented under the parent");
    return null;
  }

  private @Nullable ListNode list(Node node, ModelPath path, String what) {
    if (node instanceof ListNode list) {
      return list;
    }
    broken.add(path);
    error(
        "wrong-type",
        node.position(),
        "expected '" + what + "' to be a list, but found " + node.describe(),
        "write a list as '- item' lines, or as [a, b]");
    return null;
  }

  // ---- keys ----

  private void checkKeys(MapNode map, ModelPath path, Set<String> allowed, String... required) {
    for (MapNode.Entry entry : map.entries()) {
      if (!allowed.contains(entry.key())) {
        String suggestion = Spelling.nearest(entry.key(), allowed).orElse(null);
        error(
            "unknown-key",
            entry.keyPosition(),
            "expected one of the keys "
                + String.join(", ", allowed)
                + in(path)
                + ", but found "
                + Excerpt.quoted(entry.key())
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
            suggestion == null
                ? "remove the key, or check docs/scenario-format.md for the keys allowed here"
                : "rename " + Excerpt.quoted(entry.key()) + " to '" + suggestion + "'");
      }
    }
    for (String key : required) {
      if (map.get(key).isEmpty()) {
        broken.add(path.child(key));
        error(
            "missing-key",
            map.position(),
            "expected the key '" + key + "'" + in(path) + ", but found none",
            "add '" + key + ":'; see docs/scenario-format.md");
      }
    }
  }

  // ---- recording ----

  private void record(ModelPath path, Node node) {
    positions.put(path, node.position());
  }

  private void record(ModelPath path, TextPosition position) {
    positions.put(path, position);
  }

  private void error(String code, TextPosition at, String message, String hint) {
    diagnostics.add(
        new LocatedDiagnostic(Diagnostic.error(code, ModelPath.root(), message, hint), file, at));
  }

  /** Returns " in " and the path, shortened, or nothing for the root. */
  private static String in(ModelPath path) {
    return path.isRoot() ? "" : " in " + Excerpt.of(path.toString(), 2 * Excerpt.MAX_LENGTH);
  }

  private static String last(ModelPath path) {
    List<String> s = path.segments();
    for (int i = s.size() - 1; i >= 0; i--) {
      if (!s.get(i).chars().allMatch(Character::isDigit)) {
        return s.get(i);
      }
    }
    return "value";
  }

  private static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(List.of(keys));
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> out = new LinkedHashSet<>(List.of(more));
    out.addAll(base);
    return out;
  }

  private static List<String> with(List<String> base, String more) {
    List<String> out = new ArrayList<>(base);
    out.add(0, more);
    return out;
  }

  /** Binds one element of a keyed list. */
  @FunctionalInterface
  private interface KeyedBinder<T> {
    @Nullable T bind(MapNode map, ModelPath path, String id);
  }
}
