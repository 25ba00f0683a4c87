package dev.parley.io.scenario;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
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
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import dev.parley.io.internal.tree.TreeWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * Writes a scenario in Parley's own format, as YAML or JSON, so that {@link ScenarioReader} reads
 * back an equal scenario.
 *
 * <p>Every value is written explicitly, defaults included; numbers are written as the shortest
 * decimal that reads back to the same double. Stances follow the scenario's issue order and
 * utilities the issue's option order, so the output is deterministic. On a numeric issue, ideals
 * and red-line limits are written in the issue's unit, as the format has them; an unordered issue
 * says {@code ordered: false} and leaves out the positions the reader would give its options
 * anyway.
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /** Returns the scenario as a YAML document. */
  public static String toYaml(Scenario scenario) {
    return TreeWriter.yaml(tree(scenario));
  }

  /**
   * Returns the scenario as a YAML document with comments: {@code header} at the top of the file,
   * and each comment of {@code comments} on the lines before the value its model path names ({@code
   * actors/russia}, {@code issues/nato}, {@code profiles/russia/reservation}, {@code
   * profiles/russia/stances/nato/salience}, {@code profiles/russia/red_lines/0}, {@code sources}),
   * as the scenario format's model paths name them. The comments are the writer's own: {@link
   * ScenarioReader} reads the same scenario with or without them.
   *
   * @throws IllegalArgumentException if a path names no value of the written scenario
   */
  public static String toYaml(Scenario scenario, String header, Map<String, String> comments) {
    Map<String, Object> root = tree(scenario);
    comments.forEach((path, comment) -> attach(root, path, comment));
    String top = header.isEmpty() ? "" : TreeWriter.comment(header, 0);
    return top + TreeWriter.yaml(root);
  }

  /** Wraps the value a model path names in the tree with a comment. */
  private static void attach(Map<String, Object> root, String path, String comment) {
    String[] steps = path.split("/", -1);
    Object node = root;
    for (int i = 0; i < steps.length; i++) {
      String step = steps[i];
      boolean last = i == steps.length - 1;
      if (node instanceof Map<?, ?> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) raw;
        Object value = m.get(step);
        if (value == null) {
          throw new IllegalArgumentException("expected a value at " + path + ", but found none");
        }
        Object inner = value instanceof TreeWriter.Commented c ? c.value() : value;
        if (inner instanceof List<?> list && !(list instanceof ArrayList<?>)) {
          inner = new ArrayList<Object>(list);
          value =
              value instanceof TreeWriter.Commented c
                  ? new TreeWriter.Commented(inner, c.comment())
                  : inner;
          m.put(step, value);
        }
        if (last) {
          m.put(step, new TreeWriter.Commented(inner, comment));
        }
        node = inner;
      } else if (node instanceof List<?> raw) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) raw;
        int at = indexOf(list, step);
        if (at < 0) {
          throw new IllegalArgumentException("expected a value at " + path + ", but found none");
        }
        Object value = list.get(at);
        Object inner = value instanceof TreeWriter.Commented c ? c.value() : value;
        if (last) {
          list.set(at, new TreeWriter.Commented(inner, comment));
        }
        node = inner;
      } else {
        throw new IllegalArgumentException("expected a value at " + path + ", but found none");
      }
    }
  }

  /** The index of the list element whose id (or actor) is {@code step}, or whose index it is. */
  private static int indexOf(List<Object> list, String step) {
    for (int k = 0; k < list.size(); k++) {
      Object item = list.get(k);
      if (item instanceof TreeWriter.Commented c) {
        item = c.value();
      }
      if (item instanceof Map<?, ?> m
          && (step.equals(m.get("id")) || step.equals(m.get("actor")))) {
        return k;
      }
    }
    if (step.matches("\\d{1,9}")) {
      int k = Integer.parseInt(step);
      return k < list.size() ? k : -1;
    }
    return -1;
  }

  /** Returns the scenario as a JSON document. */
  public static String toJson(Scenario scenario) {
    return TreeWriter.json(tree(scenario));
  }

  private static Map<String, Object> tree(Scenario s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("parley", ScenarioBinder.VERSION);
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("id", s.id());
    head.put("title", s.title());
    if (!s.description().isEmpty()) {
      head.put("description", s.description());
    }
    if (s.asOf() != null) {
      head.put("as_of", s.asOf().toString());
    }
    head.put("round_days", s.roundDays());
    root.put("scenario", head);
    Map<String, Object> utility = new LinkedHashMap<>();
    utility.put("saliences", s.utility().normalizeSaliences() ? "normalized" : "as-written");
    utility.put("cap", s.utility().isCapped() ? (Object) s.utility().cap() : "none");
    root.put("utility", utility);
    if (!s.sources().isEmpty()) {
      root.put("sources", s.sources().stream().map(ScenarioWriter::source).toList());
    }
    root.put("actors", s.actors().stream().map(ScenarioWriter::actor).toList());
    root.put("issues", s.issues().stream().map(ScenarioWriter::issue).toList());
    if (!s.profiles().isEmpty()) {
      root.put("profiles", s.profiles().stream().map(p -> profile(s, p)).toList());
    }
    if (!s.levers().isEmpty()) {
      root.put("levers", s.levers().stream().map(ScenarioWriter::lever).toList());
    }
    return root;
  }

  private static Map<String, Object> source(Source source) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", source.id().value());
    m.put("outlet", source.outlet());
    m.put("title", source.title());
    if (source.date() != null) {
      m.put("date", source.date().toString());
    }
    if (source.url() != null) {
      m.put("url", source.url());
    }
    if (source.author() != null) {
      m.put("author", source.author());
    }
    return m;
  }

  private static Map<String, Object> actor(Actor actor) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", actor.id().value());
    m.put("name", actor.name());
    m.put("kind", actor.kind().name().toLowerCase(Locale.ROOT));
    if (!actor.aliases().isEmpty()) {
      m.put("aliases", actor.aliases());
    }
    if (!actor.memberOf().isEmpty()) {
      m.put("member_of", actor.memberOf().stream().map(ActorId::value).toList());
    }
    if (actor.decision() == DecisionRule.UNANIMITY) {
      m.put("decision", "unanimity");
    }
    return m;
  }

  private static Map<String, Object> issue(Issue issue) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", issue.id().value());
    m.put("name", issue.name());
    if (!issue.description().isEmpty()) {
      m.put("description", issue.description());
    }
    NumericScale scale = issue.numeric();
    if (scale != null) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("min", scale.min());
      n.put("max", scale.max());
      n.put("step", scale.step());
      if (!scale.unit().isEmpty()) {
        n.put("unit", scale.unit());
      }
      m.put("numeric", n);
    } else {
      if (!issue.ordered()) {
        m.put("ordered", false);
      }
      List<Object> options = new ArrayList<>();
      int n = issue.options().size();
      for (int k = 0; k < n; k++) {
        IssueOption option = issue.options().get(k);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", option.id());
        if (!option.label().equals(option.id())) {
          o.put("label", option.label());
        }
        if (issue.ordered() || option.position() != Issue.listPosition(k, n)) {
          o.put("position", option.position());
        }
        options.add(o);
      }
      m.put("options", options);
    }
    if (!issue.deferrable()) {
      m.put("deferrable", false);
    }
    return m;
  }

  private static Map<String, Object> profile(Scenario s, ActorProfile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("actor", p.actor().value());
    m.put("capability", estimate(p.capability()));
    m.put("reservation", estimate(p.reservation()));
    m.put("patience", patience(p));
    if (p.deadline() != null) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("date", p.deadline().date().toString());
      basis(p.deadline().basis(), d);
      m.put("deadline", d);
    }
    Map<String, Object> stances = new LinkedHashMap<>();
    // in the scenario's issue order, then stances on other issues by id
    Map<IssueId, IssueStance> order = new LinkedHashMap<>();
    for (Issue issue : s.issues()) {
      IssueStance stance = p.stances().get(issue.id());
      if (stance != null) {
        order.putIfAbsent(issue.id(), stance);
      }
    }
    new TreeMap<>(p.stances()).forEach(order::putIfAbsent);
    order.forEach((id, stance) -> stances.put(id.value(), stance(s, id, stance)));
    m.put("stances", stances);
    if (!p.redLines().isEmpty()) {
      m.put("red_lines", p.redLines().stream().map(r -> redLine(s, r)).toList());
    }
    return m;
  }

  private static Map<String, Object> stance(Scenario s, IssueId id, IssueStance stance) {
    Map<String, Object> m = new LinkedHashMap<>();
    Issue issue = s.issue(id).orElse(null);
    NumericScale scale = issue == null ? null : issue.numeric();
    m.put(
        "ideal",
        issue == null || scale == null
            ? estimate(stance.ideal())
            : estimate(
                new Estimate(
                    inUnit(issue, scale, stance.ideal().distribution()), stance.ideal().basis())));
    m.put("salience", estimate(stance.salience()));
    if (stance.hasExplicitUtilities()) {
      // in the issue's option order, then utilities of other options by id
      Map<String, Estimate> order = new LinkedHashMap<>();
      if (issue != null) {
        for (IssueOption option : issue.options()) {
          Estimate utility = stance.utilities().get(option.id());
          if (utility != null) {
            order.putIfAbsent(option.id(), utility);
          }
        }
      }
      new TreeMap<>(stance.utilities()).forEach(order::putIfAbsent);
      Map<String, Object> u = new LinkedHashMap<>();
      order.forEach((option, utility) -> u.put(option, estimate(utility)));
      m.put("utilities", u);
    }
    return m;
  }

  private static Map<String, Object> redLine(Scenario s, RedLine r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issue", r.issue().value());
    Set<String> order = new LinkedHashSet<>();
    s.issue(r.issue())
        .ifPresent(
            issue ->
                issue.options().stream()
                    .map(IssueOption::id)
                    .filter(r.forbidden()::contains)
                    .forEach(order::add));
    order.addAll(new TreeSet<>(r.forbidden()));
    RedLine.Limit limit = r.limit();
    if (limit != null) {
      // as written: in the issue's unit for a numeric issue, else a 0-100 position
      m.put(limit.kind().key(), limit.value());
    } else {
      m.put("reject", List.copyOf(order));
    }
    if (!r.statement().isEmpty()) {
      m.put("statement", r.statement());
    }
    basis(r.basis(), m);
    return m;
  }

  private static Map<String, Object> lever(Lever lever) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", lever.id().value());
    m.put("name", lever.name());
    if (!lever.description().isEmpty()) {
      m.put("description", lever.description());
    }
    basis(lever.basis(), m);
    List<Object> effects = new ArrayList<>();
    for (LeverEffect e : lever.effects()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("actor", e.actor().value());
      em.put("parameter", e.parameter().name().toLowerCase(Locale.ROOT));
      if (e.issue() != null) {
        em.put("issue", e.issue().value());
      }
      if (e.option() != null) {
        em.put("option", e.option());
      }
      em.put(e.operation().name().toLowerCase(Locale.ROOT), e.amount());
      effects.add(em);
    }
    m.put("effects", effects);
    return m;
  }

  /**
   * Returns a distribution of 0–100 positions on a numeric issue in the issue's unit, each number
   * chosen so that the reader places it back on exactly the same position where one such number
   * exists: an option's position as the option's value, any other through {@link
   * NumericScale#valueOf(double)} and, if that misses by a rounding, its neighbouring double.
   */
  private static Distribution inUnit(Issue issue, NumericScale scale, Distribution positions) {
    DoubleUnaryOperator value = p -> unitValue(issue, scale, p);
    double toUnit = (scale.max() - scale.min()) / 100;
    double toPosition = scale.max() == scale.min() ? 0 : 100 / (scale.max() - scale.min());
    return switch (positions) {
      case Distribution.Point p -> new Distribution.Point(value.applyAsDouble(p.value()));
      case Distribution.Uniform u ->
          new Distribution.Uniform(
              value.applyAsDouble(u.low()),
              value.applyAsDouble(u.high()),
              value.applyAsDouble(u.nominal()));
      case Distribution.Triangular t ->
          new Distribution.Triangular(
              value.applyAsDouble(t.low()),
              value.applyAsDouble(t.mode()),
              value.applyAsDouble(t.high()));
      case Distribution.Normal n ->
          new Distribution.Normal(
              value.applyAsDouble(n.mean()),
              inverse(n.sd(), n.sd() * toUnit, x -> x * toPosition),
              value.applyAsDouble(n.low()),
              value.applyAsDouble(n.high()));
    };
  }

  private static double unitValue(Issue issue, NumericScale scale, double position) {
    int count = scale.optionCount();
    if (count > 1 && count == issue.options().size() && position >= 0 && position <= 100) {
      long near = Math.round(position / 100 * (count - 1));
      for (long k = Math.max(0, near - 1); k <= Math.min(count - 1, near + 1); k++) {
        if (issue.options().get((int) k).position() == position) {
          return scale.valueAt((int) k);
        }
      }
    }
    return inverse(position, scale.valueOf(position), scale::positionOf);
  }

  /**
   * Returns a number that {@code forward} maps to {@code target}: the estimate, or failing that a
   * neighbouring double; the estimate itself when none of them does.
   */
  private static double inverse(double target, double estimate, DoubleUnaryOperator forward) {
    if (!Double.isFinite(estimate) || forward.applyAsDouble(estimate) == target) {
      return estimate;
    }
    double up = Math.nextUp(estimate);
    if (forward.applyAsDouble(up) == target) {
      return up;
    }
    double down = Math.nextDown(estimate);
    return forward.applyAsDouble(down) == target ? down : estimate;
  }

  /** Writes patience as an estimate, with {@code per: round} when it is stated per round. */
  private static Object patience(ActorProfile p) {
    Object estimate = estimate(p.patience());
    if (p.patiencePeriod() == DiscountPeriod.YEAR) {
      return estimate;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (estimate instanceof Map<?, ?> written) {
      written.forEach((k, v) -> m.put((String) k, v));
    } else {
      m.put("value", estimate);
    }
    m.put("per", "round");
    return m;
  }

  private static Object estimate(Estimate e) {
    Basis basis = e.basis();
    if (e.distribution() instanceof Distribution.Point p && basis.equals(Basis.unstated())) {
      return p.value();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    switch (e.distribution()) {
      case Distribution.Point p -> m.put("value", p.value());
      case Distribution.Uniform u -> {
        if (u.nominal() != (u.low() + u.high()) / 2) {
          m.put("value", u.nominal());
        }
        m.put("range", List.of(u.low(), u.high()));
      }
      case Distribution.Triangular t -> m.put("triangular", List.of(t.low(), t.mode(), t.high()));
      case Distribution.Normal n -> {
        Map<String, Object> nm = new LinkedHashMap<>();
        nm.put("mean", n.mean());
        nm.put("sd", n.sd());
        if (n.low() != Double.NEGATIVE_INFINITY) {
          nm.put("min", n.low());
        }
        if (n.high() != Double.POSITIVE_INFINITY) {
          nm.put("max", n.high());
        }
        m.put("normal", nm);
      }
    }
    basis(basis, m);
    return m;
  }

  private static void basis(Basis basis, Map<String, Object> m) {
    if (!basis.sources().isEmpty()) {
      m.put("cite", basis.sources().stream().map(SourceId::value).toList());
    }
    if (!basis.evidence().isEmpty()) {
      m.put("evidence", basis.evidence());
    }
    if (basis.note() != null) {
      m.put("note", basis.note());
    }
  }
}
