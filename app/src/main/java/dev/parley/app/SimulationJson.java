package dev.parley.app;

import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.simulate.AgreementProfile;
import dev.parley.core.simulate.Bid;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.SequentialSessionsProtocol;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.SimulationSummary;
import dev.parley.core.simulate.SingleTextMediationProtocol;
import dev.parley.io.result.BargainingJson;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a simulation as JSON, in the layout of {@code docs/schema/simulate.schema.json}: the
 * settings, the negotiation, the Nash and Kalai–Smorodinsky packages, the summary over the runs,
 * what the agreements settled on and what each party got ({@code profile}), the same batch with
 * each lever pulled ({@code levers}), and each run's outcome, concessions and distances. Utilities
 * are in the order of {@code parties}; options are numbers for numeric issues and ids otherwise.
 * Every probability names its event and horizon: {@code p_agreement_within} is the share of runs
 * concluded within {@code horizon_days} of {@code as_of}, {@code p_zone_exists} whether a zone of
 * agreement exists at nominal values (1 or 0: the runs do not sample the scenario's uncertainty).
 * Keys keep a fixed order.
 */
public final class SimulationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SimulationJson() {}

  /** Returns the simulation as indented JSON. */
  public static String write(SimulateScenario.Report report, String version) {
    return MAPPER.writeValueAsString(tree(report, version)) + "\n";
  }

  /** Returns the simulation as a JSON tree. */
  public static ObjectNode tree(SimulateScenario.Report report, String version) {
    Scenario scenario = report.scenario();
    Negotiation n = report.negotiation();
    SimulateScenario.Settings s = report.settings();
    ObjectNode root = NODES.objectNode();
    root.put("parley", version);
    root.put("scenario", scenario.id());
    root.put("title", scenario.title());
    ArrayNode inputs = root.putArray("inputs");
    report.inputs().forEach(inputs::add);
    root.put("protocol", report.simulation().protocol().name());
    root.put("rounds", s.rounds());
    root.put("seed", s.seed());
    root.put("runs", s.runs());
    if (scenario.asOf() == null) {
      root.putNull("as_of");
    } else {
      root.put("as_of", scenario.asOf().toString());
    }
    root.put("round_days", scenario.roundDays());
    root.put("cap_days", s.rounds() * scenario.roundDays());
    root.put("horizon_days", s.horizonDays());
    root.put("p_zone_exists", report.zoneExists() ? 1.0 : 0.0);
    root.put("bargains_over", report.deadlock().deadlocked() ? "partial-deals" : "whole-packages");
    BargainingJson.deadlock(root, report.deadlock());
    if (report.deadlock().deadlocked()) {
      // a deadlocked scenario's runs bargain over partial deals: no whole package is agreed
      root.put("p_agreement_within", 0.0);
      number(root, "p_partial_agreement_within", report.summary().pAgreementWithin());
    } else {
      number(root, "p_agreement_within", report.summary().pAgreementWithin());
    }
    ArrayNode parties = root.putArray("parties");
    for (int j = 0; j < n.partyCount(); j++) {
      ObjectNode p = parties.addObject();
      p.put("id", n.parties().get(j));
      p.put("agent", report.simulation().agents().get(j).name());
      p.put("patience", n.patience(j));
      p.put(
          "patience_per_year",
          n.clock().perYear(n.patience(j), dev.parley.core.model.DiscountPeriod.ROUND));
      p.put("reservation", n.reservation(j));
      p.put("best", n.best(j));
      if (n.partyDeadline(j) == Negotiation.NO_DEADLINE) {
        p.putNull("deadline");
      } else {
        p.put("deadline", n.partyDeadline(j));
      }
      number(p, "concession_horizon_days", n.horizon(j) * scenario.roundDays());
      p.put("concession_horizon", n.horizonKind(j).name().toLowerCase(java.util.Locale.ROOT));
    }
    ArrayNode issues = root.putArray("issues");
    scenario.issues().forEach(i -> issues.add(i.id().value()));
    root.set("mediator", mediator(report));
    root.set("sessions", sessions(report));
    root.set("nash", bid(n.nash(), scenario));
    root.set("ks", bid(n.kalaiSmorodinsky(), scenario));
    root.set("summary", summary(report));
    root.set("profile", profile(report.profile(), scenario));
    ArrayNode concession = root.putArray("concession_order");
    report.concession().concessionOrder().forEach(concession::add);
    ArrayNode levers = root.putArray("levers");
    for (SimulateScenario.LeverBatch l : report.levers()) {
      levers.add(lever(l, scenario));
    }
    ArrayNode results = root.putArray("results");
    for (int i = 0; i < report.runs().size(); i++) {
      results.add(run(i, report.runs().get(i), report));
    }
    return root;
  }

  private static JsonNode mediator(SimulateScenario.Report report) {
    if (!(report.simulation().protocol() instanceof SingleTextMediationProtocol m)) {
      return NODES.nullNode();
    }
    ObjectNode node = NODES.objectNode();
    node.put("target", m.target() == SingleTextMediationProtocol.Target.NASH ? "nash" : "ks");
    node.put("step", m.step());
    node.put(
        "first_draft",
        m.firstDraft() < 0 ? "random" : report.negotiation().parties().get(m.firstDraft()));
    return node;
  }

  private static ArrayNode sessions(SimulateScenario.Report report) {
    ArrayNode out = NODES.arrayNode();
    if (report.simulation().protocol() instanceof SequentialSessionsProtocol p) {
      for (SequentialSessionsProtocol.Session session : p.plan()) {
        ObjectNode node = out.addObject();
        ArrayNode at = node.putArray("parties");
        session.parties().forEach(j -> at.add(report.negotiation().parties().get(j)));
        ArrayNode on = node.putArray("issues");
        session.issues().forEach(i -> on.add(report.scenario().issues().get(i).id().value()));
        node.put("rounds", session.rounds());
      }
    }
    return out;
  }

  private static JsonNode bid(Optional<Bid> bid, Scenario scenario) {
    return bid.<JsonNode>map(b -> bid(b, scenario)).orElse(NODES.nullNode());
  }

  private static ObjectNode bid(Bid bid, Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    ObjectNode outcome = node.putObject("outcome");
    for (int i = 0; i < bid.issueCount(); i++) {
      outcome.set(
          scenario.issues().get(i).id().value(), value(scenario.issues().get(i), bid.option(i)));
    }
    node.set("utilities", doubles(bid.utilityList()));
    return node;
  }

  static JsonNode value(Issue issue, int option) {
    if (option >= issue.options().size()) {
      return NODES.nullNode(); // a partial deal left the issue open
    }
    if (issue.numeric() != null) {
      double v = issue.numeric().valueAt(option);
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? NODES.numberNode((long) v)
          : NODES.numberNode(v);
    }
    return NODES.stringNode(issue.options().get(option).id());
  }

  private static ObjectNode lever(SimulateScenario.LeverBatch l, Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    node.put("id", l.lever().id().value());
    node.put("name", l.lever().name());
    if (l.summary() == null
        || l.profile() == null
        || l.negotiation() == null
        || l.concession() == null) {
      node.putNull("summary");
      node.putNull("profile");
      node.putNull("concession_order");
    } else {
      node.set("summary", counts(l.summary(), scenario));
      node.set("profile", profile(l.profile(), scenario));
      ArrayNode order = node.putArray("concession_order");
      l.concession().concessionOrder().forEach(order::add);
    }
    ArrayNode errors = node.putArray("errors");
    l.errors().forEach(e -> errors.add(e.replace('\n', ' ')));
    return node;
  }

  private static ObjectNode profile(AgreementProfile p, Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    if (p.modalPackage().isEmpty()) {
      node.putNull("modal_package");
    } else {
      ObjectNode modal = node.putObject("modal_package");
      ObjectNode outcome = modal.putObject("outcome");
      for (int i = 0; i < p.modalPackage().size(); i++) {
        Issue issue = scenario.issues().get(i);
        outcome.set(issue.id().value(), value(issue, p.modalPackage().get(i)));
      }
      modal.put("count", p.modalCount());
    }
    ObjectNode options = node.putObject("options");
    for (int i = 0; i < p.optionCounts().size(); i++) {
      Issue issue = scenario.issues().get(i);
      ObjectNode counts = options.putObject(issue.id().value());
      List<Integer> c = p.optionCounts().get(i);
      for (int o = 0; o < c.size(); o++) {
        if (c.get(o) > 0) {
          counts.put(SimulateScenario.optionLabel(issue, o), c.get(o));
        }
      }
    }
    node.set("expected_utility", doubles(p.expectedUtility()));
    node.set("mean_concession", doubles(p.meanConcession()));
    return node;
  }

  private static ObjectNode counts(SimulationSummary s, Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    node.put("runs", s.runs());
    node.put("agreements", s.agreements());
    node.put("impasses", s.impasses());
    node.put("deadlines", s.deadlines());
    node.put("agreement_rate", s.agreementRate());
    node.put("horizon_days", s.horizonDays());
    node.put("agreements_within", s.agreementsWithin());
    number(node, "p_agreement_within", s.pAgreementWithin());
    distribution(node.putObject("rounds"), s.rounds());
    distribution(node.putObject("agreement_days"), s.agreementDays());
    ObjectNode dates = node.putObject("agreement_dates");
    SimulationSummary.Distribution d = s.agreementDays();
    date(dates, "min", scenario, d.min());
    date(dates, "q1", scenario, d.q1());
    date(dates, "median", scenario, d.median());
    date(dates, "q3", scenario, d.q3());
    date(dates, "max", scenario, d.max());
    return node;
  }

  private static void distribution(ObjectNode node, SimulationSummary.Distribution d) {
    number(node, "min", d.min());
    number(node, "q1", d.q1());
    number(node, "median", d.median());
    number(node, "q3", d.q3());
    number(node, "max", d.max());
    number(node, "mean", d.mean());
  }

  /** Writes the date a day after {@code as_of} falls on (its whole days), or null. */
  private static void date(ObjectNode node, String key, Scenario scenario, double day) {
    java.time.LocalDate date = Double.isNaN(day) ? null : scenario.clock().date(day);
    if (date == null) {
      node.putNull(key);
    } else {
      node.put(key, date.toString());
    }
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  private static ObjectNode summary(SimulateScenario.Report report) {
    ObjectNode node = counts(report.summary(), report.scenario());
    node.set("mean_distance_nash", meanDistance(report, report.negotiation().nash()));
    node.set("mean_distance_ks", meanDistance(report, report.negotiation().kalaiSmorodinsky()));
    return node;
  }

  private static JsonNode meanDistance(SimulateScenario.Report report, Optional<Bid> reference) {
    if (reference.isEmpty()) {
      return NODES.nullNode();
    }
    double sum = 0;
    int count = 0;
    for (SimulationRun run : report.runs()) {
      OptionalDouble d = run.distanceTo(reference.get());
      if (d.isPresent()) {
        sum += d.getAsDouble();
        count++;
      }
    }
    return count == 0 ? NODES.nullNode() : NODES.numberNode(sum / count);
  }

  private static ObjectNode run(int index, SimulationRun run, SimulateScenario.Report report) {
    Negotiation n = report.negotiation();
    Scenario scenario = report.scenario();
    ObjectNode node = NODES.objectNode();
    node.put("run", index);
    Outcome o = run.outcome();
    node.put(
        "outcome",
        switch (o) {
          case Outcome.Agreement a -> "agreement";
          case Outcome.Impasse i -> "impasse";
          case Outcome.Deadline d -> "deadline";
        });
    node.put("rounds", o.rounds());
    ArrayNode order = node.putArray("order");
    run.order().forEach(j -> order.add(n.parties().get(j)));
    if (o instanceof Outcome.Agreement a) {
      node.put("offer_round", a.offerRound());
      node.put("agreed_round", a.agreedRound());
      double day = a.agreedRound() * scenario.roundDays();
      node.put("agreement_day", day);
      date(node, "agreement_date", scenario, day);
      node.set("agreement", bid(a.bid(), scenario));
    } else {
      node.putNull("offer_round");
      node.putNull("agreed_round");
      node.putNull("agreement_day");
      node.putNull("agreement_date");
      node.putNull("agreement");
    }
    if (o instanceof Outcome.Impasse i) {
      node.put("walked_away", n.parties().get(i.party()));
    } else {
      node.putNull("walked_away");
    }
    node.set("payoffs", doubles(o.payoffs()));
    ObjectNode settled = node.putObject("settled");
    for (int i = 0; i < run.settled().size(); i++) {
      int option = run.settled().get(i);
      Issue issue = scenario.issues().get(i);
      if (option < 0) {
        settled.putNull(issue.id().value());
      } else {
        settled.set(issue.id().value(), value(issue, option));
      }
    }
    ArrayNode concessions = node.putArray("concessions");
    for (SimulationRun.Concession c : run.concessions(n.partyCount())) {
      ObjectNode entry = concessions.addObject();
      entry.put("party", n.parties().get(c.party()));
      if (c.firstRound() < 0) {
        entry.putNull("first_round");
        entry.putNull("first_day");
      } else {
        entry.put("first_round", c.firstRound());
        entry.put("first_day", c.firstRound() * scenario.roundDays());
      }
      entry.put("total", c.total());
    }
    node.set("distance_nash", distance(run, n.nash()));
    node.set("distance_ks", distance(run, n.kalaiSmorodinsky()));
    return node;
  }

  private static JsonNode distance(SimulationRun run, Optional<Bid> reference) {
    if (reference.isEmpty()) {
      return NODES.nullNode();
    }
    OptionalDouble d = run.distanceTo(reference.get());
    return d.isPresent() ? NODES.numberNode(d.getAsDouble()) : NODES.nullNode();
  }

  private static ArrayNode doubles(List<Double> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
