package dev.parley.cli;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.parley.app.SimulateScenario;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.PartialDeals;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.simulate.AgreementProfile;
import dev.parley.core.simulate.Bid;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.SessionTable;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.SimulationSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Renders a simulation as aligned text for people: the first run in detail, then the batch. */
final class SimulationTable {
  private final StringBuilder out = new StringBuilder();
  private final SimulateScenario.Report report;
  private final Scenario scenario;
  private final Negotiation n;
  private final int partyWidth;

  private SimulationTable(SimulateScenario.Report report) {
    this.report = report;
    this.scenario = report.scenario();
    this.n = report.negotiation();
    int width = "party".length();
    for (int j = 0; j < n.partyCount(); j++) {
      width = Math.max(width, name(j).length());
    }
    this.partyWidth = width;
  }

  /** Returns what the runs of a simulation show and each lever beside them, without run 0. */
  static String renderBatch(SimulateScenario.Report report) {
    SimulationTable t = new SimulationTable(report);
    t.batch();
    t.levers();
    return t.out.toString();
  }

  /** Returns the simulation as text. */
  static String render(SimulateScenario.Report report) {
    SimulationTable t = new SimulationTable(report);
    t.header();
    t.firstRun();
    t.batch();
    t.levers();
    return t.out.toString();
  }

  @FormatMethod
  private void line(@FormatString String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
  }

  // column widths are computed, so the layout cannot be a constant checked at compile time
  @SuppressWarnings("AnnotateFormatMethod")
  private void tableRow(String layout, Object... cells) {
    out.append(String.format(Locale.ROOT, layout, cells).stripTrailing()).append('\n');
  }

  private String name(int party) {
    String id = n.parties().get(party);
    String name = scenario.actor(new ActorId(id)).map(a -> a.name()).orElse(id);
    return name.equals(id) ? id : name + " (" + id + ")";
  }

  private void header() {
    SimulateScenario.Settings s = report.settings();
    line("%s (%s)", scenario.title(), scenario.id());
    String protocol =
        switch (report.simulation().protocol().name()) {
          case "mediator" -> "single-text mediation";
          case "sessions" -> "sessions among subsets of parties";
          default -> "stacked alternating offers";
        };
    line(
        "Protocol: %s (%s); seed %d; %d run%s",
        protocol,
        report.simulation().protocol().name(),
        s.seed(),
        s.runs(),
        s.runs() == 1 ? "" : "s");
    line(
        "Clock: a round is one turn of %s days%s; a run is capped at %d rounds (%s days); the"
            + " order of moves is drawn per run",
        Days.of(scenario.roundDays()),
        scenario.asOf() == null ? "" : ", round 0 on " + scenario.asOf(),
        s.rounds(),
        Days.of(s.rounds() * scenario.roundDays()));
    line("");
    line("PARTIES");
    String row = "  %-" + partyWidth + "s %-12s %8s %8s %12s %9s %14s  %s";
    tableRow(
        row,
        "party",
        "agent",
        "δ/round",
        "δ/year",
        "reservation",
        "best",
        "own deadline",
        "concedes to its floor by (scenario agent)");
    for (int j = 0; j < n.partyCount(); j++) {
      tableRow(
          row,
          name(j),
          report.simulation().agents().get(j).name(),
          fixed(n.patience(j)),
          fixed(n.clock().perYear(n.patience(j), DiscountPeriod.ROUND)),
          fixed(n.reservation(j)),
          fixed(n.best(j)),
          n.partyDeadline(j) == Negotiation.NO_DEADLINE ? "-" : "round " + n.partyDeadline(j),
          horizon(j));
    }
    line("");
  }

  private String horizon(int j) {
    double days = n.horizon(j) * scenario.roundDays();
    String when =
        "day "
            + Days.of(Math.rint(days))
            + (scenario.asOf() == null ? "" : " (" + Days.date(scenario.asOf(), days) + ")");
    return switch (n.horizonKind(j)) {
      case PATIENCE -> when + ", by its patience";
      case DEADLINE -> when + ", its deadline";
      case CAP -> when + ", the cap: no discounting cost and no deadline";
    };
  }

