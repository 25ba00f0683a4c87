package dev.parley.app;

import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.BargainingDistribution;
import dev.parley.core.montecarlo.ForecastDistribution;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.montecarlo.Proportion;
import dev.parley.core.montecarlo.SampleSummary;
import dev.parley.core.montecarlo.SimulationDistribution;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.sensitivity.Drift;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.SobolResult;
import dev.parley.core.sensitivity.TornadoResult;
import dev.parley.io.result.BargainingJson;
import dev.parley.io.result.ResultHeader;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the report of {@code parley uncertainty} as JSON, in the layout of {@code
 * docs/schema/uncertainty.schema.json}.
 *
 * <p>Every probability names its event and horizon: {@code p_zone_exists} (a zone of agreement at
 * {@code as_of}; no horizon) and {@code p_agreement_within} (a simulated agreement within {@code
 * horizon_days} of {@code as_of}; null without {@code --simulate}), each also in {@code
 * probabilities} with its event, standard error and counts.
 *
 * <p>Numbers are written in full double precision; a figure that is undefined (no trial defined it)
 * is {@code null}. Keys keep a fixed order, so the output is the same bit for bit for the same
 * inputs, seed and trials, whatever the number of threads.
 */
public final class UncertaintyJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private UncertaintyJson() {}

  /**
   * Returns the report as indented JSON.
   *
   * @param inputs the files read, as given
   */
  public static String write(
      AnalyzeUncertainty.Report report, List<String> inputs, String version) {
    return MAPPER.writeValueAsString(tree(report, inputs, version)) + "\n";
  }

  /** Returns the report as a JSON tree. */
  public static ObjectNode tree(
      AnalyzeUncertainty.Report report, List<String> inputs, String version) {
    Scenario scenario = report.scenario();
    LeverComparisonResult levers = report.levers();
    MonteCarloResult base = levers.baseline().result();
    ObjectNode root = NODES.objectNode();
    ResultHeader.write(root, version, scenario, inputs);
    root.put("seed", base.seed().value());
    root.put("trials", base.trials());
    String note = AnalyzeUncertainty.certaintyNote(report);
    if (note != null) {
      root.put("trials_requested", report.options().trials());
      root.put("note", note);
    }
    root.put("parameters", base.parameters());
    root.put("uncertain_parameters", base.uncertain());
    ArrayNode parties = root.putArray("parties");
    scenario.profiles().forEach(p -> parties.add(p.actor().value()));
    ArrayNode issues = root.putArray("issues");
    for (Issue issue : scenario.issues()) {
      ObjectNode node = issues.addObject();
      node.put("name", issue.id().value());
      ArrayNode options = node.putArray("options");
      issue.options().forEach(o -> options.add(o.id()));
    }
    if (scenario.asOf() == null) {
      root.putNull("as_of");
    } else {
      root.put("as_of", scenario.asOf().toString());
    }
    root.put("round_days", scenario.roundDays());
    root.put("horizon_days", report.options().horizonDays());
    BargainingJson.deadlock(root, report.deadlock());
    probabilities(root, scenario, base, report.options().horizonDays());
    List<Double> nominal = levers.baseline().nominal();
    ArrayNode forecasts = root.putArray("forecasts");
    for (ForecastDistribution f : base.forecasts()) {
      forecasts.add(forecast(f, levers.outputs(), nominal));
    }
    if (report.dealOutput() == null) {
      root.putNull("bargaining");
    } else {
      BargainingDistribution b = base.bargaining().get(0);
      root.set(
          "bargaining",
          bargaining(
              scenario, b, nominal.get(levers.outputs().indexOf(report.dealOutput())) == 1.0));
    }
    ArrayNode leverNodes = root.putArray("levers");
    for (LeverComparisonResult.LeverVariant l : levers.levers()) {
      ObjectNode node = leverNodes.addObject();
      node.put("lever", l.lever().value());
      node.put("name", l.name());
      probabilities(node, scenario, l.variant().result(), report.options().horizonDays());
      if (l.variant().result().bargaining().isEmpty()) {
        node.putArray("packages");
      } else {
        BargainingDistribution lb = l.variant().result().bargaining().get(0);
        ArrayNode top = node.putArray("packages");
        for (BargainingDistribution.PackageShare p : lb.packages()) {
          top.add(packageShare(scenario, p));
        }
      }
      ArrayNode differences = node.putArray("differences");
      for (LeverComparisonResult.OutputDifference d : l.differences()) {
        if (d.output().contains("/option/")) {
          continue;
        }
        ObjectNode diff = differences.addObject();
        diff.put("output", d.output());
        diff.put("n", d.n());
        number(diff, "baseline", d.baseline());
        number(diff, "pulled", d.pulled());
        number(diff, "difference", d.difference());
        number(diff, "standard_error", d.standardError());
        number(diff, "nominal_baseline", d.nominalBaseline());
        number(diff, "nominal_pulled", d.nominalPulled());
      }
    }
    if (report.tornado() != null) {
      root.set("sensitivity", tornado(report.tornado(), report));
    } else if (report.sobol() != null) {
      root.set("sensitivity", sobol(report.sobol(), report));
    } else {
      root.putNull("sensitivity");
    }
    root.set("time", time(scenario, report.timeline()));
    return root;
  }

  private static ObjectNode forecast(
      ForecastDistribution f, List<String> outputs, List<Double> nominal) {
    ObjectNode node = NODES.objectNode();
    node.put("model", f.model());
    ArrayNode issues = node.putArray("issues");
    for (ForecastDistribution.IssueOutcome o : f.issues()) {
      ObjectNode issue = issues.addObject();
      issue.put("issue", o.issue());
      int column = outputs.indexOf(f.analysis() + "/" + o.issue());
      number(issue, "nominal", column < 0 ? Double.NaN : nominal.get(column));
      summary(issue, o.outcome());
      shares(issue.putArray("nearest"), o.nearest(), true);
      shares(issue.putArray("allowed"), o.allowed(), false);
      number(issue, "forbidden_share", o.forbiddenShare());
    }
    return node;
  }

  /**
   * Writes the share of trials nearest each option; with {@code forbidders}, whose red lines forbid
   * the option too.
   */
  private static void shares(
      ArrayNode array, List<ForecastDistribution.OptionShare> shares, boolean forbidders) {
    for (ForecastDistribution.OptionShare s : shares) {
      ObjectNode share = array.addObject();
      share.put("option", s.option());
      share.put("position", s.position());
      number(share, "share", s.share().share());
      number(share, "standard_error", s.share().standardError());
      if (forbidders) {
        ArrayNode by = share.putArray("forbidden_by");
        s.forbiddenBy().forEach(a -> by.add(a.value()));
      }
    }
  }

  /**
   * Writes {@code p_zone_exists} and {@code p_agreement_within} as numbers (null when not computed)
   * and {@code probabilities}, each with its event, horizon, standard error and counts.
   */
  private static void probabilities(
      ObjectNode node, Scenario scenario, MonteCarloResult result, double horizonDays) {
    String asOf = scenario.asOf() == null ? "as_of" : scenario.asOf().toString();
    BargainingDistribution b = result.bargaining().isEmpty() ? null : result.bargaining().get(0);
    SimulationDistribution s = result.simulations().isEmpty() ? null : result.simulations().get(0);
    number(node, "p_zone_exists", b == null ? Double.NaN : b.deal().share());
    number(node, "p_agreement_within", s == null ? Double.NaN : s.within().share());
    ObjectNode all = node.putObject("probabilities");
    ObjectNode zone = all.putObject("p_zone_exists");
    zone.put(
        "event", "some package is weakly preferred to walking away by every party, at " + asOf);
    zone.putNull("horizon_days");
    if (b == null) {
      zone.put("computed", false);
    } else {
      zone.put("computed", true);
      proportion(zone, b.deal());
    }
    ObjectNode within = all.putObject("p_agreement_within");
    within.put(
        "event",
        "the trial's simulated negotiation reaches an agreement within horizon_days of " + asOf);
    within.put("horizon_days", horizonDays);
    if (s == null) {
      within.put("computed", false);
    } else {
      within.put("computed", true);
      proportion(within, s.within());
      within.put("cap_days", s.capDays());
      ObjectNode agreed = within.putObject("agreement");
      proportion(agreed, s.agreement());
      ObjectNode days = within.putObject("agreement_days");
      summary(days, s.agreementDays());
    }
  }

  private static ObjectNode bargaining(
      Scenario scenario, BargainingDistribution b, boolean nominalZone) {
    ObjectNode node = NODES.objectNode();
    node.put("concept", b.concept());
    node.put("undetermined", b.undetermined());
    node.put("nominal_zone_exists", nominalZone);
    ObjectNode margin = node.putObject("margin");
    summary(margin, b.margin());
    node.set("selected", proportion(b.selected()));
    node.put("distinct_packages", b.distinctPackages());
    ArrayNode packages = node.putArray("packages");
    for (BargainingDistribution.PackageShare p : b.packages()) {
      packages.add(packageShare(scenario, p));
    }
    ArrayNode utilities = node.putArray("utilities");
    for (BargainingDistribution.PartyUtility u : b.utilities()) {
      ObjectNode party = utilities.addObject();
      party.put("party", u.party());
      summary(party, u.utility());
    }
    return node;
  }

  private static ObjectNode packageShare(Scenario scenario, BargainingDistribution.PackageShare p) {
    ObjectNode node = NODES.objectNode();
    ObjectNode options = node.putObject("options");
    for (int i = 0; i < p.options().size(); i++) {
      options.put(scenario.issues().get(i).id().value(), p.options().get(i));
    }
    number(node, "probability", p.share().share());
    number(node, "standard_error", p.share().standardError());
    return node;
  }

  private static ObjectNode proportion(Proportion p) {
    ObjectNode node = NODES.objectNode();
    proportion(node, p);
    return node;
  }

  private static void proportion(ObjectNode node, Proportion p) {
    number(node, "probability", p.share());
    number(node, "standard_error", p.standardError());
    node.put("count", p.count());
    node.put("trials", p.total());
  }

  private static ObjectNode tornado(TornadoResult t, AnalyzeUncertainty.Report report) {
    ObjectNode node = NODES.objectNode();
    node.put("method", "tornado");
    node.put("low", t.low());
    node.put("high", t.high());
    ArrayNode outputs = node.putArray("outputs");
    for (TornadoResult.OutputTornado o : t.outputs()) {
      if (!AnalyzeUncertainty.isSensitivityTarget(o.output(), report)) {
        continue;
      }
      ObjectNode out = outputs.addObject();
      out.put("output", o.output());
      number(out, "nominal", o.nominal());
      ArrayNode bars = out.putArray("parameters");
      for (TornadoResult.Bar b : o.bars()) {
        ObjectNode bar = bars.addObject();
        bar.put("parameter", b.parameter());
        number(bar, "low_value", b.lowValue());
        number(bar, "high_value", b.highValue());
        number(bar, "output_at_low", b.outputAtLow());
        number(bar, "output_at_high", b.outputAtHigh());
        number(bar, "swing", b.swing());
      }
    }
    return node;
  }

  private static ObjectNode sobol(SobolResult s, AnalyzeUncertainty.Report report) {
    ObjectNode node = NODES.objectNode();
    node.put("method", "sobol");
    node.put("samples", s.samples());
    node.put("evaluations", s.evaluations());
    node.put("bootstrap", s.bootstrap());
    node.put("confidence", s.confidence());
    ArrayNode outputs = node.putArray("outputs");
    for (SobolResult.OutputIndices o : s.outputs()) {
      if (!AnalyzeUncertainty.isSensitivityTarget(o.output(), report)) {
        continue;
      }
      ObjectNode out = outputs.addObject();
      out.put("output", o.output());
      out.put("rows", o.rows());
      number(out, "variance", o.variance());
      ArrayNode indices = out.putArray("parameters");
      for (SobolResult.Index i : o.indices()) {
        ObjectNode index = indices.addObject();
        index.put("parameter", i.parameter());
        number(index, "first", i.first());
        number(index, "first_low", i.firstLow());
        number(index, "first_high", i.firstHigh());
        number(index, "first_standard_error", i.firstStandardError());
        number(index, "total", i.total());
        number(index, "total_low", i.totalLow());
        number(index, "total_high", i.totalHigh());
        number(index, "total_standard_error", i.totalStandardError());
      }
    }
    return node;
  }

  private static ObjectNode time(Scenario scenario, ConcessionTimeline t) {
    ObjectNode node = NODES.objectNode();
    node.put("rounds", t.rounds());
    node.put("round_days", t.roundDays());
    if (t.start() == null) {
      node.putNull("start");
    } else {
      node.put("start", t.start().toString());
    }
    ArrayNode drifts = node.putArray("drifts");
    for (Drift d : t.drifts()) {
      ObjectNode drift = drifts.addObject();
      drift.put("actor", d.actor().value());
      drift.put("parameter", d.parameter().name().toLowerCase(Locale.ROOT));
      drift.put("change", d.change().name().toLowerCase(Locale.ROOT));
      drift.put("amount", d.amount());
      drift.put("from_round", d.fromRound());
    }
    if (t.firstDealRound() < 0) {
      node.putNull("first_deal_round");
    } else {
      node.put("first_deal_round", t.firstDealRound());
    }
    ArrayNode order = node.putArray("concession_order");
    t.concessionOrder().forEach(order::add);
    ArrayNode parties = node.putArray("parties");
    for (ConcessionTimeline.PartyTiming p : t.parties()) {
      ObjectNode party = parties.addObject();
      party.put("party", p.party());
      party.put("patience", p.patience());
      party.put("patience_per_year", p.patiencePerYear());
      if (p.deadline() == null) {
        party.putNull("deadline");
      } else {
        party.put("deadline", p.deadline().toString());
      }
      round(party, "deadline_round", p.deadlineRound());
      party.put("holds_out_at_start", p.holdsOutAtStart());
      round(party, "concedes_at", p.concedesAt());
      round(party, "settles_at", p.settlesAt());
      round(party, "holds_out_again_at", p.holdsOutAgainAt());
      party.put("walks_away_at_deadline", p.walksAwayAtDeadline());
    }
    ArrayNode states = node.putArray("states");
    for (ConcessionTimeline.RoundState s : t.states()) {
      ObjectNode state = states.addObject();
      state.put("round", s.round());
      state.put("complete", s.complete());
      state.put("zone", s.zone());
      numbers(state.putArray("walk_away"), s.walkAway());
      numbers(state.putArray("capability"), s.capability());
      numbers(state.putArray("offers"), s.offers());
      if (s.nashOutcome().isEmpty()) {
        state.putNull("nash");
      } else {
        ObjectNode nash = state.putObject("nash");
        ObjectNode options = nash.putObject("options");
        for (int i = 0; i < s.nashOutcome().size(); i++) {
          Issue issue = scenario.issues().get(i);
          options.put(issue.id().value(), issue.options().get(s.nashOutcome().get(i)).id());
        }
        numbers(nash.putArray("utilities"), s.nashUtilities());
      }
      ObjectNode forecasts = state.putObject("forecasts");
      for (ConcessionTimeline.ModelForecast f : s.forecasts()) {
        numbers(forecasts.putArray(f.model()), f.outcome());
      }
    }
    return node;
  }

  private static void summary(ObjectNode node, SampleSummary s) {
    node.put("n", s.n());
    number(node, "mean", s.mean());
    number(node, "sd", s.sd());
    number(node, "standard_error", s.standardError());
    number(node, "min", s.min());
    number(node, "q05", s.q05());
    number(node, "q25", s.q25());
    number(node, "median", s.median());
    number(node, "q75", s.q75());
    number(node, "q95", s.q95());
    number(node, "max", s.max());
  }

  private static void round(ObjectNode node, String key, int round) {
    if (round < 0) {
      node.putNull(key);
    } else {
      node.put(key, round);
    }
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  private static void numbers(ArrayNode array, List<Double> values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        array.add(v);
      } else {
        array.addNull();
      }
    }
  }
}
