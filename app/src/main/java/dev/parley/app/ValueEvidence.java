package dev.parley.app;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The evidence behind each value of a scenario's profiles, as {@code parley analyze --evidence} and
 * the report show it: per party and value, the central value and its range, the sources it cites
 * (outlet, title, date), the evidence ids, and the note; or that it is an assumption.
 */
public final class ValueEvidence {
  private ValueEvidence() {}

  /**
   * One value and what it rests on.
   *
   * @param party the party's name
   * @param value what the value is, such as "ideal on Donetsk region (0–100)"
   * @param central the central value, and its range when uncertain, as printed
   * @param sources each cited source as a one-line citation
   * @param evidence the evidence ids it cites
   * @param note the modeller's note, or null
   * @param assumption whether it cites nothing
   */
  public record Row(
      String party,
      String value,
      String central,
      List<String> sources,
      List<String> evidence,
      @Nullable String note,
      boolean assumption) {
    /** Copies the fields. */
    public Row {
      sources = List.copyOf(sources);
      evidence = List.copyOf(evidence);
    }
  }

  /** Returns one row per value of every profile, in the scenario's order. */
  public static List<Row> of(Scenario scenario) {
    List<Row> rows = new ArrayList<>();
    for (ActorProfile p : scenario.profiles()) {
      String who = scenario.actor(p.actor()).map(Actor::name).orElse(p.actor().value());
      rows.add(row(scenario, who, "capability (0–1)", p.capability()));
      rows.add(row(scenario, who, "walk-away value (utility 0–1)", p.reservation()));
      rows.add(row(scenario, who, "patience (per year)", p.patience()));
      for (Issue issue : scenario.issues()) {
        IssueStance s = p.stances().get(issue.id());
        if (s != null) {
          rows.add(row(scenario, who, "ideal on " + issue.name() + " (0–100)", s.ideal()));
          rows.add(row(scenario, who, "salience of " + issue.name(), s.salience()));
        }
      }
    }
    return List.copyOf(rows);
  }

  private static Row row(Scenario scenario, String who, String what, Estimate e) {
    String central = number(e.nominal());
    if (e.isUncertain()) {
      central +=
          " (" + number(e.distribution().lower()) + "–" + number(e.distribution().upper()) + ")";
    }
    Basis b = e.basis();
    List<String> sources = new ArrayList<>();
    for (SourceId id : b.sources()) {
      Optional<Source> s = scenario.source(id);
      sources.add(s.map(x -> id.value() + ": " + x.citation()).orElse(id.value()));
    }
    return new Row(who, what, central, sources, b.evidence(), b.note(), b.isAssumption());
  }

  private static String number(double x) {
    String s = String.format(Locale.ROOT, "%.2f", x);
    return s.equals("-0.00") ? "0.00" : s;
  }
}
