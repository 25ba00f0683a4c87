package dev.parley.core.validate;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a scenario, value by value, with what each new value rests
 * on: the sources and evidence it cites, its note, or nothing (an assumption). Values are compared
 * as they would be written (a distribution as {@code range [0.3, 0.5]}, a numeric issue's ideal in
 * its unit), by their place in the model, so that reordering actors, issues or options is no
 * change.
 */
public final class ScenarioDiff {
  private ScenarioDiff() {}

  /** How a value differs. */
  public enum Kind {
    /** Only the newer scenario has it. */
    ADDED,
    /** Only the older scenario has it. */
    REMOVED,
    /** Both have it, written differently. */
    CHANGED,
    /** Both have the same value, but it cites something else. */
    RESOURCED;

    /** Returns the lower-case name used in output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One difference.
   *
   * @param kind how the value differs
   * @param where its place in the model, such as {@code profiles/russia/reservation}
   * @param before the value as the older scenario writes it, or null if it has none
   * @param after the value as the newer scenario writes it, or null if it has none
   * @param basis what the newer value rests on (the older one's for a removal)
   */
  public record Change(
      Kind kind, ModelPath where, @Nullable String before, @Nullable String after, Basis basis) {
    /** Validates the fields. */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** A value as written, and what it rests on. */
  private record Value(String text, Basis basis) {}

  private static final Basis NONE = new Basis(List.of(), List.of(), null);

  /**
   * Returns the differences from {@code older} to {@code newer}: in the older scenario's model
   * order, then the values only the newer one has, in its order.
   */
  public static List<Change> between(Scenario older, Scenario newer) {
    Map<ModelPath, Value> a = values(older);
    Map<ModelPath, Value> b = values(newer);
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<ModelPath, Value> e : a.entrySet()) {
      Value before = e.getValue();
      Value after = b.get(e.getKey());
      if (after == null) {
        changes.add(new Change(Kind.REMOVED, e.getKey(), before.text(), null, before.basis()));
      } else if (!after.text().equals(before.text())) {
        changes.add(
            new Change(Kind.CHANGED, e.getKey(), before.text(), after.text(), after.basis()));
      } else if (!sameBasis(before.basis(), after.basis())) {
        changes.add(
            new Change(Kind.RESOURCED, e.getKey(), before.text(), after.text(), after.basis()));
      }
    }
    for (Map.Entry<ModelPath, Value> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        Value after = e.getValue();
        changes.add(new Change(Kind.ADDED, e.getKey(), null, after.text(), after.basis()));
      }
    }
    return List.copyOf(changes);
  }

  private static boolean sameBasis(Basis x, Basis y) {
    return new TreeSet<>(x.sources()).equals(new TreeSet<>(y.sources()))
        && new TreeSet<>(x.evidence()).equals(new TreeSet<>(y.evidence()))
        && Objects.equals(x.note(), y.note());
  }

