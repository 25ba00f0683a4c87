package dev.parley.report;

import dev.parley.app.Demo;
import dev.parley.app.DemoEvidence;
import dev.parley.app.MakeReport;
import dev.parley.app.SimulateScenario;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.BargainingDistribution;
import dev.parley.core.montecarlo.ForecastDistribution;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.montecarlo.Proportion;
import dev.parley.core.montecarlo.SampleSummary;
import dev.parley.core.montecarlo.SimulationDistribution;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.simulate.SimulationSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The demo's answer in plain words for a terminal: at most {@link #MAX_LINES} lines of at most
 * {@link #WIDTH} columns, the same reading as the HTML report's page one, ending with where the
 * full report was written. Every probability names its event and its horizon.
 */
public final class TextBrief {
  /** The widest line the brief prints. */
  public static final int WIDTH = 100;

  /** The most lines the brief prints. */
  public static final int MAX_LINES = 60;

  private final Demo.Result demo;
  private final MakeReport.Report report;
  private final Scenario scenario;
  private final Names names;
  private final MonteCarloResult base;
  private final String model;
  private final List<String> lines = new ArrayList<>();

  private TextBrief(Demo.Result demo) {
    this.demo = demo;
    this.report = demo.analysis();
    this.scenario = report.scenario();
    this.names = new Names(scenario);
    this.base = report.forecasts().levers().baseline().result();
    this.model = report.forecasts().options().models().getFirst();
  }

  /**
   * Returns the demo's brief.
   *
   * @param demo what the demo computed
   * @param reportFile where the HTML report was written, as the brief names it
   */
  public static String demo(Demo.Result demo, String reportFile) {
    TextBrief b = new TextBrief(demo);
    b.write(reportFile);
    StringBuilder out = new StringBuilder();
    for (String line : b.lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private void write(String reportFile) {
    head();
    evidence();
    who();
    zone();
    likely();
    chance();
    levers();
    restsOn();
    terms();
    lines.add("Full report with charts, the glossary and the evidence behind each value:");
    lines.add("  " + reportFile);
    lines.add("Every table (analysis, forecasts, levers, simulated talks): parley demo --full");
  }

  private void head() {
    lines.add(
        Names.cut("Parley demo: " + scenario.title() + " (situation as of " + asOf() + ")", WIDTH));
    int values = demo.citedValues() + demo.assumptions().size();
    wrap(
        "",
        Names.number((long) scenario.actors().size())
            + " actors, "
            + scenario.issues().size()
            + " issues, "
            + scenario.levers().size()
            + " levers; "
            + demo.citedValues()
            + " of "
            + values
            + " values cite a source, "
            + demo.assumptions().size()
            + " are named assumptions.");
  }

  private void evidence() {
    DemoEvidence e = demo.evidence();
    Map<String, Integer> stored = e.storedByKind();
    section(
        "WHAT THE REPORTING SAYS ("
            + e.documentsStored()
            + " sample documents read: "
            + stored.getOrDefault("quote", 0)
            + " quotes, "
            + stored.getOrDefault("event", 0)
            + " events, "
            + stored.getOrDefault("position", 0)
            + " positions)");
    example("demand", e.firstDemand());
    example("rejection", e.firstRejection());
    List<LedgerEntry> entries = e.assumedMadeOn() == null ? e.ledger().entries() : e.predictions();
    List<String> dated = new ArrayList<>();
    for (LedgerEntry x : entries) {
      if (x.resolvesOn() != null) {
        dated.add(
            x.who()
                + " (p "
                + Names.number(x.probability(), 1)
                + ", resolves "
                + x.resolvesOn()
                + (e.assumed().contains(x.id().value()) ? "*" : "")
                + ")");
      }
    }
    wrap(
        "    ",
        "  Experts' predictions in the ledger: "
            + entries.size()
            + ", "
            + dated.size()
            + " with a resolution date"
            + (dated.isEmpty() ? "" : ": " + String.join(", ", dated.stream().distinct().toList()))
            + (e.assumed().isEmpty() ? "" : " (* undated document, made on as_of assumed)")
            + ".");
  }

  private void example(String what, DemoEvidence.@Nullable Example example) {
    if (example != null) {
      String where = " [" + example.document() + "]";
      lines.add(Names.cut("  " + what + ": " + example.sentence(), WIDTH - where.length()) + where);
    }
  }

  private void who() {
    section("WHO WANTS WHAT (each party's two weightiest issues; positions on 0–100 scales)");
    int width = 0;
    for (ActorProfile p : scenario.profiles()) {
      width = Math.max(width, names.actor(p.actor()).length());
    }
    width = Math.min(width, 20);
    for (ActorProfile p : scenario.profiles()) {
      List<Map.Entry<IssueId, IssueStance>> stances = new ArrayList<>(p.stances().entrySet());
      stances.sort(
          Comparator.comparingDouble(
                  (Map.Entry<IssueId, IssueStance> e) -> e.getValue().salience().nominal())
              .reversed()
              .thenComparing(e -> e.getKey().value()));
      List<String> wants = new ArrayList<>();
      for (Map.Entry<IssueId, IssueStance> e : stances.subList(0, Math.min(2, stances.size()))) {
        scenario
            .issue(e.getKey())
            .ifPresent(
                issue -> {
                  double ideal = e.getValue().ideal().nominal();
                  wants.add(
                      issue.name()
                          + ": "
                          + issue.describe(ideal)
                          + " ("
                          + Names.number(ideal, 0)
                          + ")");
                });
      }
      String name = Names.cut(names.actor(p.actor()), width);
      wrap(
          "  " + " ".repeat(width + 2),
          "  " + name + " ".repeat(width - name.length() + 2) + String.join("; ", wants));
    }
  }

  private void zone() {
    section("IS ANY DEAL BETTER THAN WALKING AWAY FOR EVERY PARTY?");
    Deadlock d = report.bargaining().deadlock();
    StringBuilder s = new StringBuilder();
    if (!d.decided()) {
      s.append("Undecided: the search ran out of budget.");
    } else if (d.deadlocked()) {
      s.append("No, at the central values.");
      if (d.cause() == Deadlock.Cause.RED_LINES) {
        List<String> issues = new ArrayList<>();
        for (Deadlock.Conflict c : d.conflicts()) {
          issues.add(names.issue(c.issue().value()));
        }
        s.append(" The red lines leave no option on ")
            .append(String.join(", ", issues))
            .append('.');
      } else {
        s.append(" Every package the red lines allow leaves some party below its walk-away value.");
      }
      if (!d.openings().isEmpty()) {
        // one phrase per party and option, the issues it would accept the option on together
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Deadlock.Relaxation r : d.openings().getFirst().changes()) {
          String option =
              scenario.issue(r.issue()).map(i -> label(i, r.option())).orElse(r.option());
          grouped
              .computeIfAbsent(
                  names.actor(r.actor()) + " accepts \u201c" + option + "\u201d on ",
                  k -> new ArrayList<>())
              .add(names.issue(r.issue().value()));
        }
        List<String> changes = new ArrayList<>();
        grouped.forEach((k, issues) -> changes.add(k + String.join(", ", issues)));
        s.append(" Smallest change that opens a deal: ")
            .append(String.join("; ", changes))
            .append('.');
      }
    } else {
      s.append("Yes: ")
          .append(Names.percent(report.bargaining().base().rational().fraction()))
          .append(" of all packages give every party at least its walk-away value.");
    }
    wrap("  ", "  " + s);
    BargainingDistribution b = base.bargaining().isEmpty() ? null : base.bargaining().getFirst();
    if (b != null) {
      wrap(
          "    ",
          "  P(a zone of agreement exists at " + asOf() + ") = " + share(b.deal(), "trials"));
    }
  }

  private void likely() {
    section(
        "MOST LIKELY OUTCOME PER ISSUE ("
            + Names.model(model)
            + "; median and 90% interval on 0–100)");
    ForecastDistribution first = base.forecasts().getFirst();
    int width = 0;
    for (ForecastDistribution.IssueOutcome o : first.issues()) {
      width = Math.max(width, names.issue(o.issue()).length());
    }
    width = Math.min(width, 22);
    for (ForecastDistribution.IssueOutcome o : first.issues()) {
      Issue issue = scenario.issue(IssueId.of(o.issue())).orElseThrow();
      SampleSummary s = o.outcome();
      String numbers =
          String.format(
              java.util.Locale.ROOT,
              " %4s  %s–%s",
              Names.number(s.median(), 0),
              Names.number(s.q05(), 0),
              Names.number(s.q95(), 0));
      String name = Names.cut(issue.name(), width);
      String head = "  " + name + " ".repeat(width - name.length() + 2);
      int room = WIDTH - head.length() - 12;
      String what = outcome(issue, o, room);
      lines.add(head + what + " ".repeat(Math.max(0, room - what.length())) + numbers);
    }
  }

  /**
   * The most likely allowed option, or, when red lines allow none, the nearest and who forbids it.
   */
  private String outcome(Issue issue, ForecastDistribution.IssueOutcome o, int room) {
    ForecastDistribution.OptionShare top = BriefFacts.top(o.allowed());
    if (top != null) {
      String share = " (" + Names.percent(top.share().share()) + ")";
      return Names.cut(label(issue, top.option()), room - share.length()) + share;
    }
    ForecastDistribution.OptionShare near = BriefFacts.top(o.nearest());
    if (near == null) {
      return Names.cut("no option every red line allows", room);
    }
    List<String> by = new ArrayList<>();
    for (var a : near.forbiddenBy()) {
      by.add(names.actor(a));
    }
    String tail =
        " (" + Names.percent(near.share().share()) + ", barred by " + String.join(", ", by) + ")";
    return Names.cut(label(issue, near.option()), Math.max(8, room - tail.length())) + tail;
  }

  private void chance() {
    section("THE CHANCE OF AN AGREEMENT");
    SimulationDistribution s = report.agreementWithin();
    if (s == null) {
      wrap("  ", "  The talks could not be simulated: " + report.simulationError() + ".");
      return;
    }
    String horizon = Names.number(s.horizonDays(), 0) + " days of " + asOf() + by(s.horizonDays());
    wrap(
        "    ",
        "  P(simulated talks settle every issue within "
            + horizon
            + ") = "
            + share(s.within(), "trials"));
    SimulateScenario.Report sim = report.simulation();
    if (sim != null && report.bargaining().deadlock().deadlocked()) {
      SimulationSummary sum = sim.summary();
      wrap(
          "    ",
          "  A partial or full deal within "
              + Names.number(sum.horizonDays(), 0)
              + " days: "
              + sum.agreementsWithin()
              + " of "
              + sum.runs()
              + " seeded simulated talks at the central values.");
    }
    Demo.Reading soft = demo.softened();
    wrap(
        "    ",
        "  With the territorial demands read as preferences, not red lines: P(zone at "
            + asOf()
            + ") = "
            + share(soft.zoneExists(), null)
            + "; P(agreement within "
            + Names.number(s.horizonDays(), 0)
            + " days) = "
            + share(soft.agreementWithin(), null)
            + ".");
  }

  private void levers() {
    List<LeverComparisonResult.LeverVariant> levers = report.forecasts().levers().levers();
    if (levers.isEmpty()) {
      return;
    }
    section("WHAT EACH LEVER WOULD CHANGE (each pulled alone, same trials)");
    String deal = report.forecasts().dealOutput();
    for (LeverComparisonResult.LeverVariant l : levers) {
      List<String> parts = new ArrayList<>();
      if (deal != null) {
        l.difference(deal)
            .ifPresent(
                d ->
                    parts.add(
                        "zone of agreement "
                            + Names.percent(d.baseline())
                            + (d.difference() == 0
                                ? " (unchanged)"
                                : " → " + Names.percent(d.pulled()))));
      }
      LeverComparisonResult.OutputDifference biggest = BriefFacts.biggestMove(l, model);
      if (biggest != null && Math.abs(biggest.difference()) >= 0.05) {
        parts.add(
            names.issue(biggest.output().substring(model.length() + 1))
                + " moves most, "
                + Names.signed(biggest.difference(), 1)
                + " points");
      } else {
        parts.add("no forecast moves by 0.05 points");
      }
      SimulateScenario.Report sim = report.simulation();
      SimulationSummary pulled = BriefFacts.pulled(report, l.lever());
      if (sim != null && pulled != null) {
        parts.add(
            "talks agree in "
                + pulled.agreementsWithin()
                + " of "
                + pulled.runs()
                + " runs (baseline "
                + sim.summary().agreementsWithin()
                + ")");
      }
      wrap("    ", "  " + l.name() + ": " + String.join("; ", parts) + ".");
    }
  }

  private void restsOn() {
    if (report.forecasts().tornado() == null) {
      return;
    }
    List<Map.Entry<String, Double>> sorted = BriefFacts.topParameters(report, model, 3);
    if (sorted.isEmpty()) {
      return;
    }
    section("WHAT THE FORECASTS REST ON MOST (swing over all issues, 5% to 95% of each value)");
    List<String> top = new ArrayList<>();
    for (Map.Entry<String, Double> e : sorted) {
      top.add(names.parameter(e.getKey()) + " (" + Names.number(e.getValue(), 1) + " points)");
    }
    wrap("    ", "  " + String.join("; ", top) + ".");
  }

  private void terms() {
    section("TERMS");
    wrap(
        "  ",
        "  Walk-away value: what leaving the talks is worth to a party. Zone of agreement: the"
            + " packages all prefer to walking away. 0–100: each issue's options on a line whose"
            + " ends the scenario names. Barred: the nearest option, which a red line rules out. Trial:"
            + " one draw of the uncertain values.");
  }

  // ---------------------------------------------------------------- helpers

  private void section(String title) {
    lines.add(Names.cut(title, WIDTH));
  }

  /**
   * Adds {@code text} wrapped at {@link #WIDTH}, continuation lines starting with {@code indent}.
   */
  private void wrap(String indent, String text) {
    lines.addAll(wrapped(text, indent, WIDTH));
  }

  /** Wraps text at spaces to lines of at most {@code width} characters. */
  static List<String> wrapped(String text, String indent, int width) {
    List<String> out = new ArrayList<>();
    String rest = text;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= indent.length()) {
        cut = width;
      }
      out.add(rest.substring(0, cut).stripTrailing());
      rest = indent + rest.substring(cut).strip();
    }
    out.add(rest);
    return out;
  }

  private String asOf() {
    LocalDate d = scenario.asOf();
    return d == null ? "the scenario's date" : d.toString();
  }

  private String by(double days) {
    LocalDate d = scenario.asOf();
    return d == null ? "" : ", by " + d.plusDays((long) Math.floor(days));
  }

  private static String share(Proportion p, @Nullable String of) {
    return Names.percent(p.share())
        + " ± "
        + Names.percent(p.standardError())
        + " ("
        + Names.number(p.count())
        + " of "
        + Names.number(p.total())
        + (of == null ? "" : " " + of)
        + ")";
  }

  private static String label(Issue issue, String option) {
    return issue.option(option).map(o -> o.label().isBlank() ? o.id() : o.label()).orElse(option);
  }
}