  private void firstRun() {
    SimulationRun run = report.runs().getFirst();
    Outcome o = run.outcome();
    if (report.runs().size() == 1) {
      line("THE RUN");
    } else {
      line("RUN 0 (of %d; every run is in --format json)", report.runs().size());
    }
    switch (o) {
      case Outcome.Agreement a ->
          line(
              "  Agreement on day %s%s, in round %d, on %s made in round %d",
              Days.of(a.agreedRound() * scenario.roundDays()),
              scenario.asOf() == null
                  ? ""
                  : " (" + Days.date(scenario.asOf(), a.agreedRound() * scenario.roundDays()) + ")",
              a.agreedRound(),
              switch (report.simulation().protocol().name()) {
                case "mediator" -> "the mediator's text";
                case "sessions" -> "the last part of the package";
                default -> "the offer";
              },
              a.offerRound());
      case Outcome.Impasse i ->
          line("  Impasse: %s walked away in round %d", name(i.party()), i.rounds() - 1);
      case Outcome.Deadline d ->
          line(
              "  No agreement by the cap (%d rounds, day %s)",
              d.rounds(), Days.of(d.rounds() * scenario.roundDays()));
    }
    line(
        "  Order of moves (drawn from the run's seed): %s",
        String.join(", ", run.order().stream().map(j -> n.parties().get(j)).toList()));
    sessions(run);
    packages(run);
    concessions(run);
    line("");
  }

  private void sessions(SimulationRun run) {
    if (!report.simulation().protocol().name().equals("sessions")) {
      return;
    }
    for (int s = 0; s < run.tables().size(); s++) {
      SessionTable table = run.tables().get(s);
      List<String> at = table.parties().stream().map(j -> n.parties().get(j)).toList();
      List<String> on =
          table.issues().stream().map(i -> scenario.issues().get(i).id().value()).toList();
      line(
          "  Session %d from round %d: %s %s",
          s + 1,
          table.offset(),
          String.join(", ", at),
          table.isVote() ? "vote on the whole package" : "on " + String.join(", ", on));
    }
    List<String> settled = new ArrayList<>();
    for (int i = 0; i < run.settled().size(); i++) {
      if (run.settled().get(i) >= 0) {
        settled.add(
            scenario.issues().get(i).id().value() + " = " + option(i, run.settled().get(i)));
      }
    }
    line("  Settled: %s", settled.isEmpty() ? "nothing" : String.join("; ", settled));
  }

  private void packages(SimulationRun run) {
    Optional<Bid> agreed =
        run.outcome() instanceof Outcome.Agreement a ? Optional.of(a.bid()) : Optional.empty();
    List<String> titles = List.of("agreement", "Nash", "Kalai-Smorodinsky");
    List<Optional<Bid>> bids = List.of(agreed, n.nash(), n.kalaiSmorodinsky());
    int first = 22;
    for (Issue issue : scenario.issues()) {
      first = Math.max(first, issue.id().value().length() + 2);
    }
    for (String party : n.parties()) {
      first = Math.max(first, "utility: ".length() + party.length() + 2);
    }
    int width = 20;
    for (Optional<Bid> b : bids) {
      if (b.isPresent()) {
        for (int i = 0; i < scenario.issues().size(); i++) {
          width = Math.max(width, option(i, b.get().option(i)).length() + 2);
        }
      }
    }
    String row = "  %-" + first + "s" + ("%-" + width + "s").repeat(titles.size());
    List<Object> header = new ArrayList<>(List.of(""));
    header.addAll(titles);
    tableRow(row, header.toArray());
    for (int i = 0; i < scenario.issues().size(); i++) {
      final int issue = i;
      Object[] cells = new Object[titles.size() + 1];
      cells[0] = scenario.issues().get(i).id().value();
      for (int c = 0; c < titles.size(); c++) {
        cells[c + 1] = bids.get(c).map(b -> option(issue, b.option(issue))).orElse("-");
      }
      tableRow(row, cells);
    }
    for (int j = 0; j < n.partyCount(); j++) {
      final int party = j;
      Object[] cells = new Object[titles.size() + 1];
      cells[0] = "utility: " + n.parties().get(j);
      for (int c = 0; c < titles.size(); c++) {
        cells[c + 1] = bids.get(c).map(b -> fixed(b.utility(party))).orElse("-");
      }
      tableRow(row, cells);
    }
    List<String> payoffs = new ArrayList<>();
    for (int j = 0; j < n.partyCount(); j++) {
      payoffs.add(n.parties().get(j) + " " + fixed(run.outcome().payoffs().get(j)));
    }
    line("  Payoffs, discounted by patience: %s", String.join(" · ", payoffs));
    List<String> distances = new ArrayList<>();
    n.nash().ifPresent(b -> distances.add("Nash " + distance(run.distanceTo(b))));
    n.kalaiSmorodinsky()
        .ifPresent(b -> distances.add("Kalai-Smorodinsky " + distance(run.distanceTo(b))));
    if (agreed.isPresent() && !distances.isEmpty()) {
      line("  Distance of the agreement (utility space): to %s", String.join(", to ", distances));
    }
    if (n.nash().isEmpty()) {
      line("  No package beats walking away for every party: no Nash or Kalai-Smorodinsky package");
    }
  }

