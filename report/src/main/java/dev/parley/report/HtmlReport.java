package dev.parley.report;

import dev.parley.app.MakeReport;
import dev.parley.app.SimulateScenario;
import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import dev.parley.core.montecarlo.BargainingDistribution;
import dev.parley.core.montecarlo.ForecastDistribution;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.montecarlo.Proportion;
import dev.parley.core.montecarlo.SampleSummary;
import dev.parley.core.montecarlo.SimulationDistribution;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.TornadoResult;
import dev.parley.core.simulate.SimulationSummary;
import dev.parley.core.validate.Assumption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link MakeReport.Report} as one self-contained HTML page: page one in plain words, then
 * the sections with their charts, inline SVG and inline CSS, nothing loaded from anywhere. The page
 * is well-formed XHTML as well, so that the PDF renderer reads the same text. Every string that
 * comes from the scenario passes through {@link #esc}.
 */
public final class HtmlReport {
  private final MakeReport.Report report;
  private final Scenario scenario;
  private final Names names;
  private final String version;
  private final StringBuilder out = new StringBuilder(1 << 16);
  private final MonteCarloResult base;
  private final String model;

  private HtmlReport(MakeReport.Report report, String version) {
    this.report = report;
    this.scenario = report.scenario();
    this.names = new Names(scenario);
    this.version = version;
    this.base = report.forecasts().levers().baseline().result();
    this.model = report.forecasts().options().models().getFirst();
  }

  /**
   * Returns the report as HTML.
   *
   * @param version the Parley version the footer names
   */
  public static String render(MakeReport.Report report, String version) {
    HtmlReport page = new HtmlReport(report, version);
    page.write();
    return page.out.toString();
  }

  /** Escapes text for HTML and XML: element content and attribute values alike. */
  static String esc(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters, even escaped
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private void write() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>")
        .append(esc(scenario.title()))
        .append(" — Parley report</title>\n<style>\n")
        .append(resource("report.css"))
        .append("</style>\n</head>\n<body>\n");
    header();
    brief();
    glossary();
    positions();
    frontier();
    forecasts();
    levers();
    uncertainty();
    talks();
    evidence();
    footer();
    out.append("</body>\n</html>\n");
  }

  private void header() {
    out.append("<header>\n<h1>")
        .append(esc(scenario.title()))
        .append("</h1>\n<p class=\"meta\">Scenario file <code>")
        .append(esc(report.name()))
        .append("</code>; situation as of ")
        .append(esc(asOf()))
        .append(". Parley ")
        .append(esc(version))
        .append("; seed ")
        .append(report.options().seed())
        .append(", ")
        .append(Names.number((long) report.options().trials()))
        .append(" Monte Carlo trials per variant. The same file gives the same report.</p>\n");
    if (!scenario.description().isBlank()) {
      out.append("<p class=\"lead\">").append(esc(scenario.description())).append("</p>\n");
    }
    out.append("</header>\n");
  }

  // ---------------------------------------------------------------- page one

  private void brief() {
    out.append("<section id=\"brief\">\n<h2>In brief</h2>\n");
    who();
    zone();
    likely();
    chance();
    leversInBrief();
    restsOn();
    out.append("</section>\n");
  }

  private void who() {
    out.append("<h3>Who is at the table, and what each wants</h3>\n")
        .append("<table class=\"who\">\n<thead><tr><th>party</th><th>wants most (its three most")
        .append(" important issues)</th><th>capability (0–1)</th><th>walk-away value (0–1)</th>")
        .append("<th>red lines</th></tr></thead>\n<tbody>\n");
    for (ActorProfile p : scenario.profiles()) {
      List<Map.Entry<IssueId, IssueStance>> stances = new ArrayList<>(p.stances().entrySet());
      stances.sort(
          Comparator.comparingDouble(
                  (Map.Entry<IssueId, IssueStance> e) -> e.getValue().salience().nominal())
              .reversed()
              .thenComparing(e -> e.getKey().value()));
      List<String> wants = new ArrayList<>();
      for (Map.Entry<IssueId, IssueStance> e : stances.subList(0, Math.min(3, stances.size()))) {
        Optional<Issue> issue = scenario.issue(e.getKey());
        if (issue.isPresent()) {
          double ideal = e.getValue().ideal().nominal();
          wants.add(
              esc(issue.get().name())
                  + ": <em>"
                  + esc(issue.get().describe(ideal))
                  + "</em> ("
                  + Names.number(ideal, 0)
                  + " of 100)");
        }
      }
      List<String> lines = new ArrayList<>();
      for (RedLine line : p.redLines()) {
        if (!lines.contains(esc(line.statement()))) {
          lines.add(esc(line.statement()));
        }
      }
      out.append("<tr><td><strong>")
          .append(esc(names.actor(p.actor())))
          .append("</strong></td><td>")
          .append(String.join("<br />", wants))
          .append("</td><td class=\"n\">")
          .append(Names.number(p.capability().nominal(), 2))
          .append("</td><td class=\"n\">")
          .append(Names.number(p.reservation().nominal(), 2))
          .append("</td><td>")
          .append(lines.isEmpty() ? "none" : String.join("<br />", lines))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n")
        .append("<p class=\"note\">Capability: the party's share of the power to shape the")
        .append(" outcome. Walk-away value: what leaving the talks is worth to it, as a utility")
        .append(" (0 is its worst package, 1 its best). Positions are on each issue's 0–100")
        .append(" scale (section 1).</p>\n");
  }

  private void zone() {
    Deadlock d = report.bargaining().deadlock();
    out.append("<h3>Does any deal beat walking away for everyone?</h3>\n<p>");
    if (!d.decided()) {
      out.append("Parley could not tell: the search ran out of budget.");
    } else if (d.deadlocked()) {
      out.append(
          "<strong>No.</strong> At the scenario's central values, no package of options gives"
              + " every party at least what walking away is worth to it. ");
      if (d.cause() == Deadlock.Cause.RED_LINES) {
        List<String> issues = new ArrayList<>();
        for (Deadlock.Conflict c : d.conflicts()) {
          issues.add(esc(names.issue(c.issue().value())));
        }
        out.append("The red lines leave no option at all on ")
            .append(String.join(", ", issues))
            .append(". ");
      } else {
        out.append(
            "Every package the red lines allow leaves some party worse off than walking away. ");
      }
      if (!d.openings().isEmpty()) {
        Deadlock.Opening o = d.openings().getFirst();
        List<String> changes = new ArrayList<>();
        for (Deadlock.Relaxation r : o.changes()) {
          String issue = names.issue(r.issue().value());
          String option =
              scenario.issue(r.issue()).map(i -> label(i, r.option())).orElse(r.option());
          changes.add(
              esc(names.actor(r.actor()))
                  + " accepts <em>"
                  + esc(option)
                  + "</em> on "
                  + esc(issue));
        }
        out.append("The smallest change that would open a zone of agreement: ")
            .append(String.join(", and ", changes))
            .append(". ");
      }
    } else {
      var rational = report.bargaining().base().rational();
      out.append("<strong>Yes.</strong> At the scenario's central values, ")
          .append(Names.percent(rational.fraction()))
          .append(" of all packages give every party at least its walk-away value. ");
      report
          .bargaining()
          .base()
          .agreement("nash")
          .ifPresent(
              a ->
                  out.append("The Nash package is ")
                      .append(esc(packageText(report.bargaining().base().problem(), a)))
                      .append(". "));
    }
    BargainingDistribution b = base.bargaining().isEmpty() ? null : base.bargaining().getFirst();
    if (b != null) {
      out.append("Over ")
          .append(Names.number(b.deal().total()))
          .append(" Monte Carlo trials of the uncertain values, a zone of agreement exists at ")
          .append(esc(asOf()))
          .append(" in ")
          .append(share(b.deal()))
          .append(" (<code>p_zone_exists</code>; this event has no horizon).");
    }
    out.append("</p>\n");
  }

  private void likely() {
    out.append("<h3>The most likely outcome on each issue</h3>\n")
        .append("<p>By the ")
        .append(esc(Names.model(model)))
        .append(", the first of ")
        .append(base.forecasts().size())
        .append(" models. Positions are on the issue's 0–100 scale; the interval holds 90% of the ")
        .append("Monte Carlo trials (5% to 95%). The last column shows how far the models' medians")
        .append(" disagree.</p>\n<table>\n<thead><tr><th>issue</th><th>most likely option")
        .append(" (share of trials)</th><th>median</th><th>90% interval</th>")
        .append("<th>models' medians</th></tr></thead>\n<tbody>\n");
    ForecastDistribution first = base.forecasts().getFirst();
    for (ForecastDistribution.IssueOutcome o : first.issues()) {
      Issue issue = scenario.issue(IssueId.of(o.issue())).orElseThrow();
      SampleSummary s = o.outcome();
      ForecastDistribution.OptionShare top = BriefFacts.top(o.allowed());
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (ForecastDistribution f : base.forecasts()) {
        for (ForecastDistribution.IssueOutcome x : f.issues()) {
          if (x.issue().equals(o.issue()) && x.outcome().n() > 0) {
            lo = Math.min(lo, x.outcome().median());
            hi = Math.max(hi, x.outcome().median());
          }
        }
      }
      out.append("<tr><td>")
          .append(esc(issue.name()))
          .append("</td><td>")
          .append(
              top == null
                  ? nearestRuledOut(issue, o)
                  : esc(label(issue, top.option()))
                      + " ("
                      + Names.percent(top.share().share())
                      + ")")
          .append("</td><td class=\"n\">")
          .append(Names.number(s.median(), 0))
          .append("</td><td class=\"n\">")
          .append(Names.number(s.q05(), 0))
          .append("–")
          .append(Names.number(s.q95(), 0))
          .append("</td><td class=\"n\">")
          .append(Double.isFinite(lo) ? Names.number(lo, 0) + "–" + Names.number(hi, 0) : "n/a")
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /**
   * Where the forecasts land when the red lines leave no option: the nearest, and who rules it out.
   */
  private String nearestRuledOut(Issue issue, ForecastDistribution.IssueOutcome o) {
    ForecastDistribution.OptionShare top = null;
    for (ForecastDistribution.OptionShare s : o.nearest()) {
      if (s.share().count() > 0 && (top == null || s.share().count() > top.share().count())) {
        top = s;
      }
    }
    if (top == null) {
      return "no option every red line allows";
    }
    List<String> by = new ArrayList<>();
    for (var a : top.forbiddenBy()) {
      by.add(esc(names.actor(a)));
    }
    return "none allowed; nearest: "
        + esc(label(issue, top.option()))
        + " ("
        + Names.percent(top.share().share())
        + "), ruled out by "
        + String.join(" and ", by);
  }

  private void chance() {
    out.append("<h3>The chance of an agreement</h3>\n<p>");
    SimulationDistribution s = report.agreementWithin();
    if (s == null) {
      out.append("The talks could not be simulated: ")
          .append(esc(report.simulationError()))
          .append(".</p>\n");
      return;
    }
    out.append("P(the simulated talks reach an agreement on every issue within ")
        .append(Names.number(s.horizonDays(), 0))
        .append(" days of ")
        .append(esc(asOf()))
        .append(by(s.horizonDays()))
        .append(") = <strong>")
        .append(share(s.within()))
        .append(
            "</strong> (<code>p_agreement_within</code>, over Monte Carlo trials, each a"
                + " simulated negotiation between the parties' own agents, rounds of ")
        .append(Names.number(scenario.roundDays(), 0))
        .append(" days).");
    SimulateScenario.Report sim = report.simulation();
    if (report.bargaining().deadlock().deadlocked() && sim != null) {
      out.append(" Because no full package beats walking away for everyone, the simulated talks of")
          .append(" section 6 let the parties settle some issues and leave the others open: there,")
          .append(" P(a partial or full deal within ")
          .append(Names.number(sim.summary().horizonDays(), 0))
          .append(" days of ")
          .append(esc(asOf()))
          .append(") = ")
          .append(Names.percent((double) sim.summary().agreementsWithin() / sim.summary().runs()))
          .append(" (")
          .append(sim.summary().agreementsWithin())
          .append(" of ")
          .append(sim.summary().runs())
          .append(" seeded runs at the central values).");
    }
    out.append("</p>\n");
  }

  private void leversInBrief() {
    List<LeverComparisonResult.LeverVariant> levers = report.forecasts().levers().levers();
    if (levers.isEmpty()) {
      return;
    }
    out.append("<h3>What each lever would change</h3>\n<ul>\n");
    for (LeverComparisonResult.LeverVariant l : levers) {
      out.append("<li><strong>").append(esc(l.name())).append("</strong>: ");
      List<String> parts = new ArrayList<>();
      String deal = report.forecasts().dealOutput();
      if (deal != null) {
        l.difference(deal)
            .ifPresent(
                d ->
                    parts.add(
                        d.difference() == 0
                            ? "the chance that a zone of agreement exists stays at "
                                + Names.percent(d.baseline())
                            : "the chance that a zone of agreement exists changes from "
                                + Names.percent(d.baseline())
                                + " to "
                                + Names.percent(d.pulled())
                                + " ("
                                + Names.signed(100 * d.difference(), 1)
                                + " percentage points)"));
      }
      LeverComparisonResult.OutputDifference biggest = BriefFacts.biggestMove(l, model);
      if (biggest != null && Math.abs(biggest.difference()) >= 0.05) {
        parts.add(
            "the forecast that moves most is "
                + esc(names.issue(biggest.output().substring(model.length() + 1)))
                + ", by "
                + Names.signed(biggest.difference(), 1)
                + " points of 100 (towards "
                + (biggest.difference() > 0 ? "the 100 end" : "the 0 end")
                + ")");
      } else {
        parts.add("no forecast moves by as much as 0.05 points of 100");
      }
      SimulateScenario.Report sim = report.simulation();
      SimulationSummary pulled = BriefFacts.pulled(report, l.lever());
      if (sim != null && pulled != null) {
        parts.add(
            "in the simulated talks, "
                + pulled.agreementsWithin()
                + " of "
                + pulled.runs()
                + " runs agree within "
                + Names.number(pulled.horizonDays(), 0)
                + " days (baseline "
                + sim.summary().agreementsWithin()
                + " of "
                + sim.summary().runs()
                + ")");
      }
      out.append(String.join("; ", parts)).append(".</li>\n");
    }
    out.append("</ul>\n");
  }

  private void restsOn() {
    out.append("<h3>What the answer rests on most</h3>\n");
    List<Map.Entry<String, Double>> top = BriefFacts.topParameters(report, model, 5);
    if (!top.isEmpty()) {
      out.append("<p>Moving each uncertain value from its 5% to its 95% quantile, one at a time,")
          .append(" moves the ")
          .append(esc(Names.model(model)))
          .append("'s forecasts most for these (total swing over all issues, points of 100):</p>\n")
          .append("<ol>\n");
      for (Map.Entry<String, Double> e : top) {
        Estimate est = estimate(e.getKey());
        out.append("<li>")
            .append(esc(names.parameter(e.getKey())))
            .append(": ")
            .append(Names.number(e.getValue(), 1))
            .append(" points");
        if (est != null) {
          out.append(
              est.basis().isAssumption()
                  ? " — a judgement, no source cited"
                  : " — cites a source (section 7)");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    int values = valueCount();
    out.append("<p>")
        .append(report.assumptions().size())
        .append(" of the ")
        .append(values)
        .append(" values in the parties' profiles cite no source: they are the modeller's named")
        .append(" assumptions, listed with the evidence at the end.</p>\n");
  }

  private int valueCount() {
    int n = 0;
    for (ActorProfile p : scenario.profiles()) {
      n += 3;
      for (IssueStance s : p.stances().values()) {
        n += 2 + s.utilities().size();
      }
    }
    return n;
  }

  /** Returns the estimate a parameter path names, or null. */
  private @Nullable Estimate estimate(String path) {
    String[] p = path.split("/", -1);
    if (p.length < 3 || !p[0].equals("profiles")) {
      return null;
    }
    for (ActorProfile profile : scenario.profiles()) {
      if (!profile.actor().value().equals(p[1])) {
        continue;
      }
      if (p.length == 3) {
        return switch (p[2]) {
          case "capability" -> profile.capability();
          case "reservation" -> profile.reservation();
          case "patience" -> profile.patience();
          default -> null;
        };
      }
      if (p.length == 5 && p[2].equals("stances")) {
        IssueStance s = profile.stances().get(IssueId.of(p[3]));
        if (s != null) {
          return p[4].equals("ideal") ? s.ideal() : p[4].equals("salience") ? s.salience() : null;
        }
      }
    }
    return null;
  }

  private void glossary() {
    out.append("<section id=\"glossary\">\n<h2>Glossary</h2>\n<dl>\n");
    term(
        "0–100 scale",
        "Every issue's options are placed on a line from 0 to 100. The scenario says which outcome"
            + " each end stands for; a numeric issue (a percentage, an amount) is mapped onto it.");
    term(
        "Utility (0–1)",
        "How good an outcome is for a party: 0 is the worst package for it, 1 the best.");
    term(
        "Walk-away value (reservation value)",
        "What a party gets if it leaves the talks, as a utility. A party accepts no deal worth"
            + " less to it.");
    term(
        "Zone of agreement",
        "The packages that give every party at least its walk-away value. When it is empty, the"
            + " talks are deadlocked.");
    term(
        "Red line",
        "An option a party says it will never accept. A package that contains it is ruled out.");
    term(
        "Salience",
        "How much an issue matters to a party compared with its other issues (the shares add up"
            + " to 1 per party).");
    term(
        "Capability",
        "A party's share of the power to shape the outcome (0–1): its leverage, resources and"
            + " allies, as the scenario estimates them.");
    term(
        "Pareto frontier",
        "The packages that cannot be improved for one party without making another worse off.");
    term(
        "Nash solution",
        "The package that maximises the product of the parties' gains over walking away: a"
            + " standard 'fair' split.");
    term(
        "Kalai–Smorodinsky solution",
        "The package that gives every party the same share of the most it could hope for.");
    term("Maximum welfare", "The package with the largest sum of utilities.");
    term("Equal utility", "The package that makes the worst-off party as well off as possible.");
    term(
        "Forecasting models",
        "The weighted compromise (the capability- and salience-weighted mean of the ideals), the"
            + " spatial model of politics (SMP), the expected utility model (EUM) and the exchange"
            + " model each predict where an issue settles; they disagree, so the report shows all.");
    term(
        "Monte Carlo trial",
        "One draw of every uncertain value from its range; the analysis is rerun on each draw."
            + " Shares of trials are shown with ± one standard error.");
    term(
        "90% interval",
        "The range that holds the middle 90% of the trials' results (from the 5% to the 95%"
            + " quantile).");
    term(
        "Central value",
        "The single most likely value the scenario gives an uncertain number; its range is what"
            + " the Monte Carlo trials draw from.");
    term("Median", "The middle result: half of the trials lie below it, half above.");
    term(
        "Partial deal",
        "An agreement that settles some issues and leaves the others open, the best the parties"
            + " can do when red lines rule out every full package.");
    term(
        "Lever",
        "A named what-if, such as a sanctions threat, that changes some values of the scenario.");
    term(
        "Tornado",
        "A chart of how much one result moves when each uncertain value is set to its low and"
            + " then to its high end, the others held at their central values.");
    term(
        "Simulated talks",
        "A negotiation played out round by round by software agents for each party, conceding at"
            + " the pace their patience and deadlines set.");
    term(
        "p_zone_exists, p_agreement_within",
        "The share of trials in which a zone of agreement exists at the date of the scenario,"
            + " and in which the simulated talks agree within the horizon.");
    out.append("</dl>\n</section>\n");
  }

  private void term(String name, String meaning) {
    out.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(meaning)).append("</dd>\n");
  }

  // ---------------------------------------------------------------- sections

  private void positions() {
    out.append("<section id=\"positions\">\n<h2>1. Positions on each issue</h2>\n")
        .append("<p>Each bubble is a party's ideal position; its size grows with salience ×")
        .append(" capability, so large bubbles are the parties that care and can act. Shaded red:")
        .append(" options some party's red line rules out.</p>\n<figure>")
        .append(ReportCharts.positions(scenario, names))
        .append("</figure>\n<table>\n<thead><tr><th>issue</th><th>0 stands for</th>")
        .append("<th>100 stands for</th></tr></thead>\n<tbody>\n");
    for (Issue issue : scenario.issues()) {
      out.append("<tr><td>")
          .append(esc(issue.name()))
          .append("</td><td>")
          .append(esc(issue.describe(0)))
          .append("</td><td>")
          .append(esc(issue.describe(100)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void frontier() {
    BargainingProblem problem = report.frontier().problem();
    out.append("<section id=\"frontier\">\n<h2>2. The frontier, pair by pair</h2>\n<p>");
    if (report.redLinesIgnored()) {
      out.append("<strong>The red lines leave no package at all</strong>, so these charts show the")
          .append(" frontier <em>as if no red line held</em>: what the red lines rule out. ");
    }
    out.append("Each chart shows the Pareto frontier of all ")
        .append(problem.partyCount())
        .append(" parties seen from two of them (grey dots, thinned), the packages best for those")
        .append(" two (black line), each one's walk-away value (dashed red: a deal must lie above")
        .append(" and to the right of both) and the solution points. The frontier has ")
        .append(Names.number((long) report.frontier().frontier().size()))
        .append(" packages.</p>\n<table class=\"grid\">\n<tbody>\n");
    int k = 0;
    for (int a = 0; a < problem.partyCount(); a++) {
      for (int b = a + 1; b < problem.partyCount(); b++) {
        out.append(k % 2 == 0 ? "<tr>" : "")
            .append("<td>")
            .append(ReportCharts.frontier(report, a, b, names, "chart-frontier-" + k))
            .append("</td>")
            .append(k % 2 == 1 ? "</tr>\n" : "");
        k++;
      }
    }
    out.append(k % 2 == 1 ? "<td></td></tr>\n" : "")
        .append("</tbody>\n</table>\n<table>\n<thead><tr><th>solution</th>");
    for (String p : problem.parties()) {
      out.append("<th>").append(esc(names.party(p))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Agreement a : report.frontier().agreements()) {
      if (!ReportCharts.SOLUTIONS.contains(a.concept())) {
        continue;
      }
      out.append("<tr><td>").append(esc(Names.concept(a.concept()))).append("</td>");
      for (int p = 0; p < problem.partyCount(); p++) {
        out.append("<td class=\"n\">").append(Names.number(a.utility(p), 2)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("<tr><td>walk-away value</td>");
    for (int p = 0; p < problem.partyCount(); p++) {
      out.append("<td class=\"n\">")
          .append(Names.number(problem.disagreement(p), 2))
          .append("</td>");
    }
    out.append("</tr>\n</tbody>\n</table>\n<p class=\"note\">Utilities, 0–1.</p>\n</section>\n");
  }

  private void forecasts() {
    out.append("<section id=\"forecasts\">\n<h2>3. Forecasts per issue, by model</h2>\n")
        .append("<p>Each model's forecast over ")
        .append(Names.number((long) base.trials()))
        .append(" Monte Carlo trials: the box holds the middle half of the trials (25% to 75%),")
        .append(" the whiskers 90% (5% to 95%), the line inside is the median. Positions on the")
        .append(" 0–100 scale.</p>\n<figure>")
        .append(ReportCharts.forecasts(report.forecasts(), names))
        .append("</figure>\n</section>\n");
  }

  private void levers() {
    List<LeverComparisonResult.LeverVariant> levers = report.forecasts().levers().levers();
    out.append("<section id=\"levers\">\n<h2>4. Levers side by side</h2>\n");
    if (levers.isEmpty()) {
      out.append("<p>The scenario defines no lever.</p>\n</section>\n");
      return;
    }
    out.append("<p>Each lever pulled alone, with the same seeded trials as the baseline: the")
        .append(" change in the mean forecast of the ")
        .append(esc(Names.model(model)))
        .append(" on each issue (points of 100; positive moves towards the 100 end).</p>\n<figure>")
        .append(ReportCharts.levers(report.forecasts(), names, model))
        .append("</figure>\n<table>\n<thead><tr><th>lever</th><th>what it means</th>")
        .append("<th>basis</th></tr></thead>\n<tbody>\n");
    for (Lever l : scenario.levers()) {
      out.append("<tr><td>")
          .append(esc(l.name()))
          .append("</td><td>")
          .append(esc(l.description()))
          .append("</td><td>")
          .append(basis(l.basis()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void uncertainty() {
    out.append("<section id=\"uncertainty\">\n<h2>5. What moves the forecasts</h2>\n");
    TornadoResult tornado = report.forecasts().tornado();
    TornadoResult.OutputTornado chosen = null;
    if (tornado != null) {
      for (TornadoResult.OutputTornado o : tornado.outputs()) {
        if (!o.output().startsWith(model + "/")) {
          continue;
        }
        double swing = o.bars().isEmpty() ? 0 : o.bars().getFirst().swing();
        double best =
            chosen == null || chosen.bars().isEmpty() ? -1 : chosen.bars().getFirst().swing();
        if (Double.isFinite(swing) && swing > best) {
          chosen = o;
        }
      }
    }
    if (chosen == null) {
      out.append("<p>No uncertain value moves the forecasts.</p>\n</section>\n");
      return;
    }
    String issue = names.issue(chosen.output().substring(model.length() + 1));
    out.append("<p>The tornado of the forecast that swings most, the ")
        .append(esc(Names.model(model)))
        .append("'s forecast on <strong>")
        .append(esc(issue))
        .append("</strong> (central value ")
        .append(Names.number(chosen.nominal(), 1))
        .append(
            " of 100): each uncertain value set to its 5% and then its 95% quantile, the others")
        .append(" at their central values.</p>\n<figure>")
        .append(ReportCharts.tornado(chosen, names, 12))
        .append("</figure>\n</section>\n");
  }

  private void talks() {
    out.append("<section id=\"talks\">\n<h2>6. Simulated talks</h2>\n");
    SimulateScenario.Report sim = report.simulation();
    if (sim == null) {
      out.append("<p>The talks could not be simulated: ")
          .append(esc(report.simulationError()))
          .append(".</p>\n</section>\n");
      return;
    }
    SimulationSummary s = sim.summary();
    out.append("<p>")
        .append(s.runs())
        .append(" seeded runs of alternating offers between the parties' own agents, rounds of ")
        .append(Names.number(scenario.roundDays(), 0))
        .append(" days from ")
        .append(esc(asOf()))
        .append(", capped at ")
        .append(sim.settings().rounds())
        .append(" rounds: ")
        .append(s.agreements())
        .append(" agree, ")
        .append(s.impasses())
        .append(" end with a party walking away, ")
        .append(s.deadlines())
        .append(" hit the cap; ")
        .append(s.agreementsWithin())
        .append(" agree within ")
        .append(Names.number(s.horizonDays(), 0))
        .append(" days.")
        .append(
            sim.deadlock().deadlocked()
                ? " The scenario is deadlocked, so the agents bargain over partial deals: an"
                    + " agreement here may leave some issues open."
                : "")
        .append("</p>\n<figure>")
        .append(ReportCharts.agreementDays(sim))
        .append("</figure>\n<p>The concessions over the rounds: what each party asked for itself")
        .append(" (its utility, 0–1) when it made an offer in a round, averaged over the runs in")
        .append(" which it did.</p>\n<figure>")
        .append(ReportCharts.rounds(sim, names))
        .append("</figure>\n</section>\n");
  }

  private void evidence() {
    out.append("<section id=\"evidence\">\n<h2>7. The evidence behind each value</h2>\n")
        .append("<p>Every value of the parties' profiles, its range when it is uncertain, and what")
        .append(" it rests on: the sources it cites, or the modeller's note when it is a")
        .append(" judgement.</p>\n<table class=\"evidence\">\n<thead><tr><th>party</th>")
        .append("<th>value</th><th>central (range)</th><th>basis</th></tr></thead>\n<tbody>\n");
    for (ActorProfile p : scenario.profiles()) {
      String who = esc(names.actor(p.actor()));
      row(who, "capability (0–1)", p.capability());
      row(who, "walk-away value (utility 0–1)", p.reservation());
      row(who, "patience (per year)", p.patience());
      for (Issue issue : scenario.issues()) {
        IssueStance s = p.stances().get(issue.id());
        if (s == null) {
          continue;
        }
        row(who, "ideal on " + issue.name() + " (0–100)", s.ideal());
        row(who, "salience of " + issue.name(), s.salience());
      }
    }
    out.append("</tbody>\n</table>\n<h3>Sources</h3>\n<ol class=\"sources\">\n");
    for (Source s : scenario.sources()) {
      out.append("<li id=\"source-")
          .append(esc(s.id().value()))
          .append("\"><code>")
          .append(esc(s.id().value()))
          .append("</code>: ")
          .append(esc(s.citation()))
          .append(sourceProfile(s))
          .append("</li>\n");
    }
    out.append("</ol>\n");
    if (!report.assumptions().isEmpty()) {
      out.append("<h3>Named assumptions</h3>\n<ul class=\"assumptions\">\n");
      for (Assumption a : report.assumptions()) {
        out.append("<li><code>")
            .append(esc(a.where().toString()))
            .append("</code> = ")
            .append(esc(a.value()))
            .append(a.note() == null ? "" : ": " + esc(a.note()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /** The source's profile in words: its kind, why, and what it leaves unknown. */
  private String sourceProfile(Source s) {
    SourceProfile p = report.profile(s);
    StringBuilder b = new StringBuilder(" <span class=\"profile\">(");
    b.append(esc(p.kind().label().replace('_', ' ')))
        .append(
            p.basis().equals(SourceProfile.ASSUMED)
                ? ", assumed: no cue"
                : ", by " + esc(p.basis()));
    if (!p.outletKnown()) {
      b.append("; outlet unknown");
    }
    if (!p.dateKnown()) {
      b.append("; undated");
    }
    return b.append(")</span>").toString();
  }

  private void row(String who, String what, Estimate e) {
    double lo = e.distribution().lower();
    double hi = e.distribution().upper();
    out.append("<tr><td>")
        .append(who)
        .append("</td><td>")
        .append(esc(what))
        .append("</td><td class=\"n\">")
        .append(Names.number(e.nominal(), 2));
    if (e.isUncertain()) {
      out.append(" (")
          .append(Names.number(lo, 2))
          .append("–")
          .append(Names.number(hi, 2))
          .append(')');
    }
    out.append("</td><td>").append(basis(e.basis())).append("</td></tr>\n");
  }

  private String basis(dev.parley.core.model.Basis basis) {
    List<String> parts = new ArrayList<>();
    for (SourceId id : basis.sources()) {
      Optional<Source> source = scenario.source(id);
      parts.add(
          "<a href=\"#source-"
              + esc(id.value())
              + "\">"
              + esc(source.map(Source::title).orElse(id.value()))
              + "</a>");
    }
    for (String e : basis.evidence()) {
      parts.add("evidence <code>" + esc(e) + "</code>");
    }
    String cited = String.join("; ", parts);
    String note = basis.note() == null ? "" : esc(basis.note());
    if (basis.isAssumption()) {
      return "<span class=\"assumed\">judgement</span>" + (note.isEmpty() ? "" : ": " + note);
    }
    return cited + (note.isEmpty() ? "" : "<br />" + note);
  }

  private void footer() {
    out.append("<footer>\n<p>Made by Parley ")
        .append(esc(version))
        .append(" (Apache-2.0) from the scenario file <code>")
        .append(esc(report.name()))
        .append("</code>. The sources are cited, not reproduced; their texts remain their")
        .append(" publishers'. Charts drawn with JFreeChart (LGPL-2.1) and Apache Batik")
        .append(" (Apache-2.0); the PDF embeds DejaVu Sans (Bitstream Vera licence). Every number")
        .append(" comes from seeded runs: the same file and the same Parley give the same")
        .append(" report.</p>\n</footer>\n");
  }

  // ---------------------------------------------------------------- helpers

  private String asOf() {
    LocalDate d = scenario.asOf();
    return d == null ? "the scenario's date" : d.toString();
  }

  private String by(double days) {
    LocalDate d = scenario.asOf();
    return d == null ? "" : ", that is by " + d.plusDays((long) Math.floor(days));
  }

  private static String share(Proportion p) {
    return Names.percent(p.share())
        + " ± "
        + Names.percent(p.standardError())
        + " ("
        + Names.number(p.count())
        + " of "
        + Names.number(p.total())
        + " trials)";
  }

  private String packageText(BargainingProblem problem, Agreement a) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < problem.issueCount(); i++) {
      String issue = problem.issues().get(i);
      String option = problem.options(i).get(a.outcome().get(i));
      parts.add(
          names.issue(issue)
              + ": "
              + scenario.issue(IssueId.of(issue)).map(x -> label(x, option)).orElse(option));
    }
    return String.join("; ", parts);
  }

  /** Returns an option's label, or its id when it has none. */
  private static String label(Issue issue, String option) {
    return issue.option(option).map(o -> o.label().isBlank() ? o.id() : o.label()).orElse(option);
  }

  static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + name + " beside HtmlReport");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
