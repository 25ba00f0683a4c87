package dev.parley.cli;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.parley.app.AnalysisView;
import dev.parley.app.AnalysisView.Bargain;
import dev.parley.app.AnalysisView.Deal;
import dev.parley.app.AnalysisView.Frontier;
import dev.parley.app.AnalysisView.Logroll;
import dev.parley.app.AnalysisView.Stalemate;
import dev.parley.app.AnalysisView.Zone;
import dev.parley.app.Demo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Renders a scenario's bargaining analysis as aligned text for people. */
final class AnalysisTable {
  private static final List<String> SHOWN = List.of("nash", "ks", "kalai", "max_welfare");
  private static final List<String> TITLES =
      List.of("Nash", "Kalai-Smorodinsky", "Egalitarian", "Max welfare");

  private final StringBuilder out = new StringBuilder();
  private final AnalysisView v;
  private final Bargain base;
  private final List<String> parties;
  private final List<String> issues;

  private AnalysisTable(AnalysisView view) {
    this.v = view;
    this.base = view.base();
    this.parties = view.parties().stream().map(AnalysisView.Party::id).toList();
    this.issues = view.issueNames();
  }

  /** Renders the demo's bargaining analysis at the nominal values. */
  static String demo(Demo.Result demo) {
    return render(AnalysisView.of(demo.report()));
  }

  /** Returns the report as text. */
  static String render(AnalysisView view) {
    AnalysisTable t = new AnalysisTable(view);
    t.header();
    t.zone();
    t.opening();
    t.solutions(view.deadlock());
    t.logrolls();
    t.rubinstein();
    t.levers();
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
    line("%s (%s)", v.title(), v.id());
    List<String> names = new ArrayList<>();
    for (AnalysisView.Party p : v.parties()) {
      names.add(p.name().equals(p.id()) ? p.id() : p.name() + " (" + p.id() + ")");
    }
    line("Parties: %s", String.join(", ", names));
    line(
        "Issues: %d; packages allowed by the red lines: %s",
        issues.size(), count(base.zone().total()));
    line("");
  }

  private void zone() {
    Zone r = base.zone();
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
    for (AnalysisView.Party p : v.parties()) {
      walk.add(p.id() + " " + fixed(p.walkAway()));
    }
    line("  Walking away is worth: %s", String.join(" · ", walk));
    Frontier f = v.frontier();
    if (f.complete()) {
      line(
          "  Pareto frontier: %,d distinct utility vectors (%,d packages); opposition level %s",
          f.size(),
          f.totalOutcomeCount(),
          Double.isNaN(v.opposition()) ? "n/a" : fixed(v.opposition()));
    } else {
      line("  Pareto frontier: not computed exactly - %s", Objects.requireNonNull(f.limit()));
    }
    line("");
  }