  private void concessions(SimulationRun run) {
    List<SimulationRun.Concession> all = run.concessions(n.partyCount());
    line("  Concessions (how far below its best a party's demand fell, in its own utility):");
    for (SimulationRun.Concession c : all) {
      tableRow(
          "    %-" + partyWidth + "s %s, first in round %s",
          name(c.party()),
          fixed(c.total()),
          c.firstRound() < 0
              ? "- (never)"
              : c.firstRound() + " (day " + Days.of(c.firstRound() * scenario.roundDays()) + ")");
    }
    SimulationRun.Concession most = all.getFirst();
    for (SimulationRun.Concession c : all) {
      if (c.total() > most.total()) {
        most = c;
      }
    }
    line("  Conceded most: %s", most.total() > 0 ? n.parties().get(most.party()) : "nobody");
  }

  private void batch() {
    SimulationSummary s = report.summary();
    line("OVER %d RUN%s (seed %d)", s.runs(), s.runs() == 1 ? "" : "S", report.settings().seed());
    Deadlock deadlock = report.deadlock();
    if (deadlock.deadlocked()) {
      line(
          "  DEADLOCKED: no whole package gives every party what walking away is worth%s; the"
              + " agents bargain over partial deals, which may leave issues %s (an open issue is"
              + " worth what walking away is worth)",
          deadlock.cause() == Deadlock.Cause.RED_LINES
              ? " (the red lines leave "
                  + String.join(
                      ", ", deadlock.conflicts().stream().map(c -> c.issue().value()).toList())
                  + " no option)"
              : "",
          PartialDeals.OPEN);
    }
    if (deadlock.deadlocked()) {
      line(
          "  P(agreement within %s days of %s) = 0 (p_agreement_within: deadlocked, no whole"
              + " package)",
          Days.of(s.horizonDays()),
          scenario.asOf() == null ? "the start" : scenario.asOf().toString());
    }
    line(
        "  P(%sagreement within %s days of %s) = %s (%s: %d of %d runs agree by %s)",
        deadlock.deadlocked() ? "a partial " : "",
        Days.of(s.horizonDays()),
        scenario.asOf() == null ? "the start" : scenario.asOf().toString(),
        percent(s.pAgreementWithin()),
        deadlock.deadlocked() ? "p_partial_agreement_within" : "p_agreement_within",
        s.agreementsWithin(),
        s.runs(),
        scenario.asOf() == null
            ? "day " + Days.of(s.horizonDays())
            : Days.date(scenario.asOf(), s.horizonDays()));
    line(
        "  Zone of agreement at nominal values: %s (p_zone_exists %s; the runs do not sample the"
            + " scenario's ranges)",
        report.zoneExists() ? "yes" : "no", report.zoneExists() ? "1" : "0");
    line(
        "  Agreement before the cap (%d rounds, %s days) in %s of runs: %d agreements, %d"
            + " impasses, %d reached the cap",
        report.settings().rounds(),
        Days.of(report.settings().rounds() * scenario.roundDays()),
        percent(s.agreementRate()),
        s.agreements(),
        s.impasses(),
        s.deadlines());
    if (s.agreements() > 0) {
      SimulationSummary.Distribution d = s.agreementDays();
      line(
          "  Agreement day (after as_of): min %s, q1 %s, median %s, q3 %s, max %s; mean %s",
          Days.of(d.min()),
          Days.of(d.q1()),
          Days.of(d.median()),
          Days.of(d.q3()),
          Days.of(d.max()),
          Days.of(d.mean()));
      if (scenario.asOf() != null) {
        line(
            "  Agreement date: earliest %s, median %s, latest %s",
            Days.date(scenario.asOf(), d.min()),
            Days.date(scenario.asOf(), d.median()),
            Days.date(scenario.asOf(), d.max()));
      }
    }
    SimulationSummary.Distribution r = s.rounds();
    line(
        "  Rounds played: min %s, q1 %s, median %s, q3 %s, max %s; mean %s",
        plain(r.min()),
        plain(r.q1()),
        plain(r.median()),
        plain(r.q3()),
        plain(r.max()),
        String.format(Locale.ROOT, "%.1f", r.mean()));
    n.nash()
        .ifPresent(
            b -> {
              double sum = 0;
              int count = 0;
              for (SimulationRun run : report.runs()) {
                OptionalDouble d = run.distanceTo(b);
                if (d.isPresent()) {
                  sum += d.getAsDouble();
                  count++;
                }
              }
              if (count > 0) {
                line(
                    "  Mean distance of the agreements to the Nash package: %s",
                    fixed(sum / count));
              }
            });
    AgreementProfile p = report.profile();
    List<String> utilities = new ArrayList<>();
    for (int j = 0; j < n.partyCount(); j++) {
      utilities.add(n.parties().get(j) + " " + fixed(p.expectedUtility().get(j)));
    }
    line(
        "  Expected utility (the agreement's, or walking away's without one): %s",
        String.join(" · ", utilities));
    line(
        "  Who concedes first (the scenario's concession analysis, as parley uncertainty reports"
            + " it): %s",
        order(report.concession()));
    if (s.runs() > 1 && p.agreements() > 0) {
      line(
          "  Most frequent agreement: %d of %d agreements (%s)",
          p.modalCount(), p.agreements(), percent((double) p.modalCount() / p.agreements()));
      line("  Options agreed per issue (share of agreements, most frequent first):");
      int width = 0;
      for (Issue issue : scenario.issues()) {
        width = Math.max(width, issue.id().value().length());
      }
      for (int i = 0; i < scenario.issues().size(); i++) {
        tableRow(
            "    %-" + width + "s  %s", scenario.issues().get(i).id().value(), optionShares(p, i));
      }
    }
  }

