package dev.parley.core.montecarlo;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.LeverId;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scenarios built in code for the Monte Carlo and sensitivity tests. */
public final class TestScenarios {
  private TestScenarios() {}

  /** Returns an exact value. */
  public static Estimate point(double v) {
    return Estimate.assumed(v);
  }

  /** Returns a uniform range with the midpoint as nominal. */
  public static Estimate uniform(double low, double high) {
    return new Estimate(new Distribution.Uniform(low, high, (low + high) / 2), Basis.unstated());
  }

  /** Returns an actor of the given id. */
  public static Actor actor(String id) {
    return new Actor(ActorId.of(id), id, ActorKind.STATE, List.of(), List.of());
  }

  /** Returns an issue with options at the given positions, named o0, o1, .... */
  public static Issue issue(String id, double... positions) {
    List<IssueOption> options = new ArrayList<>();
    for (int o = 0; o < positions.length; o++) {
      options.add(new IssueOption("o" + o, "o" + o, positions[o]));
    }
    return new Issue(IssueId.of(id), id, "", options, null);
  }

  /** Returns a single-peaked stance. */
  public static IssueStance stance(Estimate ideal, Estimate salience) {
    return new IssueStance(ideal, salience, Map.of());
  }

  /** Returns a profile without deadline and red lines. */
  public static ActorProfile profile(
      String actor,
      Estimate capability,
      Estimate reservation,
      Estimate patience,
      Map<IssueId, IssueStance> stances) {
    return new ActorProfile(
        ActorId.of(actor), capability, reservation, patience, null, stances, List.of());
  }

  /** Returns a scenario of the given issues and profiles, one actor per profile, no levers. */
  public static Scenario scenario(List<Issue> issues, List<ActorProfile> profiles) {
    return scenario(issues, profiles, List.of());
  }

  /** Returns a scenario of the given issues, profiles and levers, one actor per profile. */
  public static Scenario scenario(
      List<Issue> issues, List<ActorProfile> profiles, List<Lever> levers) {
    return new Scenario(
        "test",
        "Test",
        "",
        null,
        UtilityModel.DEFAULT,
        profiles.stream().map(p -> actor(p.actor().value())).toList(),
        issues,
        profiles,
        levers,
        List.of());
  }

  /**
   * Returns the harbour scenario of the io tests, rebuilt in code: a union and a port authority
   * bargaining over a wage rise (0–8 %), automation (explicit utilities for the union) and shifts,
   * with uniform, triangular and truncated normal estimates (patience per round), a red line each,
   * and two levers.
   */
  public static Scenario harbour() {
    NumericScale wageScale = new NumericScale(0, 8, 1, "%");
    List<IssueOption> wageOptions = new ArrayList<>();
    for (int k = 0; k <= 8; k++) {
      wageOptions.add(new IssueOption(Integer.toString(k), k + " %", wageScale.positionOf(k)));
    }
    Issue wage = new Issue(IssueId.of("wage"), "Wage", "", wageOptions, wageScale);
    Issue automation =
        new Issue(
            IssueId.of("automation"),
            "Automation",
            "",
            List.of(
                new IssueOption("none", "none", 0),
                new IssueOption("pilot", "pilot", 40),
                new IssueOption("phased", "phased", 70),
                new IssueOption("full", "full", 100)),
            null);
    Issue shifts =
        new Issue(
            IssueId.of("shifts"),
            "Shifts",
            "",
            List.of(
                new IssueOption("eight", "eight", 0),
                new IssueOption("ten", "ten", 50),
                new IssueOption("twelve", "twelve", 100)),
            null);
    Map<IssueId, IssueStance> union = new LinkedHashMap<>();
    union.put(wage.id(), stance(point(100), point(0.5)));
    union.put(
        automation.id(),
        new IssueStance(
            point(0),
            point(0.3),
            Map.of("none", point(1), "pilot", point(0.8), "phased", point(0.4), "full", point(0))));
    union.put(shifts.id(), stance(point(0), point(0.2)));
    Map<IssueId, IssueStance> port = new LinkedHashMap<>();
    port.put(wage.id(), stance(point(25), point(0.4)));
    port.put(automation.id(), stance(point(100), point(0.45)));
    port.put(shifts.id(), stance(point(100), point(0.15)));
    ActorProfile unionProfile =
        new ActorProfile(
            ActorId.of("union"),
            uniform(0.4, 0.6),
            new Estimate(new Distribution.Uniform(0.25, 0.45, 0.35), Basis.unstated()),
            new Estimate(new Distribution.Triangular(0.85, 0.9, 0.95), Basis.unstated()),
            null,
            union,
            List.of(new RedLine(automation.id(), Set.of("full"), "", Basis.unstated())),
            DiscountPeriod.ROUND);
    ActorProfile portProfile =
        new ActorProfile(
            ActorId.of("port"),
            point(0.6),
            new Estimate(new Distribution.Normal(0.4, 0.05, 0.2, 0.6), Basis.unstated()),
            point(0.95),
            null,
            port,
            List.of(new RedLine(wage.id(), Set.of("6", "7", "8"), "", Basis.unstated())),
            DiscountPeriod.ROUND);
    List<Lever> levers =
        List.of(
            new Lever(
                LeverId.of("subsidy"),
                "Subsidy",
                "",
                List.of(
                    new LeverEffect(
                        ActorId.of("union"),
                        LeverEffect.Parameter.UTILITY,
                        automation.id(),
                        "phased",
                        LeverEffect.Operation.SET,
                        0.7),
                    new LeverEffect(
                        ActorId.of("port"),
                        LeverEffect.Parameter.RESERVATION,
                        null,
                        null,
                        LeverEffect.Operation.ADD,
                        -0.05)),
                Basis.unstated()),
            new Lever(
                LeverId.of("strike-fund"),
                "Strike fund",
                "",
                List.of(
                    new LeverEffect(
                        ActorId.of("union"),
                        LeverEffect.Parameter.PATIENCE,
                        null,
                        null,
                        LeverEffect.Operation.MULTIPLY,
                        1.05),
                    new LeverEffect(
                        ActorId.of("union"),
                        LeverEffect.Parameter.SALIENCE,
                        wage.id(),
                        null,
                        LeverEffect.Operation.SET,
                        0.6)),
                Basis.unstated()));
    return scenario(List.of(wage, automation, shifts), List.of(unionProfile, portProfile), levers);
  }
}
