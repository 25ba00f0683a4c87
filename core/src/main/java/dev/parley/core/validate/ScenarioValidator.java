package dev.parley.core.validate;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Distribution;
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
import dev.parley.core.model.SourceId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks a scenario's meaning: ranges of values, well-formed uncertainty, references between
 * elements, unique ids, salience sums and red lines that leave an issue no option.
 *
 * <p>Every problem is reported, none stops the check. Each diagnostic's {@link ModelPath} mirrors
 * the scenario file: keyed lists use the element's id as the segment ({@code
 * profiles/russia/stances/nato/salience}, {@code issues/nato/options/membership}); plain lists and
 * duplicated ids use the element's index ({@code profiles/russia/red_lines/0}, {@code actors/3}).
 *
 * <p>The utility semantics it protects are the engine's: for actor j and issue i with stance s, an
 * option is worth {@code s.utilities[o]} if the stance gives utilities (which must then cover every
 * option) and {@code 1 - |position - ideal| / 100} otherwise; weights are saliences, divided by
 * their sum in normalised mode (so the sum must not be 0).
 *
 * <p>On a numeric issue, ideals, red-line limits and lever values are the issue's own numbers: they
 * must lie in its range ({@code value-range}) and are reported in its unit. An unordered issue has
 * no line to measure distance along, so it takes neither ideals nor limits ({@code
 * unordered-issue}): stances on it give utilities, and red lines list the options they reject.
 */
public final class ScenarioValidator {
  /** How far from 1 a normalised actor's salience sum may be before a warning. */
  public static final double NORMALIZED_SUM_TOLERANCE = 0.1;

  /** How far from 1 an as-written actor's salience sum may be before a warning. */
  public static final double AS_WRITTEN_SUM_TOLERANCE = 0.25;

  /**
   * The largest capability: capabilities are relative, and the models multiply them by positions
   * and saliences, sum and square them, which stays exact and finite below this bound (KTAB asks
   * the same of its scenarios).
   */
  public static final double MAX_CAPABILITY = 1e8;

  /**
   * The code of a drift whose value leaves its parameter's range at a round an analysis can reach;
   * drifts are checked by {@code dev.parley.core.sensitivity.DriftValidator}, beside the scenario.
   */
  public static final String DRIFT_RANGE = "drift-range";

  private final Scenario scenario;
  private final List<Diagnostic> out = new ArrayList<>();
  private final List<EvidenceCitation> cited = new ArrayList<>();
  private final Map<IssueId, Issue> issues = new HashMap<>();
  private final Set<ActorId> actors = new HashSet<>();
  private final Set<SourceId> sources = new HashSet<>();
  private final Map<ActorId, ActorProfile> profiles = new HashMap<>();

  private ScenarioValidator(Scenario scenario) {
    this.scenario = scenario;
    scenario.issues().forEach(i -> issues.putIfAbsent(i.id(), i));
    scenario.actors().forEach(a -> actors.add(a.id()));
    scenario.sources().forEach(s -> sources.add(s.id()));
    scenario.profiles().forEach(p -> profiles.putIfAbsent(p.actor(), p));
  }

  /** Returns every problem in the scenario, in model order; an empty list if there is none. */
  public static List<Diagnostic> validate(Scenario scenario) {
    ScenarioValidator v = new ScenarioValidator(scenario);
    v.run();
    return List.copyOf(v.out);
  }

  /**
   * Returns every evidence id the scenario's values cite (estimates, deadlines, red lines and
   * levers), in the order validation meets them, so that a caller holding a workspace can check
   * that each exists.
   */
  public static List<EvidenceCitation> evidenceCitations(Scenario scenario) {
    ScenarioValidator v = new ScenarioValidator(scenario);
    v.run();
    return List.copyOf(v.cited);
  }

