package dev.parley.io.result;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.BargainingReport;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.Logroll;
import dev.parley.core.bargain.LogrollAnalysis;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.RationalCount;
import dev.parley.core.bargain.ReservationChange;
import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.bargain.Ticks;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Lever;
import dev.parley.core.model.Scenario;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a scenario's bargaining analysis as JSON, in the layout of {@code
 * docs/schema/analysis.schema.json}.
 *
 * <p>The quantities the ANAC reference files define carry their names there ({@code outcomes},
 * {@code rational_fraction}, {@code n_pareto_vectors}, {@code pareto}, {@code nash}, {@code ks},
 * {@code kalai}, {@code max_welfare}, each solution with {@code utilities} in party order and
 * {@code outcome} as issue to value). Values of numeric issues are numbers, of other issues their
 * option ids. Utilities are written in full double precision. Keys keep a fixed order.
 */
public final class BargainingJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private BargainingJson() {}

  /**
   * Returns the analysis as indented JSON.
   *
   * @param inputs the files the analysis read, as given
   */
  public static String write(
      ScenarioBargaining.Report report, List<String> inputs, String version) {
    return MAPPER.writeValueAsString(tree(report, inputs, version)) + "\n";
  }

  /** Returns the analysis as a JSON tree. */
  public static ObjectNode tree(
      ScenarioBargaining.Report report, List<String> inputs, String version) {
    Scenario scenario = report.scenario();
    ObjectNode root = NODES.objectNode();
    ResultHeader.write(root, version, scenario, inputs);
    BargainingProblem problem = report.base().problem();
    ArrayNode parties = root.putArray("parties");
    problem.parties().forEach(parties::add);
    ArrayNode issues = root.putArray("issues");
    for (Issue issue : scenario.issues()) {
      ObjectNode node = issues.addObject();
      node.put("name", issue.id().value());
      node.put("type", issue.numeric() == null ? "discrete" : "numeric");
      node.put("n_values", issue.options().size());
      ArrayNode values = node.putArray("values");
      for (int o = 0; o < issue.options().size(); o++) {
        values.add(value(issue, o));
      }
    }
    analysis(root, report.base(), scenario, true);

    deadlock(root, report.deadlock());
    ArrayNode splits = root.putArray("rubinstein");
    for (ScenarioBargaining.PairSplit s : report.splits()) {
      ObjectNode node = splits.addObject();
      node.put("first", s.first().value());
      node.put("second", s.second().value());
      node.put("first_discount", s.split().firstDiscount());
      node.put("second_discount", s.split().secondDiscount());
      node.put("first_share", s.split().firstShare());
      node.put("second_share", s.split().secondShare());
      node.put("limit_first_share", s.split().limitFirstShare());
    }
    ArrayNode levers = root.putArray("levers");
    for (ScenarioBargaining.LeverReport l : report.levers()) {
      ObjectNode node = levers.addObject();
      node.put("lever", l.lever().value());
      Lever lever = scenario.lever(l.lever()).orElseThrow();
      node.put("name", lever.name());
      analysis(node, l.report(), scenario, false);
    }
    return root;
  }

  /**
   * Writes the deadlock fields at the top level of an analysis: {@code deadlock}, {@code
   * deadlock_cause}, {@code conflicts}, {@code relaxations}, {@code openings}, {@code
   * partial_deal}, {@code veto_players}.
   */
  public static void deadlock(ObjectNode root, Deadlock d) {
    root.put("deadlock", d.deadlocked());
    root.put("deadlock_decided", d.decided());
    root.put(
        "deadlock_cause", d.cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    ArrayNode conflicts = root.putArray("conflicts");
    for (Deadlock.Conflict c : d.conflicts()) {
      ObjectNode node = conflicts.addObject();
      node.put("issue", c.issue().value());
      ArrayNode options = node.putArray("options");
      for (Deadlock.Forbidden f : c.options()) {
        ObjectNode o = options.addObject();
        o.put("option", f.option());
        ArrayNode by = o.putArray("forbidden_by");
        f.by().forEach(a -> by.add(a.value()));
      }
    }
    ArrayNode relaxations = root.putArray("relaxations");
    for (Deadlock.Relaxation r : d.relaxations()) {
      relaxations.add(relaxation(r));
    }
    ArrayNode openings = root.putArray("openings");
    for (Deadlock.Opening o : d.openings()) {
      ObjectNode node = openings.addObject();
      ArrayNode changes = node.putArray("changes");
      o.changes().forEach(r -> changes.add(relaxation(r)));
      ArrayNode outcome = node.putArray("outcome");
      o.outcome().forEach(outcome::add);
      node.set("utilities", doubles(o.utilities()));
      node.set("margins", doubles(o.margins()));
      node.put("nash_product", o.nashProduct());
    }
    root.put("openings_complete", d.openingsComplete());
    if (d.partial().isEmpty()) {
      root.putNull("partial_deal");
    } else {
      Deadlock.PartialDeal p = d.partial().get();
      ObjectNode node = root.putObject("partial_deal");
      ArrayNode outcome = node.putArray("outcome");
      p.outcome().forEach(o -> outcome.add(o.orElse(null)));
      node.put("settled", p.settledCount());
      node.set("utilities", doubles(p.utilities()));
      node.set("margins", doubles(p.margins()));
    }
    ArrayNode veto = root.putArray("veto_players");
    d.vetoPlayers().forEach(a -> veto.add(a.value()));
    ArrayNode blocking = root.putArray("blocking_veto_players");
    d.blockingVetoPlayers().forEach(a -> blocking.add(a.value()));
  }

  private static ObjectNode relaxation(Deadlock.Relaxation r) {
    ObjectNode node = NODES.objectNode();
    node.put("actor", r.actor().value());
    node.put("issue", r.issue().value());
    node.put("option", r.option());
    node.put("opens_zone_alone", r.opensZoneAlone());
    node.put("gives_up", Double.isNaN(r.givesUp()) ? null : r.givesUp());
    return node;
  }

  private static void analysis(
      ObjectNode root, BargainingReport r, Scenario scenario, boolean full) {
    BargainingProblem problem = r.problem();
    RationalCount rational = r.rational();
    root.set("outcomes", number(rational.total()));
    root.put("rational_fraction", rational.fraction());
    root.set("rational_count", number(rational.rational()));
    root.set("rational_count_strict", rational.exact() ? number(rational.strict()) : null);
    root.put("rational_exact", rational.exact());
    if (!rational.exact()) {
      root.put("rational_fraction_standard_error", rational.standardError());
      root.put("rational_samples", rational.samples());
    }
    root.set("disagreement_point", doubles(toList(problem.disagreementPoint())));
    root.set("ideal_point_rational", r.ideal().isEmpty() ? null : doubles(r.ideal()));
    ParetoFrontier frontier = r.frontier();
    root.put("frontier_complete", frontier.isComplete());
    root.put("frontier_limit", frontier.limit().map(l -> l.describe()).orElse(null));
    root.put("n_pareto_vectors", frontier.size());
    root.put("n_pareto_outcomes", frontier.totalOutcomeCount());
    root.put("pareto_counts_exact", frontier.areCountsExact());
    int rationalVectors = 0;
    for (int i = 0; i < frontier.size(); i++) {
      rationalVectors += frontier.isRational(i) ? 1 : 0;
    }
    root.put("n_pareto_rational_vectors", rationalVectors);
    for (String concept : r.concepts()) {
      Optional<Agreement> a = r.agreement(concept);
      root.set(concept, a.map(x -> agreement(x, problem, scenario)).orElse(null));
    }
    root.put("opposition", Double.isNaN(r.opposition()) ? null : r.opposition());
    if (r.opening() == null) {
      root.putNull("zopa_opening");
    } else {
      ObjectNode opening = root.putObject("zopa_opening");
      ArrayNode per = opening.putArray("per_party");
      for (ReservationChange c : r.opening().perParty()) {
        ObjectNode node = per.addObject();
        node.put("party", problem.parties().get(c.party()));
        node.put("reservation", c.current());
        node.put("required", c.isPossible() ? c.required() : null);
        node.put("decrease", c.isPossible() ? c.decrease() : null);
      }
      opening.put("uniform_cut", r.opening().uniformCut());
    }
    if (!full) {
      return;
    }
    ArrayNode logrolls = root.putArray("logrolls");
    for (Logroll l : r.logrolls()) {
      ObjectNode node = logrolls.addObject();
      node.put("first", problem.parties().get(l.first()));
      node.put("second", problem.parties().get(l.second()));
      node.set("first_concedes", move(scenario, l.firstConcedes(), l.firstFrom(), l.firstTo()));
      node.set("second_concedes", move(scenario, l.secondConcedes(), l.secondFrom(), l.secondTo()));
      node.put("first_gain", l.firstGain());
      node.put("second_gain", l.secondGain());
      node.set("effects", doubles(l.effects()));
    }
    ArrayNode unsearched = root.putArray("logrolls_unsearched");
    for (LogrollAnalysis.Unsearched u : r.logrollsUnsearched()) {
      ObjectNode node = unsearched.addObject();
      node.putArray("issues")
          .add(problem.issues().get(u.first()))
          .add(problem.issues().get(u.second()));
      node.put("option_pairs", u.optionPairs());
    }
    ArrayNode pareto = root.putArray("pareto");
    for (int i = 0; i < frontier.size(); i++) {
      ObjectNode node = pareto.addObject();
      node.set("u", doubles(toList(frontier.utilities(i))));
      node.put("n_outcomes", frontier.outcomeCount(i));
      node.putArray("outcomes").add(outcome(frontier.outcome(i), scenario));
    }
  }

  private static ObjectNode agreement(Agreement a, BargainingProblem problem, Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    node.set("utilities", doubles(a.utilities()));
    node.set(
        "outcome", outcome(a.outcome().stream().mapToInt(Integer::intValue).toArray(), scenario));
    node.put("n_outcomes_with_these_utilities", a.outcomeCount());
    boolean rational = true;
    for (int j = 0; j < problem.partyCount(); j++) {
      rational &= Ticks.of(a.utility(j)) >= Ticks.of(problem.disagreement(j));
    }
    node.put("is_rational", rational);
    node.put(valueName(a.concept()), a.value());
    node.put("n_ties", a.ties().size());
    return node;
  }

  private static String valueName(String concept) {
    return switch (concept) {
      case "nash" -> "nash_product";
      case "ks" -> "min_normalised_gain";
      case "kalai" -> "min_gain";
      case "max_welfare" -> "welfare";
      case "equal_utility" -> "asymmetry";
      default -> "gap";
    };
  }

  private static ObjectNode move(Scenario scenario, int issue, int from, int to) {
    ObjectNode node = NODES.objectNode();
    Issue i = scenario.issues().get(issue);
    node.put("issue", i.id().value());
    node.set("from", value(i, from));
    node.set("to", value(i, to));
    return node;
  }

  private static ObjectNode outcome(int[] outcome, Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < outcome.length; i++) {
      Issue issue = scenario.issues().get(i);
      node.set(issue.id().value(), value(issue, outcome[i]));
    }
    return node;
  }

  /** Returns an option as JSON: a number for numeric issues, else the option id. */
  static JsonNode value(Issue issue, int option) {
    if (issue.numeric() != null) {
      double v = issue.numeric().valueAt(option);
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? NODES.numberNode((long) v)
          : NODES.numberNode(v);
    }
    return NODES.stringNode(issue.options().get(option).id());
  }

  private static JsonNode number(BigInteger n) {
    return n.bitLength() < 63 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
  }

  private static ArrayNode doubles(List<Double> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static List<Double> toList(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}