  private void levers() {
    List<SimulateScenario.LeverBatch> levers = report.levers();
    if (levers.isEmpty()) {
      return;
    }
    SimulationSummary base = report.summary();
    line("");
    line(
        "LEVERS (each pulled alone; the same agents, protocol and seeds; %d run%s each)",
        base.runs(), base.runs() == 1 ? "" : "s");
    int variantWidth = "baseline".length();
    for (SimulateScenario.LeverBatch l : levers) {
      variantWidth = Math.max(variantWidth, l.lever().id().value().length());
    }
    StringBuilder format = new StringBuilder("  %-" + variantWidth + "s  %-12s %-11s %-11s %-16s");
    List<Object> header =
        new ArrayList<>(
            List.of(
                "variant",
                "within " + Days.of(base.horizonDays()) + "d",
                "by the cap",
                "median day",
                "concedes first"));
    for (String party : n.parties()) {
      format.append(" %-").append(Math.max(party.length(), 6)).append('s');
      header.add(party);
    }
    String row = format.toString();
    tableRow(row, header.toArray());
    variantRow(row, "baseline", base, report.profile(), report.concession());
    for (SimulateScenario.LeverBatch l : levers) {
      if (l.summary() == null || l.profile() == null || l.concession() == null) {
        tableRow(
            "  %-" + variantWidth + "s  not simulated: %s",
            l.lever().id().value(),
            String.join("; ", l.errors()).replace('\n', ' '));
      } else {
        variantRow(row, l.lever().id().value(), l.summary(), l.profile(), l.concession());
      }
    }
    line(
        "  (within: %s; by the cap: the agreement rate; median day: of the"
            + " agreements; concedes first: the concession analysis; per party: its expected"
            + " utility under the variant's own profiles)",
        report.deadlock().deadlocked()
            ? "p_partial_agreement_within, the talks being deadlocked"
            : "p_agreement_within");
    if (report.profile().agreements() == 0) {
      return;
    }
    line(
        "  Option agreed most often per issue (share of agreements; * where it differs from the baseline):");
    List<String> titles = new ArrayList<>(List.of("baseline"));
    List<AgreementProfile> profiles = new ArrayList<>(List.of(report.profile()));
    for (SimulateScenario.LeverBatch l : levers) {
      if (l.profile() != null) {
        titles.add(l.lever().id().value());
        profiles.add(l.profile());
      }
    }
    int first = "issue".length();
    for (Issue issue : scenario.issues()) {
      first = Math.max(first, issue.id().value().length());
    }
    List<List<String>> cells = new ArrayList<>();
    int width = 0;
    for (int i = 0; i < scenario.issues().size(); i++) {
      List<String> r = new ArrayList<>();
      int baseline = report.profile().modalOption(i);
      for (AgreementProfile p : profiles) {
        int o = p.modalOption(i);
        String cell =
            o < 0 ? "-" : (o != baseline ? "*" : "") + option(i, o) + " " + whole(p.modalShare(i));
        r.add(cell);
        width = Math.max(width, cell.length());
      }
      cells.add(r);
    }
    for (String t : titles) {
      width = Math.max(width, t.length());
    }
    String issueRow = "    %-" + first + "s" + ("  %-" + width + "s").repeat(titles.size());
    List<Object> h = new ArrayList<>(List.of("issue"));
    h.addAll(titles);
    tableRow(issueRow, h.toArray());
    for (int i = 0; i < scenario.issues().size(); i++) {
      List<Object> r = new ArrayList<>(List.of(scenario.issues().get(i).id().value()));
      r.addAll(cells.get(i));
      tableRow(issueRow, r.toArray());
    }
  }