  /**
   * Returns every value that cites neither a source nor evidence: estimates, deadlines, red lines
   * and levers. The ideal of a stance that gives utilities is not used, and is not listed.
   */
  public static List<Assumption> assumptions(Scenario scenario) {
    List<Assumption> found = new ArrayList<>();
    for (ActorProfile p : scenario.profiles()) {
      ModelPath at = ModelPath.of("profiles", p.actor().value());
      assume(found, at.child("capability"), p.capability());
      assume(found, at.child("reservation"), p.reservation());
      assume(found, at.child("patience"), p.patience());
      if (p.deadline() != null && p.deadline().basis().isAssumption()) {
        found.add(
            new Assumption(
                at.child("deadline"), p.deadline().date().toString(), p.deadline().basis().note()));
      }
      for (Map.Entry<IssueId, IssueStance> stance : stancesInOrder(scenario, p).entrySet()) {
        IssueId issue = stance.getKey();
        IssueStance s = stance.getValue();
        ModelPath sp = at.child("stances", issue.value());
        if (!s.hasExplicitUtilities()) {
          NumericScale scale = scaleOf(scenario.issue(issue).orElse(null));
          if (scale == null) {
            assume(found, sp.child("ideal"), s.ideal());
          } else if (s.ideal().basis().isAssumption()) {
            found.add(
                new Assumption(
                    sp.child("ideal"),
                    describeIn(scale, s.ideal().distribution()),
                    s.ideal().basis().note()));
          }
        }
        assume(found, sp.child("salience"), s.salience());
        utilitiesInOrder(scenario, issue, s)
            .forEach((option, utility) -> assume(found, sp.child("utilities", option), utility));
      }
      for (int i = 0; i < p.redLines().size(); i++) {
        RedLine r = p.redLines().get(i);
        if (r.basis().isAssumption()) {
          found.add(
              new Assumption(
                  at.child("red_lines").index(i),
                  r.limit() == null
                      ? "rejects " + String.join(", ", new TreeSet<>(r.forbidden()))
                      : describeLimit(scenario, r),
                  r.basis().note()));
        }
      }
    }
    for (Lever lever : scenario.levers()) {
      if (lever.basis().isAssumption()) {
        found.add(
            new Assumption(
                ModelPath.of("levers", lever.id().value()), lever.name(), lever.basis().note()));
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns an error for each lever id the scenario does not define, suggesting the nearest defined
   * id; for callers that take lever ids from the user, such as a what-if command.
   */
  public static List<Diagnostic> checkLeverIds(Scenario scenario, List<String> leverIds) {
    ScenarioValidator v = new ScenarioValidator(scenario);
    List<String> known = ids(scenario.levers(), l -> l.id().value());
    for (String id : leverIds) {
      if (!known.contains(id)) {
        v.unknown("unknown-lever", "lever", id, ModelPath.of("levers", id), known);
      }
    }
    return List.copyOf(v.out);
  }

  private static void assume(List<Assumption> found, ModelPath at, Estimate e) {
    if (e.basis().isAssumption()) {
      found.add(new Assumption(at, describe(e.distribution()), e.basis().note()));
    }
  }

  private void run() {
    if (!(scenario.utility().cap() > 0)) {
      error(
          "cap-range",
          ModelPath.of("utility", "cap"),
          "the utility cap must be greater than 0, was " + num(scenario.utility().cap()),
          "write 'cap: 1' to clip utilities at 1 as GENIUS does, or 'cap: none'");
    }
    duplicates("sources", scenario.sources(), s -> s.id().value());
    duplicates("actors", scenario.actors(), a -> a.id().value());
    duplicates("issues", scenario.issues(), i -> i.id().value());
    duplicates("profiles", scenario.profiles(), p -> p.actor().value());
    duplicates("levers", scenario.levers(), l -> l.id().value());
    for (Actor actor : scenario.actors()) {
      actor(actor);
    }
    for (Issue issue : scenario.issues()) {
      issue(issue);
    }
    for (ActorProfile profile : scenario.profiles()) {
      profile(profile);
    }
    redLinesTogether();
    for (Lever lever : scenario.levers()) {
      lever(lever);
    }
  }

  private void actor(Actor actor) {
    ModelPath at = ModelPath.of("actors", actor.id().value());
    for (int i = 0; i < actor.memberOf().size(); i++) {
      ActorId parent = actor.memberOf().get(i);
      if (!actors.contains(parent)) {
        unknown(
            "unknown-actor",
            "actor",
            parent.value(),
            at.child("member_of").index(i),
            ids(scenario.actors(), a -> a.id().value()));
      } else if (parent.equals(actor.id())) {
        error(
            "unknown-actor",
            at.child("member_of").index(i),
            "actor '" + actor.id() + "' cannot be a member of itself",
            "list the coalitions or organisations the actor belongs to");
      }
    }
  }

  private void issue(Issue issue) {
    ModelPath at = ModelPath.of("issues", issue.id().value());
    if (issue.numeric() != null) {
      int count = issue.numeric().optionCount();
      if (count < 0) {
        error(
            "numeric-range",
            at.child("numeric"),
            "a numeric range needs min <= max, a step > 0 and a whole number of steps from min to"
                + " max, was min "
                + num(issue.numeric().min())
                + ", max "
                + num(issue.numeric().max())
                + ", step "
                + num(issue.numeric().step()),
            "choose a step that divides max - min, such as min 0, max 100, step 10");
        return;
      }
      if (count != issue.options().size()) {
        error(
            "numeric-range",
            at.child("numeric"),
            "a numeric range may yield at most 100000 options, was " + count,
            "use a larger step");
        return;
      }
    }
    if (issue.options().isEmpty()) {
      error(
          "empty-issue",
          at,
          "issue '" + issue.id() + "' has no options",
          "list at least two options, or give a numeric range");
      return;
    }
    duplicates(at.child("options"), issue.options(), IssueOption::id);
    for (IssueOption option : issue.options()) {
      double p = option.position();
      if (!(p >= 0 && p <= 100)) {
        error(
            "position-range",
            at.child("options", option.id(), "position"),
            "position must be within [0, 100], was " + num(p),
            "place the options on a 0-100 scale, from one extreme to the other");
      }
    }
  }

  private void profile(ActorProfile p) {
    ModelPath at = ModelPath.of("profiles", p.actor().value());
    if (!actors.contains(p.actor())) {
      unknown(
          "unknown-actor",
          "actor",
          p.actor().value(),
          at.child("actor"),
          ids(scenario.actors(), a -> a.id().value()));
    }
    range(
        p.capability(),
        at.child("capability"),
        "capability-range",
        "capability",
        0,
        false,
        MAX_CAPABILITY,
        true,
        "capability is power on a scale shared by all actors, more than 0; only the ratios"
            + " between actors matter, so rescale large numbers");
    range(
        p.reservation(),
        at.child("reservation"),
        "reservation-range",
        "reservation",
        0,
        true,
        1,
        true,
        "the reservation is the utility of walking away, on the 0-1 utility scale");
    range(
        p.patience(),
        at.child("patience"),
        "patience-range",
        "patience",
        0,
        false,
        1,
        true,
        "patience is a discount factor per round: 1 is infinitely patient, near 0 impatient");
    if (p.deadline() != null) {
      cites(p.deadline().basis(), at.child("deadline"));
    }
    double sum = 0;
    for (Map.Entry<IssueId, IssueStance> stance : stancesInOrder(scenario, p).entrySet()) {
      IssueId issueId = stance.getKey();
      IssueStance s = stance.getValue();
      ModelPath sp = at.child("stances", issueId.value());
      sum += s.salience().nominal();
      stance(issueId, s, sp);
    }
    salienceSum(p, at, sum);
    for (int i = 0; i < p.redLines().size(); i++) {
      redLine(p.redLines().get(i), at.child("red_lines").index(i));
    }
  }

  private void stance(IssueId issueId, IssueStance s, ModelPath sp) {
    Issue issue = issues.get(issueId);
    if (issue == null) {
      unknown(
          "unknown-issue",
          "issue",
          issueId.value(),
          sp,
          ids(scenario.issues(), i -> i.id().value()));
    }
    range(
        s.salience(),
        sp.child("salience"),
        "salience-range",
        "salience",
        0,
        true,
        1,
        true,
        "saliences are shares of attention; rescale so each actor's sum is 1");
    if (!s.hasExplicitUtilities()) {
      if (issue != null && !issue.ordered()) {
        error(
            "unordered-issue",
            sp.child("ideal"),
            "issue '"
                + issueId
                + "' is unordered, so an ideal on it means nothing: its options lie on no line to"
                + " measure distance along",
            "give the actor's worth of each option with 'utilities' instead of an ideal");
      } else if (issue != null && issue.numeric() != null) {
        idealInUnit(s.ideal(), sp.child("ideal"), issue.id(), issue.numeric());
      } else {
        range(
            s.ideal(),
            sp.child("ideal"),
            "position-range",
            "ideal",
            0,
            true,
            100,
            true,
            "the ideal is a position on the issue's 0-100 scale");
      }
      return;
    }
    cites(s.ideal().basis(), sp.child("ideal"));
    for (Map.Entry<String, Estimate> utility : new TreeMap<>(s.utilities()).entrySet()) {
      String option = utility.getKey();
      ModelPath up = sp.child("utilities", option);
      if (issue != null && issue.indexOf(option) < 0) {
        unknown(
            "unknown-option",
            "option of issue '" + issueId + "'",
            option,
            up,
            issue.options().stream().map(IssueOption::id).toList());
      }
      range(
          utility.getValue(),
          up,
          "utility-range",
          "utility",
          0,
          true,
          1,
          true,
          "utilities are on a 0-1 scale: 1 for the best option, 0 for the worst");
    }
    if (issue != null) {
      List<String> missing =
          issue.options().stream()
              .map(IssueOption::id)
              .filter(o -> !s.utilities().containsKey(o))
              .toList();
      if (!missing.isEmpty()) {
        error(
            "missing-utility",
            sp.child("utilities"),
            "utilities must cover every option of issue '"
                + issueId
                + "', but found none for "
                + String.join(", ", missing),
            "give a utility for each option, 0 for the ones the actor finds worthless");
      }
    }
  }

  private void salienceSum(ActorProfile p, ModelPath at, double sum) {
    if (p.stances().isEmpty()) {
      return;
    }
    ModelPath where = at.child("stances");
    boolean normalized = scenario.utility().normalizeSaliences();
    if (normalized && !(sum > 0)) {
      error(
          "salience-sum",
          where,
          "saliences must not sum to 0 when they are normalised, was " + num(sum),
          "give at least one issue a positive salience");
      return;
    }
    double tolerance = normalized ? NORMALIZED_SUM_TOLERANCE : AS_WRITTEN_SUM_TOLERANCE;
    if (Math.abs(sum - 1) > tolerance) {
      warning(
          "salience-sum",
          where,
          "saliences of '" + p.actor() + "' should sum to about 1, was " + num(sum),
          normalized
              ? "they are divided by their sum, so only their ratios count; rescale them to sum to"
                  + " 1 to make that plain"
              : "they are used as written (utility.saliences: as-written), so the best package is"
                  + " worth their sum; rescale them, or normalise");
    }
  }

  private void redLine(RedLine r, ModelPath at) {
    cites(r.basis(), at);
    Issue issue = issues.get(r.issue());
    if (issue == null) {
      unknown(
          "unknown-issue",
          "issue",
          r.issue().value(),
          at.child("issue"),
          ids(scenario.issues(), i -> i.id().value()));
      return;
    }
    RedLine.Limit limit = r.limit();
    if (limit != null) {
      ModelPath where = at.child(limit.kind().key());
      NumericScale scale = issue.numeric();
      if (!issue.ordered()) {
        error(
            "unordered-issue",
            where,
            "issue '"
                + issue.id()
                + "' is unordered, so '"
                + limit.kind().key()
                + "' means nothing on it: its options lie in no order",
            "list the options the actor rejects with 'reject: [...]'");
        return;
      }
      if (scale != null && !scale.contains(limit.value())) {
        error(
            "value-range",
            where,
            limit.kind().key()
                + " must be within the range of issue '"
                + issue.id()
                + "', "
                + rangeOf(scale)
                + ", was "
                + inUnit(scale, limit.value()),
            unitHint(scale));
        return;
      }
      if (scale == null && !(limit.value() >= 0 && limit.value() <= 100)) {
        error(
            "position-range",
            where,
            limit.kind().key() + " must be within [0, 100], was " + num(limit.value()),
            "on an issue with named options the limit is a position on its 0-100 scale");
        return;
      }
    }
    List<String> optionIds = issue.options().stream().map(IssueOption::id).toList();
    for (String option : new TreeSet<>(r.forbidden())) {
      if (!optionIds.contains(option)) {
        unknown(
            "unknown-option",
            "option of issue '" + issue.id() + "'",
            option,
            at.child("reject"),
            optionIds);
      }
    }
    if (!optionIds.isEmpty() && r.forbidden().containsAll(optionIds)) {
      error(
          "red-line-unreachable",
          at,
          "the red line forbids every option of issue '" + issue.id() + "', so no deal is feasible",
          "a red line rejects some options; keep at least one the actor can accept");
    }
  }

  private void redLinesTogether() {
    for (Issue issue : scenario.issues()) {
      if (issue.options().isEmpty()) {
        continue;
      }
      Set<String> union = new HashSet<>();
      List<String> who = new ArrayList<>();
      boolean singleCovers = false;
      for (ActorProfile p : scenario.profiles()) {
        for (RedLine r : p.redLines()) {
          if (r.issue().equals(issue.id()) && !r.forbidden().isEmpty()) {
            union.addAll(r.forbidden());
            if (!who.contains(p.actor().value())) {
              who.add(p.actor().value());
            }
            singleCovers |= issue.options().stream().allMatch(o -> r.forbidden().contains(o.id()));
          }
        }
      }
      if (!singleCovers && issue.options().stream().allMatch(o -> union.contains(o.id()))) {
        warning(
            "red-lines-conflict",
            ModelPath.of("issues", issue.id().value()),
            "the red lines of "
                + String.join(", ", who)
                + " together forbid every option of issue '"
                + issue.id()
                + "', so the talks are deadlocked: no deal settles it",
            "if that is what the parties say, keep it: parley analyze shows the deadlock, the"
                + " smallest relaxations that would open it and the best partial deal");
      }
    }
  }

  private void lever(Lever lever) {
    ModelPath at = ModelPath.of("levers", lever.id().value());
    cites(lever.basis(), at);
    for (int i = 0; i < lever.effects().size(); i++) {
      effect(lever.effects().get(i), at.child("effects").index(i));
    }
    leverResults(lever, at);
  }

  /**
   * Checks what pulling a lever makes of every value it changes: each effect's result, from the
   * value as written through the lever's earlier effects on it, must lie in the value's range, the
   * whole distribution of it (see the class comment of {@code Levers}, which would otherwise clamp
   * it). Levers are pulled one at a time: every command compares each lever alone with the
   * baseline, never two together. In normalised mode an actor's saliences must keep a positive sum.
   * Effects whose target or amount is already reported, and values already out of range as written,
   * are left out.
   */
  private void leverResults(Lever lever, ModelPath at) {
    Map<String, Estimate> values = new HashMap<>();
    Set<String> stopped = new HashSet<>();
    Map<ActorId, ModelPath> salienceChanged = new LinkedHashMap<>();
    for (int i = 0; i < lever.effects().size(); i++) {
      LeverEffect e = lever.effects().get(i);
      Estimate written = changedValue(e);
      if (written == null || !Double.isFinite(e.amount())) {
        continue;
      }
      ValueRange range = rangeOf(e);
      String key = valueKey(e.actor(), e.parameter(), e.issue(), e.option());
      if (stopped.contains(key)) {
        continue;
      }
      Estimate before = values.get(key);
      if (before == null) {
        if (!range.contains(written.distribution())) {
          stopped.add(key);
          continue;
        }
        before = written;
      }
      Distribution d = before.distribution();
      Distribution after =
          switch (e.operation()) {
            case SET -> Distribution.point(e.amount());
            case ADD -> d.affine(1, e.amount());
            case MULTIPLY -> d.affine(e.amount(), 0);
          };
      ModelPath where =
          at.child("effects")
              .index(i)
              .child(e.operation().name().toLowerCase(java.util.Locale.ROOT));
      if (!range.contains(after)) {
        stopped.add(key);
        if (e.operation() != LeverEffect.Operation.SET) {
          error(
              "lever-range",
              where,
              "with lever '"
                  + lever.id()
                  + "' pulled, "
                  + range.name()
                  + " of "
                  + targetOf(e)
                  + " would be "
                  + range.describe(after)
                  + " ("
                  + range.describe(d)
                  + (e.operation() == LeverEffect.Operation.ADD ? " + " : " × ")
                  + num(e.amount())
                  + "), but "
                  + range.name()
                  + " must be within "
                  + range.interval(),
              "a lever's result must lie where the value itself may: "
                  + range.hint()
                  + "; use a smaller change, or 'set' the value the lever gives");
        }
        continue;
      }
      values.put(key, new Estimate(after, written.basis()));
      if (e.parameter() == LeverEffect.Parameter.SALIENCE) {
        salienceChanged.put(e.actor(), where);
      }
    }
    if (!scenario.utility().normalizeSaliences()) {
      return;
    }
    for (Map.Entry<ActorId, ModelPath> changed : salienceChanged.entrySet()) {
      ActorProfile profile = Objects.requireNonNull(profiles.get(changed.getKey()));
      double sum = 0;
      boolean known = true;
      for (Map.Entry<IssueId, IssueStance> s : profile.stances().entrySet()) {
        String key = valueKey(changed.getKey(), LeverEffect.Parameter.SALIENCE, s.getKey(), null);
        if (stopped.contains(key)) {
          known = false;
        }
        Estimate value = values.getOrDefault(key, s.getValue().salience());
        sum += value.distribution().nominal();
      }
      if (known && !(sum > 0)) {
        error(
            "lever-range",
            changed.getValue(),
            "with lever '"
                + lever.id()
                + "' pulled, the saliences of '"
                + changed.getKey()
                + "' would sum to "
                + num(sum)
                + ", but normalised saliences must not sum to 0",
            "leave the actor at least one issue with a positive salience");
      }
    }
  }

  /**
   * Returns the value as written that a lever effect changes, in the issue's unit for an ideal on a
   * numeric issue; null when the effect's target does not resolve (reported by {@link #effect}).
   */
  private @Nullable Estimate changedValue(LeverEffect e) {
    ActorProfile profile = actors.contains(e.actor()) ? profiles.get(e.actor()) : null;
    if (profile == null) {
      return null;
    }
    return switch (e.parameter()) {
      case CAPABILITY, RESERVATION, PATIENCE -> {
        if (e.issue() != null || e.option() != null) {
          yield null;
        }
        yield switch (e.parameter()) {
          case CAPABILITY -> profile.capability();
          case RESERVATION -> profile.reservation();
          default -> profile.patience();
        };
      }
      case SALIENCE, IDEAL, UTILITY -> {
        Issue issue = e.issue() == null ? null : issues.get(e.issue());
        IssueStance stance = e.issue() == null ? null : profile.stances().get(e.issue());
        if (issue == null || stance == null) {
          yield null;
        }
        if (e.parameter() == LeverEffect.Parameter.UTILITY) {
          String option = e.option();
          yield option == null || issue.indexOf(option) < 0 || !stance.hasExplicitUtilities()
              ? null
              : stance.utilities().get(option);
        }
        if (e.option() != null) {
          yield null;
        }
        if (e.parameter() == LeverEffect.Parameter.SALIENCE) {
          yield stance.salience();
        }
        if (!issue.ordered()) {
          yield null;
        }
        NumericScale scale = issue.numeric();
        Estimate ideal = stance.ideal();
        yield scale == null
            ? ideal
            : new Estimate(scale.valuesOf(ideal.distribution()), ideal.basis());
      }
    };
  }

  /** Returns the range of the value a lever effect changes: that of the value as written. */
  private ValueRange rangeOf(LeverEffect e) {
    return switch (e.parameter()) {
      case CAPABILITY ->
          new ValueRange(
              "capability",
              0,
              true,
              MAX_CAPABILITY,
              null,
              "capability is 0 or more, on a scale shared by all actors");
      case RESERVATION ->
          new ValueRange("reservation", 0, true, 1, null, "the reservation is a utility, 0 to 1");
      case PATIENCE ->
          new ValueRange(
              "patience",
              0,
              false,
              1,
              null,
              "patience is a discount factor per period, more than 0 and at most 1");
      case SALIENCE ->
          new ValueRange("salience", 0, true, 1, null, "saliences are shares of attention, 0 to 1");
      case UTILITY -> new ValueRange("utility", 0, true, 1, null, "utilities are on a 0-1 scale");
      case IDEAL -> {
        NumericScale scale = scaleOf(e.issue() == null ? null : issues.get(e.issue()));
        yield scale == null
            ? new ValueRange(
                "ideal", 0, true, 100, null, "the ideal is a position on the issue's 0-100 scale")
            : new ValueRange(
                "ideal",
                scale.min(),
                true,
                scale.max(),
                scale,
                "on a numeric issue the ideal is a value in its range, in its unit");
      }
    };
  }

  /** Returns a key for one value of the scenario a lever may change. */
  private static String valueKey(
      ActorId actor,
      LeverEffect.Parameter parameter,
      @Nullable IssueId issue,
      @Nullable String option) {
    return actor.value() + "/" + parameter + "/" + issue + "/" + option;
  }

  /** Returns who and what a lever effect changes, as the scenario names them. */
  private static String targetOf(LeverEffect e) {
    return "'"
        + e.actor()
        + "'"
        + (e.issue() == null ? "" : " on '" + e.issue() + "'")
        + (e.option() == null ? "" : ", option '" + e.option() + "'");
  }

  /**
   * The range a changed value must lie in.
   *
   * @param scale the numeric issue whose unit the value is in; null for other values
   */
  private record ValueRange(
      String name,
      double low,
      boolean lowInclusive,
      double high,
      @Nullable NumericScale scale,
      String hint) {
    boolean contains(Distribution d) {
      double lo = d.lower();
      double hi = d.upper();
      return (lowInclusive ? lo >= low : lo > low)
          && hi <= high
          && Double.isFinite(lo)
          && Double.isFinite(hi)
          && !Double.isNaN(d.nominal());
    }

    String interval() {
      return (lowInclusive ? "[" : "(")
          + num(low)
          + ", "
          + num(high)
          + "]"
          + (scale == null || scale.unit().isEmpty() ? "" : " " + scale.unit());
    }

    String describe(Distribution d) {
      return scale == null
          ? ScenarioValidator.describe(d)
          : ScenarioValidator.describe(rounded(d))
              + (scale.unit().isEmpty() ? "" : " " + scale.unit());
    }
  }

  private void effect(LeverEffect e, ModelPath at) {
    if (!actors.contains(e.actor())) {
      unknown(
          "unknown-actor",
          "actor",
          e.actor().value(),
          at.child("actor"),
          ids(scenario.actors(), a -> a.id().value()));
      return;
    }
    ActorProfile profile = profiles.get(e.actor());
    if (profile == null) {
      target(at.child("actor"), "actor '" + e.actor() + "' has no profile to change");
      return;
    }
    boolean perIssue =
        switch (e.parameter()) {
          case SALIENCE, IDEAL, UTILITY -> true;
          case CAPABILITY, RESERVATION, PATIENCE -> false;
        };
    String parameter = e.parameter().name().toLowerCase(java.util.Locale.ROOT);
    Issue target = e.issue() == null ? null : issues.get(e.issue());
    NumericScale idealScale = e.parameter() == LeverEffect.Parameter.IDEAL ? scaleOf(target) : null;
    if (!perIssue) {
      if (e.issue() != null || e.option() != null) {
        target(at, "a " + parameter + " effect takes no issue or option");
      }
    } else if (e.issue() == null) {
      target(at, "a " + parameter + " effect needs the issue it changes");
    } else {
      Issue issue = issues.get(e.issue());
      IssueStance stance = profile.stances().get(e.issue());
      if (issue == null) {
        unknown(
            "unknown-issue",
            "issue",
            e.issue().value(),
            at.child("issue"),
            ids(scenario.issues(), i -> i.id().value()));
      } else if (stance == null) {
        target(at.child("issue"), "actor '" + e.actor() + "' has no stance on '" + e.issue() + "'");
      } else if (e.parameter() == LeverEffect.Parameter.UTILITY) {
        if (e.option() == null) {
          target(at, "a utility effect needs the option it changes");
        } else if (issue.indexOf(e.option()) < 0) {
          unknown(
              "unknown-option",
              "option of issue '" + issue.id() + "'",
              e.option(),
              at.child("option"),
              issue.options().stream().map(IssueOption::id).toList());
        } else if (!stance.hasExplicitUtilities()) {
          target(
              at,
              "actor '"
                  + e.actor()
                  + "' gives no utilities on '"
                  + e.issue()
                  + "'; change its ideal instead");
        }
      } else if (e.option() != null) {
        target(at, "a " + parameter + " effect takes no option");
      } else if (e.parameter() == LeverEffect.Parameter.IDEAL && !issue.ordered()) {
        error(
            "unordered-issue",
            at.child("issue"),
            "issue '" + issue.id() + "' is unordered, so an ideal on it means nothing",
            "change the worth of an option with 'parameter: utility' instead");
      }
    }
    if (!Double.isFinite(e.amount())) {
      target(at, "the effect's amount must be a finite number, was " + num(e.amount()));
    } else if (e.operation() == LeverEffect.Operation.SET) {
      ModelPath where = at.child("set");
      Estimate value = Estimate.assumed(e.amount());
      switch (e.parameter()) {
        case SALIENCE ->
            range(
                value,
                where,
                "salience-range",
                "salience",
                0,
                true,
                1,
                true,
                "saliences are shares of attention, 0 to 1");
        case UTILITY ->
            range(
                value,
                where,
                "utility-range",
                "utility",
                0,
                true,
                1,
                true,
                "utilities are on a 0-1 scale");
        case IDEAL -> {
          if (idealScale != null && target != null) {
            if (!idealScale.contains(e.amount())) {
              error(
                  "value-range",
                  where,
                  "ideal must be within the range of issue '"
                      + target.id()
                      + "', "
                      + rangeOf(idealScale)
                      + ", was "
                      + inUnit(idealScale, e.amount()),
                  unitHint(idealScale));
            }
          } else {
            range(
                value,
                where,
                "position-range",
                "ideal",
                0,
                true,
                100,
                true,
                "the ideal is a position on the issue's 0-100 scale");
          }
        }
        case RESERVATION ->
            range(
                value,
                where,
                "reservation-range",
                "reservation",
                0,
                true,
                1,
                true,
                "the reservation is a utility, 0 to 1");
        case PATIENCE ->
            range(
                value,
                where,
                "patience-range",
                "patience",
                0,
                false,
                1,
                true,
                "patience is a discount factor in (0, 1]");
        case CAPABILITY ->
            range(
                value,
                where,
                "capability-range",
                "capability",
                0,
                true,
                MAX_CAPABILITY,
                true,
                "capability is 0 or more; only the ratios between actors matter");
      }
    }
  }

  private void target(ModelPath at, String message) {
    error(
        "lever-effect-target",
        at,
        message,
        "a lever changes a parameter of an actor with a profile: capability, reservation or"
            + " patience; or salience, ideal or utility (with issue and, for utility, option) of"
            + " a stance it has");
  }

  // ---- values ----

  /**
   * Checks an ideal on a numeric issue: held as 0–100 positions (derived from the values the
   * scenario wrote in the issue's unit), it must lie within 0–100, that is within the issue's
   * range; reported in the unit.
   */
  private void idealInUnit(Estimate ideal, ModelPath at, IssueId issueId, NumericScale scale) {
    cites(ideal.basis(), at);
    Distribution d = ideal.distribution();
    // the map to the unit is increasing, so the distribution is well formed in either; its
    // problems are told in the unit the scenario wrote
    if (!wellFormed(rounded(scale.valuesOf(d)), at)) {
      return;
    }
    if (!(d.lower() >= 0 && d.upper() <= 100 && !Double.isNaN(d.nominal()))) {
      error(
          "value-range",
          at,
          "ideal must be within the range of issue '"
              + issueId
              + "', "
              + rangeOf(scale)
              + ", was "
              + describeIn(scale, d),
          d instanceof Distribution.Normal && Double.isInfinite(d.lower() + d.upper())
              ? "truncate the normal distribution with min and max inside the issue's range"
              : unitHint(scale));
    }
  }

  private static String unitHint(NumericScale scale) {
    return "a numeric issue takes ideals, red lines and lever values in its own unit"
        + (scale.unit().isEmpty() ? "" : " (" + scale.unit() + ")")
        + ", from min to max; Parley places them on the 0-100 scale itself";
  }

  private static String rangeOf(NumericScale scale) {
    return num(scale.min()) + " to " + inUnit(scale, scale.max());
  }

  /** Returns a value in a scale's unit, exactly as the scenario would write it. */
  private static String inUnit(NumericScale scale, double value) {
    return scale.unit().isEmpty() ? num(value) : num(value) + " " + scale.unit();
  }

  /**
   * Returns a distribution of 0–100 positions in a scale's unit, its numbers rounded to 12
   * significant digits so that the round trip through the 0–100 scale does not show.
   */
  static String describeIn(NumericScale scale, Distribution positions) {
    String text = describe(rounded(scale.valuesOf(positions)));
    return scale.unit().isEmpty() ? text : text + " " + scale.unit();
  }

  static String describeLimit(Scenario scenario, RedLine r) {
    RedLine.Limit limit = Objects.requireNonNull(r.limit());
    NumericScale scale = scaleOf(scenario.issue(r.issue()).orElse(null));
    String side = limit.kind() == RedLine.Kind.AT_MOST ? "at most " : "at least ";
    return side + (scale == null ? num(limit.value()) : inUnit(scale, limit.value()));
  }

  static @Nullable NumericScale scaleOf(@Nullable Issue issue) {
    return issue == null ? null : issue.numeric();
  }

  private static Distribution rounded(Distribution d) {
    return switch (d) {
      case Distribution.Point p -> new Distribution.Point(round12(p.value()));
      case Distribution.Uniform u ->
          new Distribution.Uniform(round12(u.low()), round12(u.high()), round12(u.nominal()));
      case Distribution.Triangular t ->
          new Distribution.Triangular(round12(t.low()), round12(t.mode()), round12(t.high()));
      case Distribution.Normal n ->
          new Distribution.Normal(
              round12(n.mean()), round12(n.sd()), round12(n.low()), round12(n.high()));
    };
  }

  private static double round12(double x) {
    if (!Double.isFinite(x) || x == 0) {
      return x;
    }
    return new BigDecimal(x).round(new MathContext(12)).doubleValue();
  }

  private void range(
      Estimate e,
      ModelPath at,
      String code,
      String name,
      double low,
      boolean lowInclusive,
      double high,
      boolean highInclusive,
      String hint) {
    cites(e.basis(), at);
    Distribution d = e.distribution();
    if (!wellFormed(d, at)) {
      return;
    }
    double lo = d.lower();
    double hi = d.upper();
    double nominal = d.nominal();
    boolean ok =
        (lowInclusive ? lo >= low : lo > low)
            && (highInclusive ? hi <= high : hi < high)
            && !Double.isNaN(nominal);
    if (!ok) {
      error(
          code,
          at,
          name
              + " must be within "
              + (lowInclusive ? "[" : "(")
              + num(low)
              + ", "
              + (high == Double.POSITIVE_INFINITY ? "infinity" : num(high))
              + (highInclusive && high != Double.POSITIVE_INFINITY ? "]" : ")")
              + ", was "
              + describe(d),
          d instanceof Distribution.Normal && Double.isInfinite(lo + hi)
              ? "truncate the normal distribution with min and max inside the allowed range"
              : hint);
    }
  }

  private boolean wellFormed(Distribution d, ModelPath at) {
    String problem =
        switch (d) {
          case Distribution.Point p ->
              Double.isFinite(p.value()) ? null : "the value is not finite";
          case Distribution.Uniform u ->
              !(Double.isFinite(u.low()) && Double.isFinite(u.high()))
                  ? "the range's ends must be finite"
                  : u.low() > u.high()
                      ? "the range's low end "
                          + num(u.low())
                          + " is above its high end "
                          + num(u.high())
                      : !(u.nominal() >= u.low() && u.nominal() <= u.high())
                          ? "the value "
                              + num(u.nominal())
                              + " lies outside its range ["
                              + num(u.low())
                              + ", "
                              + num(u.high())
                              + "]"
                          : null;
          case Distribution.Triangular t ->
              !(Double.isFinite(t.low()) && Double.isFinite(t.mode()) && Double.isFinite(t.high()))
                  ? "the triangle's points must be finite"
                  : !(t.low() <= t.mode() && t.mode() <= t.high())
                      ? "a triangular [low, mode, high] needs low <= mode <= high, was ["
                          + num(t.low())
                          + ", "
                          + num(t.mode())
                          + ", "
                          + num(t.high())
                          + "]"
                      : null;
          case Distribution.Normal n ->
              !(Double.isFinite(n.mean()) && Double.isFinite(n.sd()))
                  ? "the mean and sd must be finite"
                  : n.sd() < 0
                      ? "the sd must be 0 or more, was " + num(n.sd())
                      : !(n.low() <= n.high())
                          ? "the truncation min "
                              + num(n.low())
                              + " is above the max "
                              + num(n.high())
                          : !(n.mean() >= n.low() && n.mean() <= n.high())
                              ? "the mean "
                                  + num(n.mean())
                                  + " lies outside the truncation ["
                                  + num(n.low())
                                  + ", "
                                  + num(n.high())
                                  + "]"
                              : null;
        };
    if (problem != null) {
      error(
          "range-order",
          at,
          problem,
          "write a range as [low, high], a triangle as [low, mode, high], and keep the value"
              + " inside");
      return false;
    }
    return true;
  }

  private void cites(Basis basis, ModelPath at) {
    for (int i = 0; i < basis.evidence().size(); i++) {
      cited.add(new EvidenceCitation(at.child("evidence").index(i), basis.evidence().get(i)));
    }
    for (int i = 0; i < basis.sources().size(); i++) {
      SourceId id = basis.sources().get(i);
      if (!sources.contains(id)) {
        unknown(
            "unknown-source",
            "source",
            id.value(),
            at.child("cite").index(i),
            ids(scenario.sources(), s -> s.id().value()));
      }
    }
  }

  // ---- ids ----

  private <T> void duplicates(String list, List<T> items, Function<T, String> id) {
    duplicates(ModelPath.of(list), items, id);
  }

  private <T> void duplicates(ModelPath list, List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      Integer before = first.putIfAbsent(key, i);
      if (before != null) {
        error(
            "duplicate-id",
            list.index(i),
            "expected each id once in "
                + list
                + ", but found '"
                + key
                + "' again (first at"
                + " position "
                + (before + 1)
                + ")",
            "rename or merge the two; ids must be unique within their list");
      }
    }
  }

  private void unknown(String code, String kind, String id, ModelPath at, List<String> known) {
    String suggestion = Spelling.nearest(id, known).orElse(null);
    error(
        code,
        at,
        "expected a known "
            + kind
            + ", but found '"
            + id
            + "'"
            + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
        suggestion != null
            ? "rename '" + id + "' to '" + suggestion + "'"
            : known.isEmpty()
                ? "define it first"
                : "use one of: "
                    + String.join(", ", known.stream().limit(12).toList())
                    + (known.size() > 12 ? ", ..." : ""));
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).distinct().toList();
  }

  // ---- order and text ----

  /**
   * Returns a profile's stances in the scenario's issue order, then those on other issues by id.
   */
  static Map<IssueId, IssueStance> stancesInOrder(Scenario scenario, ActorProfile p) {
    Map<IssueId, IssueStance> order = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      IssueStance s = p.stances().get(issue.id());
      if (s != null) {
        order.putIfAbsent(issue.id(), s);
      }
    }
    new TreeMap<>(p.stances()).forEach(order::putIfAbsent);
    return order;
  }