  /** Every value of a scenario by its place in the model, in model order. */
  private static Map<ModelPath, Value> values(Scenario s) {
    Map<ModelPath, Value> v = new LinkedHashMap<>();
    ModelPath top = ModelPath.of("scenario");
    v.put(top.child("title"), new Value(s.title(), NONE));
    if (s.asOf() != null) {
      v.put(top.child("as_of"), new Value(s.asOf().toString(), NONE));
    }
    v.put(top.child("round_days"), new Value(ScenarioValidator.num(s.roundDays()), NONE));
    for (Actor actor : s.actors()) {
      ModelPath at = ModelPath.of("actors", actor.id().value());
      v.put(at.child("name"), new Value(actor.name(), NONE));
      v.put(at.child("kind"), new Value(actor.kind().name().toLowerCase(Locale.ROOT), NONE));
      if (!actor.memberOf().isEmpty()) {
        v.put(
            at.child("member_of"),
            new Value(
                String.join(", ", actor.memberOf().stream().map(a -> a.value()).toList()), NONE));
      }
    }
    for (Issue issue : s.issues()) {
      ModelPath at = ModelPath.of("issues", issue.id().value());
      v.put(at.child("name"), new Value(issue.name(), NONE));
      if (issue.numeric() != null) {
        NumericScale n = issue.numeric();
        v.put(
            at.child("numeric"),
            new Value(
                "["
                    + ScenarioValidator.num(n.min())
                    + ", "
                    + ScenarioValidator.num(n.max())
                    + "] step "
                    + ScenarioValidator.num(n.step())
                    + (n.unit().isEmpty() ? "" : " " + n.unit()),
                NONE));
      } else {
        for (IssueOption o : issue.options()) {
          v.put(at.child("options", o.id()), new Value(o.label(), NONE));
        }
      }
    }
    for (ActorProfile p : s.profiles()) {
      ModelPath at = ModelPath.of("profiles", p.actor().value());
      estimate(v, at.child("capability"), p.capability());
      estimate(v, at.child("reservation"), p.reservation());
      estimate(v, at.child("patience"), p.patience());
      if (p.deadline() != null) {
        v.put(
            at.child("deadline"), new Value(p.deadline().date().toString(), p.deadline().basis()));
      }
      for (Map.Entry<IssueId, IssueStance> e : ScenarioValidator.stancesInOrder(s, p).entrySet()) {
        IssueStance stance = e.getValue();
        ModelPath sp = at.child("stances", e.getKey().value());
        if (!stance.hasExplicitUtilities()) {
          NumericScale scale = ScenarioValidator.scaleOf(s.issue(e.getKey()).orElse(null));
          String ideal =
              scale == null
                  ? ScenarioValidator.describe(stance.ideal().distribution())
                  : ScenarioValidator.describeIn(scale, stance.ideal().distribution());
          v.put(sp.child("ideal"), new Value(ideal, stance.ideal().basis()));
        }
        estimate(v, sp.child("salience"), stance.salience());
        ScenarioValidator.utilitiesInOrder(s, e.getKey(), stance)
            .forEach((option, u) -> estimate(v, sp.child("utilities", option), u));
      }
      Map<String, List<RedLine>> redLines = new LinkedHashMap<>();
      for (RedLine r : p.redLines()) {
        redLines.computeIfAbsent(r.issue().value(), k -> new ArrayList<>()).add(r);
      }
      redLines.forEach(
          (issue, lines) -> {
            StringJoiner text = new StringJoiner("; ");
            List<String> sources = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            StringJoiner notes = new StringJoiner("; ");
            for (RedLine r : lines) {
              text.add(
                  r.limit() == null
                      ? "rejects " + String.join(", ", new TreeSet<>(r.forbidden()))
                      : ScenarioValidator.describeLimit(s, r));
              r.basis().sources().forEach(x -> sources.add(x.value()));
              evidence.addAll(r.basis().evidence());
              if (r.basis().note() != null) {
                notes.add(r.basis().note());
              }
            }
            v.put(
                at.child("red_lines", issue),
                new Value(
                    text.toString(),
                    new Basis(
                        sources.stream().map(dev.parley.core.model.SourceId::new).toList(),
                        evidence,
                        notes.length() == 0 ? null : notes.toString())));
          });
    }
    for (Lever lever : s.levers()) {
      ModelPath at = ModelPath.of("levers", lever.id().value());
      StringJoiner effects = new StringJoiner("; ");
      for (LeverEffect e : lever.effects()) {
        effects.add(effect(e));
      }
      v.put(at, new Value(lever.name() + ": " + effects, lever.basis()));
    }
    for (Source source : s.sources()) {
      v.put(
          ModelPath.of("sources", source.id().value()),
          new Value(
              source.outlet()
                  + ", \u201c"
                  + source.title()
                  + "\u201d"
                  + (source.date() == null ? "" : ", " + source.date()),
              NONE));
    }
    return v;
  }

  private static void estimate(Map<ModelPath, Value> v, ModelPath at, Estimate e) {
    v.put(at, new Value(ScenarioValidator.describe(e.distribution()), e.basis()));
  }

  private static String effect(LeverEffect e) {
    String target =
        e.actor().value()
            + " "
            + e.parameter().name().toLowerCase(Locale.ROOT)
            + (e.issue() == null ? "" : " on " + e.issue().value())
            + (e.option() == null ? "" : "/" + e.option());
    String amount = ScenarioValidator.num(e.amount());
    return switch (e.operation()) {
      case SET -> target + " = " + amount;
      case ADD -> target + (e.amount() < 0 ? " " : " +") + amount;
      case MULTIPLY -> target + " \u00d7" + amount;
    };
  }
}