  private void opening() {
    Stalemate d = v.deadlock();
    if (!d.decided()) {
      line("DEADLOCK: undecided (the search for a package ran out of budget)");
      line("");
      return;
    }
    if (!d.deadlocked()) {
      return;
    }
    line("DEADLOCK: no package gives every party what walking away is worth");
    if (d.byRedLines()) {
      line(
          "  Cause: the red lines together leave %s no option",
          d.conflicts().size() == 1 ? "1 issue" : d.conflicts().size() + " issues");
      for (AnalysisView.Conflict c : d.conflicts()) {
        List<String> options = new ArrayList<>();
        for (AnalysisView.Forbidden f : c.options()) {
          options.add(f.option() + " (rejected by " + String.join(", ", f.by()) + ")");
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
      for (AnalysisView.Opening o : d.openings()) {
        List<String> changes = new ArrayList<>();
        for (AnalysisView.Relaxation r : o.changes()) {
          changes.add(
              r.actor()
                  + " accepts "
                  + r.option()
                  + " on "
                  + r.issue()
                  + (Double.isNaN(r.givesUp()) ? "" : " (gives up " + fixed(r.givesUp()) + ")"));
        }
        line("    %d. %s", rank++, String.join(" + ", changes));
        line("       then the Nash deal: %s", o.deal());
        line("       each party gets: %s", gains(o.utilities(), o.margins()));
      }
    } else if (d.byRedLines()) {
      line(
          "  No set of up to %d red-line relaxations opens it.",
          Math.min(d.conflicts().size() + 2, 99));
    }
    AnalysisView.Reservations reservations = v.reservations();
    if (reservations != null) {
      line("  Or lower walk-away values, each party alone (the others unchanged):");
      for (AnalysisView.Cut c : reservations.perParty()) {
        String party = parties.get(c.party());
        if (c.possible()) {
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
      line("    all together: lower every walk-away value by %s", fixed(reservations.uniformCut()));
    }
    AnalysisView.Partial p = d.partial();
    if (p != null) {
      List<String> settled = p.settled();
      List<String> open = p.open();
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
          String.join(", ", d.vetoPlayers()),
          d.blockingVetoPlayers().isEmpty()
              ? ""
              : "; the deadlock would lift without the consent of "
                  + String.join(" or ", d.blockingVetoPlayers())
                  + " alone");
    }
    line("");
  }

  private String gains(List<Double> utilities, List<Double> margins) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < utilities.size(); j++) {
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %s (%+.3f)",
              parties.get(j),
              fixed(utilities.get(j)),
              margins.get(j)));
    }
    return String.join(" · ", parts);
  }

  private void solutions(Stalemate deadlock) {
    line("SOLUTIONS (option on each issue; each party's utility)");
    List<Optional<Deal>> chosen = new ArrayList<>();
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
    for (AnalysisView.IssueOptions issue : v.issues()) {
      first = Math.max(first, issue.id().length() + 2);
    }
    for (String party : parties) {
      first = Math.max(first, "utility: ".length() + party.length() + 2);
    }
    int width = 18;
    for (Optional<Deal> a : chosen) {
      if (a.isPresent()) {
        for (int i = 0; i < issues.size(); i++) {
          width = Math.max(width, v.option(i, a.get().outcome().get(i)).length() + 2);
        }
      }
    }
    String rowFormat = "  %-" + first + "s" + ("%-" + width + "s").repeat(SHOWN.size());
    List<Object> titles = new ArrayList<>(List.of(""));
    titles.addAll(TITLES);
    tableRow(rowFormat, titles.toArray());
    for (int i = 0; i < issues.size(); i++) {
      Object[] cells = new Object[SHOWN.size() + 1];
      cells[0] = issues.get(i);
      for (int c = 0; c < SHOWN.size(); c++) {
        final int issue = i;
        cells[c + 1] = chosen.get(c).map(a -> v.option(issue, a.outcome().get(issue))).orElse("-");
      }
      tableRow(rowFormat, cells);
    }
    for (int j = 0; j < parties.size(); j++) {
      Object[] cells = new Object[SHOWN.size() + 1];
      cells[0] = "utility: " + parties.get(j);
      for (int c = 0; c < SHOWN.size(); c++) {
        final int party = j;
        cells[c + 1] =
            chosen
                .get(c)
                .map(a -> fixed(a.utilities().get(party)) + (a.rational().get(party) ? "" : " *"))
                .orElse("-");
      }
      tableRow(rowFormat, cells);
    }
    line(
        "  (- : no package every party prefers to walking away; * : below that party's walk-away value)");
    line("");
  }

  private void logrolls() {
    List<Logroll> all = new ArrayList<>(v.logrolls());
    all.sort((a, b) -> Double.compare(b.minimumGain(), a.minimumGain()));
    line("BEST LOGROLLS (from each pair's issue-by-issue compromise)");
    if (all.isEmpty() && v.logrollsUnsearched().isEmpty()) {
      line("  none: no pair can trade concessions to both parties' gain");
    } else if (all.isEmpty()) {
      line("  none found among the pairs of issues searched");
    }
    if (!v.logrollsUnsearched().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      for (AnalysisView.Unsearched u : v.logrollsUnsearched()) {
        pairs.add(
            String.format(
                Locale.ROOT,
                "%s × %s (%,d)",
                issues.get(u.first()),
                issues.get(u.second()),
                u.optionPairs()));
      }
      line(
          "  not searched, more than %,d option pairs: %s",
          v.maxOptionPairs(), String.join(", ", pairs));
    }
    for (Logroll l : all.subList(0, Math.min(8, all.size()))) {
      String a = parties.get(l.first());
      String b = parties.get(l.second());
      List<String> others = new ArrayList<>();
      for (int j = 0; j < parties.size(); j++) {
        if (j != l.first() && j != l.second()) {
          others.add(String.format(Locale.ROOT, "%s %+.3f", parties.get(j), l.effects().get(j)));
        }
      }
      line(
          "  %s yields on %s (%s -> %s), %s yields on %s (%s -> %s): %s %+.3f, %s %+.3f%s",
          a,
          issues.get(l.firstConcedes()),
          v.option(l.firstConcedes(), l.firstFrom()),
          v.option(l.firstConcedes(), l.firstTo()),
          b,
          issues.get(l.secondConcedes()),
          v.option(l.secondConcedes(), l.secondFrom()),
          v.option(l.secondConcedes(), l.secondTo()),
          a,
          l.firstGain(),
          b,
          l.secondGain(),
          others.isEmpty() ? "" : "; others: " + String.join(", ", others));
    }
    line("");
  }

  private void rubinstein() {
    if (v.splits().isEmpty()) {
      return;
    }
    line(
        "RUBINSTEIN SPLITS OF A SURPLUS (patience as discount factors per round of %s days)",
        Days.of(v.roundDays()));
    for (AnalysisView.Split s : v.splits()) {
      line(
          "  %s (%.3f) proposing to %s (%.3f): %s gets %s; as offers quicken, %s %s and %s %s",
          s.first(),
          s.firstDiscount(),
          s.second(),
          s.secondDiscount(),
          s.first(),
          fixed(s.firstShare()),
          s.first(),
          fixed(s.limitFirstShare()),
          s.second(),
          fixed(1 - s.limitFirstShare()));
    }
    line("");
  }

  private void levers() {
    if (v.levers().isEmpty()) {
      return;
    }
    line("LEVERS (each pulled alone; compared with the baseline)");
    line(
        "  %-28s %-12s %-34s %s",
        "lever",
        "zone share",
        "Nash utilities (" + String.join(", ", parties) + ")",
        "Nash package changes");
    leverRow("baseline", base, null);
    for (AnalysisView.Lever l : v.levers()) {
      leverRow(l.lever(), l.report(), base);
    }
    line("");
  }

  private void leverRow(String name, Bargain r, @Nullable Bargain baseline) {
    Optional<Deal> nash = r.agreement("nash");
    String utilities =
        nash.map(a -> String.join(" ", a.utilities().stream().map(AnalysisTable::fixed).toList()))
            .orElse("no agreement");
    String changes = "-";
    if (baseline != null) {
      Optional<Deal> before = baseline.agreement("nash");
      if (nash.isPresent() && before.isPresent()) {
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
          int o0 = before.get().outcome().get(i);
          int o1 = nash.get().outcome().get(i);
          if (o0 != o1) {
            diff.add(issues.get(i) + ": " + v.option(i, o0) + " -> " + v.option(i, o1));
          }
        }
        changes = diff.isEmpty() ? "same package" : String.join("; ", diff);
      } else if (nash.isPresent() != before.isPresent()) {
        changes = nash.isPresent() ? "opens a zone of agreement" : "closes the zone of agreement";
      }
    }
    tableRow(
        "  %-28s %-12s %-" + (6 * parties.size() + 2) + "s %s",
        name,
        percent(r.zone().fraction()),
        utilities,
        changes);
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
