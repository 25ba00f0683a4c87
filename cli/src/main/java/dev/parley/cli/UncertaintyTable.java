package dev.parley.cli;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.parley.app.Deadlocked;
import dev.parley.app.Demo;
import dev.parley.app.UncertaintyView;
import dev.parley.app.UncertaintyView.Bargaining;
import dev.parley.app.UncertaintyView.Difference;
import dev.parley.app.UncertaintyView.Drift;
import dev.parley.app.UncertaintyView.Forecast;
import dev.parley.app.UncertaintyView.IssueOutcome;
import dev.parley.app.UncertaintyView.IssueView;
import dev.parley.app.UncertaintyView.OptionShare;
import dev.parley.app.UncertaintyView.PackageShare;
import dev.parley.app.UncertaintyView.PartyTiming;
import dev.parley.app.UncertaintyView.RoundState;
import dev.parley.app.UncertaintyView.Share;
import dev.parley.app.UncertaintyView.Simulated;
import dev.parley.app.UncertaintyView.Sobol;
import dev.parley.app.UncertaintyView.Summary;
import dev.parley.app.UncertaintyView.Timeline;
import dev.parley.app.UncertaintyView.Tornado;
import dev.parley.app.UncertaintyView.Trials;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Renders the report of {@code parley uncertainty} as aligned text for people. */
final class UncertaintyTable {
  private static final int DRIVERS = 3;
  private static final int SHARES = 3;

  private final StringBuilder out = new StringBuilder();
  private final UncertaintyView report;
  private final Trials base;
  private final @Nullable Simulated separate;

  private UncertaintyTable(UncertaintyView report) {
    this.report = report;
    this.base = report.base();
    this.separate = report.separate();
  }

  /** Renders the demo's forecasts under uncertainty with its simulated trials' agreement times. */
  static String demo(Demo.Result demo) {
    return render(UncertaintyView.of(demo.forecasts(), demo.agreementWithin()));
  }

