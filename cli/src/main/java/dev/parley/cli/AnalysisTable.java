package dev.parley.cli;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.parley.app.Demo;
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
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Renders a scenario's bargaining analysis as aligned text for people. */
final class AnalysisTable {
  private static final List<String> SHOWN = List.of("nash", "ks", "kalai", "max_welfare");
  private static final List<String> TITLES =
      List.of("Nash", "Kalai-Smorodinsky", "Egalitarian", "Max welfare");

  private final StringBuilder out = new StringBuilder();
  private final Scenario scenario;
  private final BargainingReport base;
  private final BargainingProblem problem;

  private AnalysisTable(ScenarioBargaining.Report report) {
    this.scenario = report.scenario();
    this.base = report.base();
    this.problem = base.problem();
  }

  /** Renders the demo's bargaining analysis at the nominal values. */
  static String demo(Demo.Result demo) {
    return render(demo.report());
  }

  /** Returns the report as text. */
  static String render(ScenarioBargaining.Report report) {
    AnalysisTable t = new AnalysisTable(report);
    t.header();
    t.zone();
    t.opening(report);
    t.solutions(report.deadlock());
    t.logrolls();
    t.rubinstein(report);
    t.levers(report);
    return t.out.toString();
  }

  @FormatMethod
  private void line(@FormatString String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  // column widths are computed, so the layout cannot be a constant checked at compile time
  @SuppressWarnings("AnnotateFormatMethod")
  private void tableRow(String layout, Object... cells) {
    out.append(String.format(Locale.ROOT, layout, cells)).append('\n');
  }

  private void header() {
    line("%s (%s)", scenario.title(), scenario.id());
    List<String> parties = new ArrayList<>();
    for (String id : problem.parties()) {
      String name =
          scenario.actor(new dev.parley.core.model.ActorId(id)).map(a -> a.name()).orElse(id);
      parties.add(name.equals(id) ? id : name + " (" + id + ")");
    }
    line("Parties: %s", String.join(", ", parties));
    line(
        "Issues: %d; packages allowed by the red lines: %s",
        problem.issueCount(), count(base.rational().total()));
    line("");
  }

  private void zone() {
    RationalCount r = base.rational();
    line("ZONE OF POSSIBLE AGREEMENT");
    String share = percent(r.fraction());
    if (r.exact()) {
      line(
          "  Packages every party prefers to walking away: %s of %s (%s)%s",
          count(r.rational()), count(r.total()), share, r.isEmpty() ? " - the zone is EMPTY" : "");
    } else {
      line(
          "  Share of packages every party prefers to walking away: about %s (± %s, estimated from %,d samples)",
          share, percent(2 * r.standardError()), r.samples());
    }
    List<String> walk = new ArrayList<>();
    for (int j = 0; j < problem.partyCount(); j++) {
      walk.add(problem.parties().get(j) + " " + fixed(problem.disagreement(j)));
    }
    line("  Walking away is worth: %s", String.join(" · ", walk));
    ParetoFrontier f = base.frontier();
    if (f.isComplete()) {
      line(
          "  Pareto frontier: %,d distinct utility vectors (%,d packages); opposition level %s",
          f.size(),
          f.totalOutcomeCount(),
          Double.isNaN(base.opposition()) ? "n/a" : fixed(base.opposition()));
    } else {
      line("  Pareto frontier: not computed exactly - %s", f.limit().orElseThrow().describe());
    }
    line("");
  }

  private void opening(ScenarioBargaining.Report report) {
    Deadlock d = report.deadlock();
    if (!d.decided()) {
      line("DEADLOCK: undecided (the search for a package ran out of budget)");
      line("");
      return;
    }
    if (!d.deadlocked()) {
      return;
    }
    line("DEADLOCK: no package gives every party what walking away is worth");
    if (d.cause() == Deadlock.Cause.RED_LINES) {
      line(
          "  Cause: the red lines together leave %s no option",
          d.conflicts().size() == 1 ? "1 issue" : d.conflicts().size() + " issues");
      for (Deadlock.Conflict c : d.conflicts()) {
        List<String> options = new ArrayList<>();
        for (Deadlock.Forbidden f : c.options()) {
          options.add(
              display(c.issue(), f.option())
                  + " (rejected by "
                  + String.join(", ", f.by().stream().map(ActorId::value).toList())
                  + ")");
        }
        line("    %s: %s", c.issue(), String.join(" · ", options));
      }
    } else {
      line("  Cause: the red lines allow packages, but none beats walking away for every party");
    }
    if (!d.openings().isEmpty()) {
      line(
          "  Smallest relaxations that open it (every change needed; best deal for all first%s):",
          d.openingsComplete() ? "" : "; the search hit its limit, so others may exist");
      int rank = 1;
      for (Deadlock.Opening o : d.openings()) {
        List<String> changes = new ArrayList<>();
        for (Deadlock.Relaxation r : o.changes()) {
          changes.add(
              r.actor()
                  + " accepts "
                  + display(r.issue(), r.option())
                  + " on "
                  + r.issue()
                  + (Double.isNaN(r.givesUp()) ? "" : " (gives up " + fixed(r.givesUp()) + ")"));
        }
        line("    %d. %s", rank++, String.join(" + ", changes));
        line("       then the Nash deal: %s", packageText(o.outcome()));
        line("       each party gets: %s", gains(o.utilities(), o.margins()));
      }
    } else if (d.cause() == Deadlock.Cause.RED_LINES) {
      line(
          "  No set of up to %d red-line relaxations opens it.",
          Math.min(d.conflicts().size() + 2, 99));
    }
    if (base.opening() != null) {
      line("  Or lower walk-away values, each party alone (the others unchanged):");
      for (ReservationChange c : base.opening().perParty()) {
        String party = problem.parties().get(c.party());
        if (c.isPossible()) {
          line(
              "    %-14s from %s to %s (by %s)",
              party, fixed(c.current()), fixed(c.required()), fixed(c.decrease()));
        } else {
          line(
              "    %-14s cannot open it alone: the others' demands are incompatible among"
                  + " themselves",
              party);
        }
      }
      line(
          "    all together: lower every walk-away value by %s",
          fixed(base.opening().uniformCut()));
    }
    Optional<Deadlock.PartialDeal> partial = d.partial();
    if (partial.isPresent()) {
      Deadlock.PartialDeal p = partial.get();
      List<String> settled = new ArrayList<>();
      List<String> open = new ArrayList<>();
      for (int i = 0; i < p.outcome().size(); i++) {
        String issue = problem.issues().get(i);
        if (p.outcome().get(i).isPresent()) {
          settled.add(issue + " " + scenario.issues().get(i).display(p.outcome().get(i).get()));
        } else {
          open.add(issue);
        }
      }
      line(
          "  Best partial deal (open issues stay as they are; each is worth what walking away is"
              + " worth):");
      line(
          "    settles %s: %s",
          settled.size() == 1 ? "1 issue" : settled.size() + " issues",
          String.join(" · ", settled));
      line("    leaves open: %s", open.isEmpty() ? "nothing" : String.join(", ", open));
      line("    each party gets: %s", gains(p.utilities(), p.margins()));
    } else {
      line("  No partial deal beats walking away for every party either.");
    }
    if (!d.vetoPlayers().isEmpty()) {
      line(
          "  Veto players (members of a coalition that decides by unanimity): %s%s",
          String.join(", ", d.vetoPlayers().stream().map(ActorId::value).toList()),
          d.blockingVetoPlayers().isEmpty()
              ? ""
              : "; the deadlock would lift without the consent of "
                  + String.join(
                      " or ", d.blockingVetoPlayers().stream().map(ActorId::value).toList())
                  + " alone");
    }
    line("");
  }

  private String packageText(List<String> outcome) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < outcome.size(); i++) {
      parts.add(problem.issues().get(i) + " " + scenario.issues().get(i).display(outcome.get(i)));
    }
    return String.join(" · ", parts);
  }

  private String gains(List<Double> utilities, List<Double> margins) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < utilities.size(); j++) {
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %s (%+.3f)",
              problem.parties().get(j),
              fixed(utilities.get(j)),
              margins.get(j)));
    }
    return String.join(" · ", parts);
  }

  private void solutions(Deadlock deadlock) {
    line("SOLUTIONS (option on each issue; each party's utility)");
    List<Optional<Agreement>> chosen = new ArrayList<>();
    for (String concept : SHOWN) {
      chosen.add(base.agreement(concept));
    }
    if (chosen.stream().allMatch(Optional::isEmpty)) {
      line(
          deadlock.deadlocked()
              ? "  none: the talks are deadlocked (above)"
              : "  none: no complete frontier, or no package every party prefers to walking away");
      line("");
      return;
    }
    int first = 22;
    for (Issue issue : scenario.issues()) {
      first = Math.max(first, issue.id().value().length() + 2);
    }
    for (String party : problem.parties()) {
      first = Math.max(first, "utility: ".length() + party.length() + 2);
    }
    int width = 18;
    for (Optional<Agreement> a : chosen) {
      if (a.isPresent()) {
        for (int i = 0; i < problem.issueCount(); i++) {
          width = Math.max(width, option(i, a.get().outcome().get(i)).length() + 2);
        }
      }
    }
    String rowFormat = "  %-" + first + "s" + ("%-" + width + "s").repeat(SHOWN.size());
    List<Object> titles = new ArrayList<>(List.of(""));
    titles.addAll(TITLES);
    tableRow(rowFormat, titles.toArray());
    for (int i = 0; i < problem.issueCount(); i++) {
      Object[] cells = new Object[SHOWN.size() + 1];
      cells[0] = problem.issues().get(i);
      for (int c = 0; c < SHOWN.size(); c++) {
        final int issue = i;
        cells[c + 1] = chosen.get(c).map(a -> option(issue, a.outcome().get(issue))).orElse("-");
      }
      tableRow(rowFormat, cells);
    }
    for (int j = 0; j < problem.partyCount(); j++) {
      Object[] cells = new Object[SHOWN.size() + 1];
      cells[0] = "utility: " + problem.parties().get(j);
      for (int c = 0; c < SHOWN.size(); c++) {
        final int party = j;
        cells[c + 1] =
            chosen
                .get(c)
                .map(a -> fixed(a.utility(party)) + (rational(a, party) ? "" : " *"))
                .orElse("-");
      }
      tableRow(rowFormat, cells);
    }
    line(
        "  (- : no package every party prefers to walking away; * : below that party's walk-away value)");
    line("");
  }

  private boolean rational(Agreement a, int party) {
    return Ticks.of(a.utility(party)) >= Ticks.of(problem.disagreement(party));
  }

  private void logrolls() {
    List<Logroll> all = new ArrayList<>(base.logrolls());
    all.sort((a, b) -> Double.compare(b.minimumGain(), a.minimumGain()));
    line("BEST LOGROLLS (from each pair's issue-by-issue compromise)");
    if (all.isEmpty() && base.logrollsUnsearched().isEmpty()) {
      line("  none: no pair can trade concessions to both parties' gain");
    } else if (all.isEmpty()) {
      line("  none found among the pairs of issues searched");
    }
    if (!base.logrollsUnsearched().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      for (LogrollAnalysis.Unsearched u : base.logrollsUnsearched()) {
        pairs.add(
            String.format(
                Locale.ROOT,
                "%s × %s (%,d)",
                problem.issues().get(u.first()),
                problem.issues().get(u.second()),
                u.optionPairs()));
      }
      line(
          "  not searched, more than %,d option pairs: %s",
          LogrollAnalysis.MAX_OPTION_PAIRS, String.join(", ", pairs));
    }
    for (Logroll l : all.subList(0, Math.min(8, all.size()))) {
      String a = problem.parties().get(l.first());
      String b = problem.parties().get(l.second());
      List<String> others = new ArrayList<>();
      for (int j = 0; j < problem.partyCount(); j++) {
        if (j != l.first() && j != l.second()) {
          others.add(
              String.format(Locale.ROOT, "%s %+.3f", problem.parties().get(j), l.effects().get(j)));
        }
      }
      line(
          "  %s yields on %s (%s -> %s), %s yields on %s (%s -> %s): %s %+.3f, %s %+.3f%s",
          a,
          problem.issues().get(l.firstConcedes()),
          option(l.firstConcedes(), l.firstFrom()),
          option(l.firstConcedes(), l.firstTo()),
          b,
          problem.issues().get(l.secondConcedes()),
          option(l.secondConcedes(), l.secondFrom()),
          option(l.secondConcedes(), l.secondTo()),
          a,
          l.firstGain(),
          b,
          l.secondGain(),
          others.isEmpty() ? "" : "; others: " + String.join(", ", others));
    }
    line("");
  }

  private void rubinstein(ScenarioBargaining.Report report) {
    if (report.splits().isEmpty()) {
      return;
    }
    line(
        "RUBINSTEIN SPLITS OF A SURPLUS (patience as discount factors per round of %s days)",
        Days.of(report.scenario().roundDays()));
    for (ScenarioBargaining.PairSplit s : report.splits()) {
      line(
          "  %s (%.3f) proposing to %s (%.3f): %s gets %s; as offers quicken, %s %s and %s %s",
          s.first(),
          s.split().firstDiscount(),
          s.second(),
          s.split().secondDiscount(),
          s.first(),
          fixed(s.split().firstShare()),
          s.first(),
          fixed(s.split().limitFirstShare()),
          s.second(),
          fixed(1 - s.split().limitFirstShare()));
    }
    line("");
  }

  private void levers(ScenarioBargaining.Report report) {
    if (report.levers().isEmpty()) {
      return;
    }
    line("LEVERS (each pulled alone; compared with the baseline)");
    line(
        "  %-28s %-12s %-34s %s",
        "lever",
        "zone share",
        "Nash utilities (" + String.join(", ", problem.parties()) + ")",
        "Nash package changes");
    leverRow("baseline", base, null);
    for (ScenarioBargaining.LeverReport l : report.levers()) {
      leverRow(l.lever().value(), l.report(), base);
    }
    line("");
  }

  private void leverRow(String name, BargainingReport r, @Nullable BargainingReport baseline) {
    Optional<Agreement> nash = r.agreement("nash");
    String utilities =
        nash.map(a -> String.join(" ", a.utilities().stream().map(AnalysisTable::fixed).toList()))
            .orElse("no agreement");
    String changes = "-";
    if (baseline != null) {
      Optional<Agreement> before = baseline.agreement("nash");
      if (nash.isPresent() && before.isPresent()) {
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < problem.issueCount(); i++) {
          int o0 = before.get().outcome().get(i);
          int o1 = nash.get().outcome().get(i);
          if (o0 != o1) {
            diff.add(problem.issues().get(i) + ": " + option(i, o0) + " -> " + option(i, o1));
          }
        }
        changes = diff.isEmpty() ? "same package" : String.join("; ", diff);
      } else if (nash.isPresent() != before.isPresent()) {
        changes = nash.isPresent() ? "opens a zone of agreement" : "closes the zone of agreement";
      }
    }
    tableRow(
        "  %-28s %-12s %-" + (6 * problem.partyCount() + 2) + "s %s",
        name,
        percent(r.rational().fraction()),
        utilities,
        changes);
  }

  private String display(dev.parley.core.model.IssueId issue, String option) {
    return scenario.issue(issue).map(i -> i.display(option)).orElse(option);
  }

  private String option(int issue, int option) {
    return scenario.issues().get(issue).display(option);
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * share);
  }

  private static String count(BigInteger n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
