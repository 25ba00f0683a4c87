package dev.parley.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pulling levers: the scenario as it would be with some levers switched on.
 *
 * <p>Effects are applied in the order the levers are declared in the scenario, and within a lever
 * in the order of its effects. An operation maps the whole distribution of the value it changes
 * (ADD shifts it, MULTIPLY scales it, SET replaces it with a point), and the result is clamped to
 * the parameter's range: reservation, salience and utilities to [0, 1], ideal points to [0, 100],
 * patience to (0, 1] and capability to [0, ∞). The changed value's basis becomes the lever's.
 *
 * <p>An ideal effect on a numeric issue is in the issue's unit, as the scenario writes ideals
 * there: SET places the ideal at that value, ADD moves it by that many units, MULTIPLY scales its
 * value (not its 0–100 position); the result is clamped to the issue's range and placed on the
 * 0–100 scale with {@link NumericScale#positionsOf(Distribution)}.
 */
public final class Levers {
  private Levers() {}

  /**
   * Returns the scenario with the given levers pulled.
   *
   * @throws IllegalArgumentException if a lever id is unknown, or an effect names an actor without
   *     a profile or an issue or option the actor has no stance on
   */
  public static Scenario apply(Scenario scenario, Collection<LeverId> pulled) {
    Set<LeverId> wanted = Set.copyOf(pulled);
    for (LeverId id : wanted) {
      if (scenario.lever(id).isEmpty()) {
        throw new IllegalArgumentException("expected a lever of the scenario, but found " + id);
      }
    }
    Map<ActorId, ActorProfile> profiles = new LinkedHashMap<>();
    for (ActorProfile p : scenario.profiles()) {
      profiles.put(p.actor(), p);
    }
    for (Lever lever : scenario.levers()) {
      if (!wanted.contains(lever.id())) {
        continue;
      }
      for (LeverEffect effect : lever.effects()) {
        ActorProfile profile = profiles.get(effect.actor());
        if (profile == null) {
          throw new IllegalArgumentException(
              "lever "
                  + lever.id()
                  + ": expected an actor with a profile, but found "
                  + effect.actor());
        }
        profiles.put(effect.actor(), applyTo(scenario, profile, effect, lever.basis()));
      }
    }
    List<ActorProfile> out = new ArrayList<>();
    for (ActorProfile p : scenario.profiles()) {
      out.add(profiles.get(p.actor()));
    }
    return new Scenario(
        scenario.id(),
        scenario.title(),
        scenario.description(),
        scenario.asOf(),
        scenario.utility(),
        scenario.actors(),
        scenario.issues(),
        out,
        scenario.levers(),
        scenario.sources(),
        scenario.roundDays());
  }

  private static ActorProfile applyTo(
      Scenario scenario, ActorProfile p, LeverEffect e, Basis basis) {
    return switch (e.parameter()) {
      case CAPABILITY ->
          new ActorProfile(
              p.actor(),
              change(p.capability(), e, basis, 0, Double.MAX_VALUE),
              p.reservation(),
              p.patience(),
              p.deadline(),
              p.stances(),
              p.redLines(),
              p.patiencePeriod());
      case RESERVATION ->
          new ActorProfile(
              p.actor(),
              p.capability(),
              change(p.reservation(), e, basis, 0, 1),
              p.patience(),
              p.deadline(),
              p.stances(),
              p.redLines(),
              p.patiencePeriod());
      case PATIENCE ->
          new ActorProfile(
              p.actor(),
              p.capability(),
              p.reservation(),
              change(p.patience(), e, basis, Double.MIN_VALUE, 1),
              p.deadline(),
              p.stances(),
              p.redLines(),
              p.patiencePeriod());
      case SALIENCE, IDEAL, UTILITY -> withStance(scenario, p, e, basis);
    };
  }

  private static ActorProfile withStance(
      Scenario scenario, ActorProfile p, LeverEffect e, Basis basis) {
    IssueId issue = e.issue();
    IssueStance stance = issue == null ? null : p.stances().get(issue);
    if (issue == null || stance == null) {
      throw new IllegalArgumentException(
          "expected a stance of " + p.actor() + " on the lever's issue, but found " + issue);
    }
    IssueStance changed =
        switch (e.parameter()) {
          case SALIENCE ->
              new IssueStance(
                  stance.ideal(), change(stance.salience(), e, basis, 0, 1), stance.utilities());
          case IDEAL -> {
            Issue target = scenario.issue(issue).orElse(null);
            NumericScale scale = target == null ? null : target.numeric();
            Estimate ideal =
                scale == null
                    ? change(stance.ideal(), e, basis, 0, 100)
                    : changeInUnit(stance.ideal(), e, basis, scale);
            yield new IssueStance(ideal, stance.salience(), stance.utilities());
          }
          default -> {
            Estimate old = e.option() == null ? null : stance.utilities().get(e.option());
            if (old == null) {
              throw new IllegalArgumentException(
                  "expected a utility for option "
                      + e.option()
                      + " of "
                      + issue
                      + ", but found none");
            }
            Map<String, Estimate> utilities = new LinkedHashMap<>(stance.utilities());
            utilities.put(e.option(), change(old, e, basis, 0, 1));
            yield new IssueStance(stance.ideal(), stance.salience(), utilities);
          }
        };
    Map<IssueId, IssueStance> stances = new LinkedHashMap<>(p.stances());
    stances.put(issue, changed);
    return new ActorProfile(
        p.actor(),
        p.capability(),
        p.reservation(),
        p.patience(),
        p.deadline(),
        stances,
        p.redLines(),
        p.patiencePeriod());
  }

  /** Changes an ideal on a numeric issue in the issue's unit, and places the result on 0–100. */
  private static Estimate changeInUnit(
      Estimate ideal, LeverEffect e, Basis basis, NumericScale scale) {
    Estimate inUnit = new Estimate(scale.valuesOf(ideal.distribution()), ideal.basis());
    Estimate changed = change(inUnit, e, basis, scale.min(), scale.max());
    return new Estimate(scale.positionsOf(changed.distribution()), basis);
  }

  private static Estimate change(
      Estimate value, LeverEffect e, Basis basis, double min, double max) {
    Distribution d = value.distribution();
    Distribution changed =
        switch (e.operation()) {
          case SET -> Distribution.point(e.amount());
          case ADD -> d.affine(1, e.amount());
          case MULTIPLY -> d.affine(e.amount(), 0);
        };
    return new Estimate(changed.clamped(min, max), basis);
  }
}