  /**
   * Returns a stance's utilities in the issue's option order, then those of other options by id.
   */
  static Map<String, Estimate> utilitiesInOrder(Scenario scenario, IssueId issueId, IssueStance s) {
    Map<String, Estimate> order = new LinkedHashMap<>();
    scenario
        .issue(issueId)
        .ifPresent(
            issue -> {
              for (IssueOption option : issue.options()) {
                Estimate u = s.utilities().get(option.id());
                if (u != null) {
                  order.putIfAbsent(option.id(), u);
                }
              }
            });
    new TreeMap<>(s.utilities()).forEach(order::putIfAbsent);
    return order;
  }

  /** Returns a distribution as it would be written: {@code 0.4}, {@code range [0.3, 0.5]}, .... */
  static String describe(Distribution d) {
    return switch (d) {
      case Distribution.Point p -> num(p.value());
      case Distribution.Uniform u -> "range [" + num(u.low()) + ", " + num(u.high()) + "]";
      case Distribution.Triangular t ->
          "triangular [" + num(t.low()) + ", " + num(t.mode()) + ", " + num(t.high()) + "]";
      case Distribution.Normal n ->
          "normal(mean "
              + num(n.mean())
              + ", sd "
              + num(n.sd())
              + ")"
              + (Double.isInfinite(n.low()) && Double.isInfinite(n.high())
                  ? ""
                  : " truncated to [" + num(n.low()) + ", " + num(n.high()) + "]");
    };
  }

  /** Returns a number as written: whole numbers without a fraction, others shortest. */
  static String num(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  private void error(String code, ModelPath at, String message, String hint) {
    out.add(Diagnostic.error(code, at, message, hint));
  }

  private void warning(String code, ModelPath at, String message, String hint) {
    out.add(Diagnostic.warning(code, at, message, hint));
  }
}