  private void variantRow(
      String row,
      String variant,
      SimulationSummary summary,
      AgreementProfile profile,
      ConcessionTimeline concession) {
    List<Object> cells = new ArrayList<>();
    cells.add(variant);
    cells.add(percent(summary.pAgreementWithin()));
    cells.add(percent(summary.agreementRate()));
    cells.add(Days.of(summary.agreementDays().median()));
    cells.add(concession.firstToConcede().orElse("nobody"));
    for (double u : profile.expectedUtility()) {
      cells.add(fixed(u));
    }
    tableRow(row, cells.toArray());
  }

  private static String order(ConcessionTimeline t) {
    return t.concessionOrder().isEmpty() ? "nobody" : String.join(" < ", t.concessionOrder());
  }

  private String optionShares(AgreementProfile p, int issue) {
    List<Integer> counts = p.optionCounts().get(issue);
    List<Integer> order = new ArrayList<>();
    for (int o = 0; o < counts.size(); o++) {
      if (counts.get(o) > 0) {
        order.add(o);
      }
    }
    order.sort(Comparator.comparingInt((Integer o) -> -counts.get(o)).thenComparing(o -> o));
    List<String> out = new ArrayList<>();
    for (int o : order) {
      out.add(option(issue, o) + " " + percent((double) counts.get(o) / p.agreements()));
    }
    return String.join(", ", out);
  }

  private String option(int issue, int option) {
    Issue i = scenario.issues().get(issue);
    return option < i.options().size() ? i.display(option) : PartialDeals.OPEN;
  }

  private static String distance(OptionalDouble d) {
    return d.isPresent() ? fixed(d.getAsDouble()) : "-";
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String whole(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
