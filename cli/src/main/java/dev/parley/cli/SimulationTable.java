package dev.parley.cli;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.parley.app.Deadlocked;
import dev.parley.app.SimulateScenario;
import dev.parley.app.SimulationView;
import dev.parley.app.SimulationView.Concessions;
import dev.parley.app.SimulationView.Deal;
import dev.parley.app.SimulationView.IssueOptions;
import dev.parley.app.SimulationView.Party;
import dev.parley.app.SimulationView.Profile;
import dev.parley.app.SimulationView.Run;
import dev.parley.app.SimulationView.Session;
import dev.parley.app.SimulationView.Summary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Renders a simulation as aligned text for people: the first run in detail, then the batch. */
final class SimulationTable {
  private final StringBuilder out = new StringBuilder();
  private final SimulationView v;
  private final int partyWidth;

  private SimulationTable(SimulateScenario.Report report) {
    this.v = SimulationView.of(report);
    int width = "party".length();
    for (int j = 0; j < v.parties().size(); j++) {
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
    Party p = v.parties().get(party);
    return p.name().equals(p.id()) ? p.id() : p.name() + " (" + p.id() + ")";
  }

  private void header() {
    line("%s (%s)", v.title(), v.id());
    String protocol =
        switch (v.protocol()) {
          case "mediator" -> "single-text mediation";
          case "sessions" -> "sessions among subsets of parties";
          default -> "stacked alternating offers";
        };
    line(
        "Protocol: %s (%s); seed %d; %d run%s",
        protocol, v.protocol(), v.seed(), v.runs(), v.runs() == 1 ? "" : "s");
    line(
        "Clock: a round is one turn of %s days%s; a run is capped at %d rounds (%s days); the"
            + " order of moves is drawn per run",
        Days.of(v.roundDays()),
        v.asOf() == null ? "" : ", round 0 on " + v.asOf(),
        v.rounds(),
        Days.of(v.rounds() * v.roundDays()));
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
    for (int j = 0; j < v.parties().size(); j++) {
      Party p = v.parties().get(j);
      tableRow(
          row,
          name(j),
          p.agent(),
          fixed(p.patience()),
          fixed(p.patiencePerYear()),
          fixed(p.reservation()),
          fixed(p.best()),
          p.deadline() == null ? "-" : "round " + p.deadline(),
          horizon(j));
    }
    line("");
  }

  private String horizon(int j) {
    Party p = v.parties().get(j);
    double days = p.horizon() * v.roundDays();
    LocalDate asOf = v.asOf();
    String when =
        "day "
            + Days.of(Math.rint(days))
            + (asOf == null ? "" : " (" + Days.date(asOf, days) + ")");
    return switch (p.horizonKind()) {
      case PATIENCE -> when + ", by its patience";
      case DEADLINE -> when + ", its deadline";
      case CAP -> when + ", the cap: no discounting cost and no deadline";
    };
  }

  private void firstRun() {
    Run run = v.firstRun();
    LocalDate asOf = v.asOf();
    if (v.runCount() == 1) {
      line("THE RUN");
    } else {
      line("RUN 0 (of %d; every run is in --format json)", v.runCount());
    }
    switch (run.ending()) {
      case AGREEMENT ->
          line(
              "  Agreement on day %s%s, in round %d, on %s made in round %d",
              Days.of(run.agreedRound() * v.roundDays()),
              asOf == null ? "" : " (" + Days.date(asOf, run.agreedRound() * v.roundDays()) + ")",
              run.agreedRound(),
              switch (v.protocol()) {
                case "mediator" -> "the mediator's text";
                case "sessions" -> "the last part of the package";
                default -> "the offer";
              },
              run.offerRound());
      case IMPASSE ->
          line("  Impasse: %s walked away in round %d", name(run.walkedAway()), run.rounds() - 1);
      case DEADLINE ->
          line(
              "  No agreement by the cap (%d rounds, day %s)",
              run.rounds(), Days.of(run.rounds() * v.roundDays()));
    }
    line(
        "  Order of moves (drawn from the run's seed): %s",
        String.join(", ", run.order().stream().map(j -> partyId(j)).toList()));
    sessions(run);
    packages(run);
    concessions(run);
    line("");
  }

  private void sessions(Run run) {
    if (!v.protocol().equals("sessions")) {
      return;
    }
    for (int s = 0; s < run.sessions().size(); s++) {
      Session table = run.sessions().get(s);
      List<String> at = table.parties().stream().map(j -> partyId(j)).toList();
      List<String> on = table.issues().stream().map(i -> v.issues().get(i).id()).toList();
      line(
          "  Session %d from round %d: %s %s",
          s + 1,
          table.offset(),
          String.join(", ", at),
          table.vote() ? "vote on the whole package" : "on " + String.join(", ", on));
    }
    List<String> settled = new ArrayList<>();
    for (int i = 0; i < run.settled().size(); i++) {
      if (run.settled().get(i) >= 0) {
        settled.add(v.issues().get(i).id() + " = " + v.option(i, run.settled().get(i)));
      }
    }
    line("  Settled: %s", settled.isEmpty() ? "nothing" : String.join("; ", settled));
  }

  private void packages(Run run) {
    Optional<Deal> agreed = Optional.ofNullable(run.agreement());
    List<String> titles = List.of("agreement", "Nash", "Kalai-Smorodinsky");
    List<Optional<Deal>> bids =
        List.of(agreed, Optional.ofNullable(v.nash()), Optional.ofNullable(v.kalaiSmorodinsky()));
    int first = 22;
    for (IssueOptions issue : v.issues()) {
      first = Math.max(first, issue.id().length() + 2);
    }
    for (Party party : v.parties()) {
      first = Math.max(first, "utility: ".length() + party.id().length() + 2);
    }
    int width = 20;
    for (Optional<Deal> b : bids) {
      if (b.isPresent()) {
        for (int i = 0; i < v.issues().size(); i++) {
          width = Math.max(width, v.option(i, b.get().options().get(i)).length() + 2);
        }
      }
    }
    String row = "  %-" + first + "s" + ("%-" + width + "s").repeat(titles.size());
    List<Object> header = new ArrayList<>(List.of(""));
    header.addAll(titles);
    tableRow(row, header.toArray());
    for (int i = 0; i < v.issues().size(); i++) {
      final int issue = i;
      Object[] cells = new Object[titles.size() + 1];
      cells[0] = v.issues().get(i).id();
      for (int c = 0; c < titles.size(); c++) {
        cells[c + 1] = bids.get(c).map(b -> v.option(issue, b.options().get(issue))).orElse("-");
      }
      tableRow(row, cells);
    }
    for (int j = 0; j < v.parties().size(); j++) {
      final int party = j;
      Object[] cells = new Object[titles.size() + 1];
      cells[0] = "utility: " + partyId(j);
      for (int c = 0; c < titles.size(); c++) {
        cells[c + 1] = bids.get(c).map(b -> fixed(b.utilities().get(party))).orElse("-");
      }
      tableRow(row, cells);
    }
    List<String> payoffs = new ArrayList<>();
    for (int j = 0; j < v.parties().size(); j++) {
      payoffs.add(partyId(j) + " " + fixed(run.payoffs().get(j)));
    }
    line("  Payoffs, discounted by patience: %s", String.join(" · ", payoffs));
    List<String> distances = new ArrayList<>();
    if (v.nash() != null) {
      distances.add("Nash " + distance(run.distanceToNash()));
    }
    if (v.kalaiSmorodinsky() != null) {
      distances.add("Kalai-Smorodinsky " + distance(run.distanceToKalaiSmorodinsky()));
    }
    if (agreed.isPresent() && !distances.isEmpty()) {
      line("  Distance of the agreement (utility space): to %s", String.join(", to ", distances));
    }
    if (v.nash() == null) {
      line("  No package beats walking away for every party: no Nash or Kalai-Smorodinsky package");
    }
  }

  private void concessions(Run run) {
    List<SimulationView.Concession> all = run.concessions();
    line("  Concessions (how far below its best a party's demand fell, in its own utility):");
    for (SimulationView.Concession c : all) {
      tableRow(
          "    %-" + partyWidth + "s %s, first in round %s",
          name(c.party()),
          fixed(c.total()),
          c.firstRound() < 0
              ? "- (never)"
              : c.firstRound() + " (day " + Days.of(c.firstRound() * v.roundDays()) + ")");
    }
    SimulationView.Concession most = all.getFirst();
    for (SimulationView.Concession c : all) {
      if (c.total() > most.total()) {
        most = c;
      }
    }
    line("  Conceded most: %s", most.total() > 0 ? partyId(most.party()) : "nobody");
  }

  private void batch() {
    Summary s = v.summary();
    LocalDate asOf = v.asOf();
    line("OVER %d RUN%s (seed %d)", s.runs(), s.runs() == 1 ? "" : "S", v.seed());
    Deadlocked deadlock = v.deadlocked();
    if (deadlock != null) {
      line(
          "  DEADLOCKED: no whole package gives every party what walking away is worth%s; the"
              + " agents bargain over partial deals, which may leave issues %s (an open issue is"
              + " worth what walking away is worth)",
          deadlock.byRedLines()
              ? " (the red lines leave " + String.join(", ", deadlock.conflicts()) + " no option)"
              : "",
          SimulationView.OPEN);
    }
    if (deadlock != null) {
      line(
          "  P(agreement within %s days of %s) = 0 (p_agreement_within: deadlocked, no whole"
              + " package)",
          Days.of(s.horizonDays()), asOf == null ? "the start" : asOf.toString());
    }
    line(
        "  P(%sagreement within %s days of %s) = %s (%s: %d of %d runs agree by %s)",
        deadlock != null ? "a partial " : "",
        Days.of(s.horizonDays()),
        asOf == null ? "the start" : asOf.toString(),
        percent(s.pAgreementWithin()),
        deadlock != null ? "p_partial_agreement_within" : "p_agreement_within",
        s.agreementsWithin(),
        s.runs(),
        asOf == null ? "day " + Days.of(s.horizonDays()) : Days.date(asOf, s.horizonDays()));
    line(
        "  Zone of agreement at nominal values: %s (p_zone_exists %s; the runs do not sample the"
            + " scenario's ranges)",
        v.zoneExists() ? "yes" : "no", v.zoneExists() ? "1" : "0");
    line(
        "  Agreement before the cap (%d rounds, %s days) in %s of runs: %d agreements, %d"
            + " impasses, %d reached the cap",
        v.rounds(),
        Days.of(v.rounds() * v.roundDays()),
        percent(s.agreementRate()),
        s.agreements(),
        s.impasses(),
        s.deadlines());
    if (s.agreements() > 0) {
      SimulationView.Distribution d = s.agreementDays();
      line(
          "  Agreement day (after as_of): min %s, q1 %s, median %s, q3 %s, max %s; mean %s",
          Days.of(d.min()),
          Days.of(d.q1()),
          Days.of(d.median()),
          Days.of(d.q3()),
          Days.of(d.max()),
          Days.of(d.mean()));
      if (asOf != null) {
        line(
            "  Agreement date: earliest %s, median %s, latest %s",
            Days.date(asOf, d.min()), Days.date(asOf, d.median()), Days.date(asOf, d.max()));
      }
    }
    SimulationView.Distribution r = s.rounds();
    line(
        "  Rounds played: min %s, q1 %s, median %s, q3 %s, max %s; mean %s",
        plain(r.min()),
        plain(r.q1()),
        plain(r.median()),
        plain(r.q3()),
        plain(r.max()),
        String.format(Locale.ROOT, "%.1f", r.mean()));
    Double meanDistance = v.meanDistanceToNash();
    if (meanDistance != null) {
      line("  Mean distance of the agreements to the Nash package: %s", fixed(meanDistance));
    }
    Profile p = v.profile();
    List<String> utilities = new ArrayList<>();
    for (int j = 0; j < v.parties().size(); j++) {
      utilities.add(partyId(j) + " " + fixed(p.expectedUtility().get(j)));
    }
    line(
        "  Expected utility (the agreement's, or walking away's without one): %s",
        String.join(" · ", utilities));
    line(
        "  Who concedes first (the scenario's concession analysis, as parley uncertainty reports"
            + " it): %s",
        order(v.concession()));
    if (s.runs() > 1 && p.agreements() > 0) {
      line(
          "  Most frequent agreement: %d of %d agreements (%s)",
          p.modalCount(), p.agreements(), percent((double) p.modalCount() / p.agreements()));
      line("  Options agreed per issue (share of agreements, most frequent first):");
      int width = 0;
      for (IssueOptions issue : v.issues()) {
        width = Math.max(width, issue.id().length());
      }
      for (int i = 0; i < v.issues().size(); i++) {
        tableRow("    %-" + width + "s  %s", v.issues().get(i).id(), optionShares(p, i));
      }
    }
  }

  private void levers() {
    List<SimulationView.LeverRuns> levers = v.levers();
    if (levers.isEmpty()) {
      return;
    }
    Summary base = v.summary();
    line("");
    line(
        "LEVERS (each pulled alone; the same agents, protocol and seeds; %d run%s each)",
        base.runs(), base.runs() == 1 ? "" : "s");
    int variantWidth = "baseline".length();
    for (SimulationView.LeverRuns l : levers) {
      variantWidth = Math.max(variantWidth, l.id().length());
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
    for (Party party : v.parties()) {
      format.append(" %-").append(Math.max(party.id().length(), 6)).append('s');
      header.add(party.id());
    }
    String row = format.toString();
    tableRow(row, header.toArray());
    variantRow(row, "baseline", base, v.profile(), v.concession());
    for (SimulationView.LeverRuns l : levers) {
      Summary summary = l.summary();
      Profile profile = l.profile();
      Concessions concession = l.concession();
      if (summary == null || profile == null || concession == null) {
        tableRow(
            "  %-" + variantWidth + "s  not simulated: %s",
            l.id(),
            String.join("; ", l.errors()).replace('\n', ' '));
      } else {
        variantRow(row, l.id(), summary, profile, concession);
      }
    }
    line(
        "  (within: %s; by the cap: the agreement rate; median day: of the"
            + " agreements; concedes first: the concession analysis; per party: its expected"
            + " utility under the variant's own profiles)",
        v.deadlocked() != null
            ? "p_partial_agreement_within, the talks being deadlocked"
            : "p_agreement_within");
    if (v.profile().agreements() == 0) {
      return;
    }
    line(
        "  Option agreed most often per issue (share of agreements; * where it differs from the baseline):");
    List<String> titles = new ArrayList<>(List.of("baseline"));
    List<Profile> profiles = new ArrayList<>(List.of(v.profile()));
    for (SimulationView.LeverRuns l : levers) {
      Profile profile = l.profile();
      if (profile != null) {
        titles.add(l.id());
        profiles.add(profile);
      }
    }
    int first = "issue".length();
    for (IssueOptions issue : v.issues()) {
      first = Math.max(first, issue.id().length());
    }
    List<List<String>> cells = new ArrayList<>();
    int width = 0;
    for (int i = 0; i < v.issues().size(); i++) {
      List<String> r = new ArrayList<>();
      int baseline = v.profile().modalOptions().get(i);
      for (Profile p : profiles) {
        int o = p.modalOptions().get(i);
        String cell =
            o < 0
                ? "-"
                : (o != baseline ? "*" : "") + v.option(i, o) + " " + whole(p.modalShares().get(i));
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
    for (int i = 0; i < v.issues().size(); i++) {
      List<Object> r = new ArrayList<>(List.of(v.issues().get(i).id()));
      r.addAll(cells.get(i));
      tableRow(issueRow, r.toArray());
    }
  }

  private void variantRow(
      String row, String variant, Summary summary, Profile profile, Concessions concession) {
    List<Object> cells = new ArrayList<>();
    cells.add(variant);
    cells.add(percent(summary.pAgreementWithin()));
    cells.add(percent(summary.agreementRate()));
    cells.add(Days.of(summary.agreementDays().median()));
    String first = concession.first();
    cells.add(first == null ? "nobody" : first);
    for (double u : profile.expectedUtility()) {
      cells.add(fixed(u));
    }
    tableRow(row, cells.toArray());
  }

  private static String order(Concessions t) {
    return t.order().isEmpty() ? "nobody" : String.join(" < ", t.order());
  }

  private String optionShares(Profile p, int issue) {
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
      out.add(v.option(issue, o) + " " + percent((double) counts.get(o) / p.agreements()));
    }
    return String.join(", ", out);
  }

  private String partyId(int party) {
    return v.parties().get(party).id();
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