  /**
   * Returns the view as text, with {@code p_agreement_within} from a separate run of simulated
   * trials when the report's own trials did not simulate and the view carries one.
   */
  static String render(UncertaintyView report) {
    UncertaintyTable t = new UncertaintyTable(report);
    t.header();
    t.forecasts();
    t.probabilities();
    t.bargaining();
    t.levers();
    t.sensitivity();
    t.time();
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

  private void header() {
    line("%s (%s)", report.title(), report.id());
    if (report.certain()) {
      line(
          "Monte Carlo: nothing in the scenario is uncertain: 1 trial instead of %,d (every trial"
              + " would give the same numbers), seed %d; none of the %d numbers in the profiles is"
              + " uncertain",
          report.trialsAsked(), base.seed(), base.parameters());
    } else {
      line(
          "Monte Carlo: %,d trials per variant, seed %d; %d of the %d numbers in the profiles are"
              + " uncertain",
          base.trials(), base.seed(), base.uncertain(), base.parameters());
    }
    line("Parties: %s", String.join(", ", report.parties()));
    Deadlocked d = report.deadlocked();
    if (d != null) {
      line(
          "DEADLOCK at nominal values: no package gives every party what walking away is worth%s;"
              + " parley analyze shows the smallest relaxations that would open it",
          d.byRedLines()
              ? " (the red lines leave " + String.join(", ", d.conflicts()) + " no option)"
              : "");
    }
    line("");
  }

  private void forecasts() {
    line(
        "FORECASTS (0-100 scale: nominal; mean ± standard error; 5%%-95%% and 25%%-75%% of trials)");
    for (IssueView issue : report.issues()) {
      String min = issue.numericMin();
      String max = issue.numericMax();
      if (min != null && max != null) {
        line("  %s is numeric: positions 0 to 100 stand for %s to %s", issue.id(), min, max);
      }
    }
    int width = 12;
    for (IssueView issue : report.issues()) {
      width = Math.max(width, issue.id().length() + 2);
    }
    String row = "    %-" + width + "s %8s  %-16s %-14s %-14s %s";
    List<String> outputs = report.outputs();
    List<Double> nominal = report.nominal();
    for (Forecast f : base.forecasts()) {
      line("  %s", f.model());
      tableRow(
          row,
          "issue",
          "nominal",
          "mean ± se",
          "5%-95%",
          "25%-75%",
          "option no red line forbids (share of trials)");
      for (IssueOutcome o : f.issues()) {
        Summary s = o.outcome();
        int column = outputs.indexOf(f.analysis() + "/" + o.issue());
        tableRow(
            row,
            o.issue(),
            fixed(column < 0 ? Double.NaN : nominal.get(column), 2),
            fixed(s.mean(), 2) + " ± " + fixed(s.standardError(), 2),
            fixed(s.q05(), 1) + "-" + fixed(s.q95(), 1),
            fixed(s.q25(), 1) + "-" + fixed(s.q75(), 1),
            nearest(o));
      }
      long defined = f.issues().isEmpty() ? base.trials() : f.issues().getFirst().outcome().n();
      if (defined < base.trials()) {
        line(
            "    an outcome in %,d of %,d trials (%s); the figures above are over those trials",
            defined, base.trials(), percent((double) defined / base.trials()));
      }
    }
    line("");
  }

  /**
   * Returns the options the trials land on, as {@code parley forecast} places a forecast: the
   * nearest option no red line forbids, and how often the raw forecast lies nearest a forbidden
   * option, with whose red lines.
   */
  private String nearest(IssueOutcome o) {
    double forbidden = o.forbiddenShare();
    if (!(forbidden > 0)) {
      return shares(o.issue(), o.nearest());
    }
    List<String> broken = new ArrayList<>();
    for (OptionShare s : o.nearest()) {
      if (!s.forbiddenBy().isEmpty() && s.share().count() > 0) {
        broken.add(
            display(o.issue(), s.option())
                + " "
                + percent(s.share().share())
                + " rejected by "
                + String.join(", ", s.forbiddenBy()));
      }
    }
    return (o.allowed().isEmpty() ? "(no option allowed)" : shares(o.issue(), o.allowed()))
        + "  * nearest: "
        + String.join(", ", broken);
  }

  private String display(String issue, String option) {
    return report.display(issue, option);
  }

  private String shares(String issue, List<OptionShare> of) {
    List<OptionShare> shares = new ArrayList<>(of);
    shares.removeIf(s -> s.share().count() == 0);
    shares.sort(Comparator.comparingLong((OptionShare s) -> s.share().count()).reversed());
    List<String> parts = new ArrayList<>();
    for (OptionShare s : shares.subList(0, Math.min(SHARES, shares.size()))) {
      parts.add(display(issue, s.option()) + " " + percent(s.share().share()));
    }
    if (shares.size() > SHARES) {
      parts.add("...");
    }
    return String.join(", ", parts);
  }

  private String asOf() {
    LocalDate asOf = report.asOf();
    return asOf == null ? "as_of" : asOf.toString();
  }

  /** The probabilities, each with its event and horizon. */
  private void probabilities() {
    line("PROBABILITIES (each names its event and horizon)");
    if (report.dealOutput() == null) {
      line("  p_zone_exists: not computed (--no-bargaining)");
    } else {
      Bargaining b = base.bargaining().get(0);
      int dealColumn = report.outputs().indexOf(report.dealOutput());
      boolean nominalZone = report.nominal().get(dealColumn) == 1.0;
      line(
          "  P(a zone of agreement exists at %s) = %s (p_zone_exists: %,d of %,d trials have a"
              + " package every party weakly prefers to walking away; no horizon); at nominal"
              + " values: %s",
          asOf(),
          proportion(b.deal()),
          b.deal().count(),
          b.deal().total(),
          nominalZone ? "yes" : "no");
    }
    List<Simulated> simulated = base.simulations();
    double horizon = report.horizonDays();
    LocalDate asOf = report.asOf();
    if (simulated.isEmpty() && separate != null) {
      line(
          "  P(agreement within %s days of %s) = %s (p_agreement_within: %,d of %,d further trials,"
              + " the baseline alone, whose simulated negotiations agree by %s)",
          Days.of(separate.horizonDays()),
          asOf(),
          proportion(separate.within()),
          separate.within().count(),
          separate.within().total(),
          asOf == null
              ? "day " + Days.of(separate.horizonDays())
              : Days.date(asOf, separate.horizonDays()));
    } else if (simulated.isEmpty()) {
      line(
          "  P(agreement within %s days of %s): not estimated (p_agreement_within needs --simulate,"
              + " a simulated negotiation per trial)",
          Days.of(horizon), asOf());
    } else {
      Simulated s = simulated.getFirst();
      line(
          "  P(agreement within %s days of %s) = %s (p_agreement_within: %,d of %,d trials'"
              + " simulated negotiations agree by %s)",
          Days.of(s.horizonDays()),
          asOf(),
          proportion(s.within()),
          s.within().count(),
          s.within().total(),
          asOf == null ? "day " + Days.of(s.horizonDays()) : Days.date(asOf, s.horizonDays()));
      Summary d = s.agreementDays();
      line(
          "  Simulated agreements: %s of trials agree before the cap (day %s); agreement day"
              + " median %s, 5%%-95%% %s to %s",
          percent(s.agreement().share()),
          Days.of(s.capDays()),
          fixed(d.median(), 0),
          fixed(d.q05(), 0),
          fixed(d.q95(), 0));
    }
    line("");
  }

  private void bargaining() {
    if (report.dealOutput() == null) {
      return;
    }
    Bargaining b = base.bargaining().get(0);
    line("ZONE OF AGREEMENT AND NASH PACKAGE (at %s, over the trials)", asOf());
    if (b.undetermined() > 0) {
      line(
          "  %,d trials undetermined: their exact frontier passed its size limit; left out",
          b.undetermined());
    }
    Summary m = b.margin();
    line(
        "  Zone margin (best package's smallest gain over walking away): mean %s, 5%%-95%% %s to %s",
        fixed(m.mean(), 3), fixed(m.q05(), 3), fixed(m.q95(), 3));
    line(
        "  %s package, most frequent first (%d distinct; share of all trials):",
        title(b.concept()), b.distinctPackages());
    if (b.packages().isEmpty()) {
      line("    none: no trial has a package with a gain for every party");
    }
    for (PackageShare p : b.packages()) {
      line("    %-18s %s", proportion(p.share()), packageText(p.options()));
    }
    if (b.selected().count() > 0) {
      line(
          "  Utility at the %s package (%,d trials with one):",
          title(b.concept()), b.selected().count());
      for (UncertaintyView.PartyUtility u : b.utilities()) {
        Summary s = u.utility();
        line(
            "    %-16s mean %s ± %s, 5%%-95%% %s to %s",
            u.party(),
            fixed(s.mean(), 3),
            fixed(s.standardError(), 3),
            fixed(s.q05(), 3),
            fixed(s.q95(), 3));
      }
    }
    line("");
  }

  private String packageText(List<String> options) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      parts.add(report.issues().get(i).id() + " " + options.get(i));
    }
    return String.join(" · ", parts);
  }

  private void levers() {
    List<UncertaintyView.Lever> levers = report.levers();
    if (levers.isEmpty()) {
      return;
    }
    line("LEVERS (each pulled alone; same seed and trials; changes are paired trial by trial)");
    String row = "  %-24s %-20s %-22s %s";
    String dealOutput = report.dealOutput();
    if (dealOutput != null) {
      line(row, "lever", "p_zone_exists", "change", "most frequent package (share)");
      Bargaining b = base.bargaining().get(0);
      line(row, "baseline", proportion(b.deal()), "-", modal(b));
      for (UncertaintyView.Lever l : levers) {
        Bargaining lb = l.result().bargaining().get(0);
        Difference deal = l.difference(dealOutput).orElseThrow();
        line(row, l.lever(), proportion(lb.deal()), signedPercent(deal), modal(lb));
      }
    }
    if (!base.simulations().isEmpty()) {
      Simulated s = base.simulations().getFirst();
      String within = "p_agreement_within " + Days.of(s.horizonDays()) + "d";
      line(row, "lever", within, "change", "");
      line(row, "baseline", proportion(s.within()), "-", "");
      for (UncertaintyView.Lever l : levers) {
        Simulated ls = l.result().simulations().getFirst();
        String output = s.analysis() + "/within";
        String change = l.difference(output).map(UncertaintyTable::signedPercent).orElse("n/a");
        line(row, l.lever(), proportion(ls.within()), change, "");
      }
    }
    line("  What each lever changes (mean over trials ± standard error; at nominal values):");
    for (UncertaintyView.Lever l : levers) {
      List<String> changes = new ArrayList<>();
      for (Difference d : l.differences()) {
        if (d.output().contains("/option/") || d.output().equals(report.dealOutput())) {
          continue;
        }
        boolean moves = d.difference() != 0 || d.nominalPulled() != d.nominalBaseline();
        if (moves && !Double.isNaN(d.difference())) {
          int digits =
              d.output().contains("/utility/") || d.output().equals(report.marginOutput()) ? 3 : 2;
          changes.add(
              String.format(
                  Locale.ROOT,
                  "%s %s ± %s (%s)",
                  d.output(),
                  signed(d.difference(), digits),
                  fixed(d.standardError(), digits),
                  signed(d.nominalPulled() - d.nominalBaseline(), digits)));
        }
      }
      line("    %s:%s", l.lever(), changes.isEmpty() ? " no change" : "");
      for (String c : changes) {
        line("      %s", c);
      }
    }
    line("");
  }

  private String modal(Bargaining b) {
    if (b.packages().isEmpty()) {
      return "none";
    }
    PackageShare p = b.packages().get(0);
    return packageText(p.options()) + " (" + percent(p.share().share()) + ")";
  }

  private void sensitivity() {
    Tornado tornado = report.tornado();
    Sobol sobol = report.sobol();
    if (tornado != null) {
      line(
          "SENSITIVITY: TORNADO (each uncertain number alone at its %s and %s quantiles, the"
              + " others nominal)",
          percent(tornado.low()), percent(tornado.high()));
      line(
          "  output (nominal): the %d largest swings, parameter (output at low -> at high)",
          DRIVERS);
      for (UncertaintyView.TornadoOutput o : tornado.outputs()) {
        if (!o.target()) {
          continue;
        }
        line("  %s (%s):", o.output(), fixed(o.nominal(), 3));
        List<UncertaintyView.Bar> bars =
            o.bars().stream().filter(b -> !Double.isNaN(b.swing()) && b.swing() > 0).toList();
        if (bars.isEmpty()) {
          line("    no single number moves it");
        }
        for (UncertaintyView.Bar bar : bars.subList(0, Math.min(DRIVERS, bars.size()))) {
          line(
              "    %-48s swing %s (%s -> %s)",
              bar.parameter(),
              fixed(bar.swing(), 3),
              fixed(bar.outputAtLow(), 3),
              fixed(bar.outputAtHigh(), 3));
        }
      }
      line("");
    } else if (sobol != null) {
      line(
          "SENSITIVITY: SOBOL INDICES (%,d base samples, %,d evaluations; %d%% bootstrap"
              + " intervals, %d resamples)",
          sobol.samples(),
          sobol.evaluations(),
          Math.round(100 * sobol.confidence()),
          sobol.bootstrap());
      line(
          "  output: the %d parameters with the largest total index, first-order S and total ST",
          DRIVERS);
      for (UncertaintyView.SobolOutput o : sobol.outputs()) {
        if (!o.target()) {
          continue;
        }
        if (!(o.variance() > 0)) {
          line("  %s: does not vary", o.output());
          continue;
        }
        line("  %s (variance %s):", o.output(), fixed(o.variance(), 4));
        List<UncertaintyView.Index> indices = new ArrayList<>(o.indices());
        indices.sort(
            Comparator.comparingDouble(
                    (UncertaintyView.Index i) -> Double.isNaN(i.total()) ? -1 : i.total())
                .reversed());
        for (UncertaintyView.Index i : indices.subList(0, Math.min(DRIVERS, indices.size()))) {
          line(
              "    %-48s S %s [%s, %s]  ST %s [%s, %s]",
              i.parameter(),
              fixed(i.first(), 2),
              fixed(i.firstLow(), 2),
              fixed(i.firstHigh(), 2),
              fixed(i.total(), 2),
              fixed(i.totalLow(), 2),
              fixed(i.totalHigh(), 2));
        }
      }
      line("");
    }
  }

  private void time() {
    Timeline t = report.timeline();
    line(
        "WHO CONCEDES FIRST (rounds 0-%d of %s days%s; nominal values with drifts)",
        t.rounds(), Days.of(t.roundDays()), t.start() == null ? "" : " from " + t.start());
    if (t.drifts().isEmpty()) {
      line("  No drifts in the scenario: every round is round 0 (add profiles[].drift).");
    } else {
      for (Drift d : t.drifts()) {
        line("  drift: %s", describe(d));
      }
    }
    String row = "  %-16s %-9s %-22s %-10s %-12s %-11s %-16s %s";
    line(
        row,
        "party",
        "δ/year",
        "deadline (round)",
        "holds out",
        "concedes at",
        "settles at",
        "holds out again",
        "");
    for (PartyTiming p : t.parties()) {
      line(
          row,
          p.party(),
          fixed(p.patiencePerYear(), 3),
          p.deadline() == null
              ? "-"
              : p.deadline() + (p.deadlineRound() < 0 ? "" : " (" + p.deadlineRound() + ")"),
          p.holdsOutAtStart() ? "yes" : "no",
          roundText(p.concedesAt()),
          roundText(p.settlesAt()),
          p.holdsOutAgainAt() < 0 ? "-" : "at " + p.holdsOutAgainAt(),
          p.walksAwayAtDeadline() ? "walks away at its deadline" : "");
    }
    line(
        "  Order of concession: %s%s",
        String.join(" < ", t.concessionOrder()),
        t.firstDealRound() < 0
            ? "; no zone of agreement within the horizon"
            : "; zone of agreement from round " + t.firstDealRound());
    List<RoundState> shown = changes(t.states());
    line(
        "  Walk-away value / best the others would concede, by round (rounds where either moves):");
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "    %-7s %-5s", "round", "zone"));
    for (String party : report.parties()) {
      head.append(String.format(Locale.ROOT, " %-16s", party));
    }
    line("%s", head.toString());
    for (RoundState s : shown) {
      StringBuilder r =
          new StringBuilder(
              String.format(Locale.ROOT, "    %-7d %-5s", s.round(), s.zone() ? "yes" : "no"));
      for (int j = 0; j < s.walkAway().size(); j++) {
        r.append(
            String.format(
                Locale.ROOT,
                " %-16s",
                fixed(s.walkAway().get(j), 3) + " / " + fixed(s.offers().get(j), 3)));
      }
      line("%s", r.toString());
    }
    line("");
  }

  /** Returns round 0, the last round, and every round where a walk-away value or offer moves. */
  private static List<RoundState> changes(List<RoundState> states) {
    List<RoundState> out = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      RoundState s = states.get(i);
      if (i == 0
          || i == states.size() - 1
          || !s.walkAway().equals(states.get(i - 1).walkAway())
          || !s.offers().equals(states.get(i - 1).offers())
          || s.zone() != states.get(i - 1).zone()) {
        out.add(s);
      }
    }
    if (out.size() > 16) {
      List<RoundState> thinned = new ArrayList<>(out.subList(0, 15));
      thinned.add(out.get(out.size() - 1));
      return thinned;
    }
    return out;
  }

  private static String describe(Drift d) {
    String what = d.actor() + " " + d.parameter();
    return switch (d.change()) {
      case PER_ROUND ->
          what + " " + signed(d.amount(), 3) + " per round from round " + d.fromRound();
      case SET -> what + " set to " + fixed(d.amount(), 3) + " from round " + d.fromRound();
      case ADD -> what + " " + signed(d.amount(), 3) + " from round " + d.fromRound();
      case MULTIPLY -> what + " × " + fixed(d.amount(), 3) + " from round " + d.fromRound();
    };
  }

  private static String roundText(int round) {
    return round < 0 ? "never" : Integer.toString(round);
  }

  private static String title(String concept) {
    return concept.isEmpty()
        ? concept
        : Character.toUpperCase(concept.charAt(0)) + concept.substring(1);
  }

  private static String proportion(Share p) {
    return percent(p.share()) + " ± " + percent(p.standardError());
  }

  // every number goes through one of these, so the table never prints NaN or Infinity: a figure
  // that is not a finite number reads n/a

  private static String signedPercent(Difference d) {
    return Double.isFinite(d.difference())
        ? signed(100 * d.difference(), 2) + "% ± " + percent(d.standardError())
        : "n/a";
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.2f%%", 100 * share) : "n/a";
  }

  private static String fixed(double v, int digits) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "n/a";
  }

  private static String signed(double v, int digits) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%+." + digits + "f", v) : "n/a";
  }
}
