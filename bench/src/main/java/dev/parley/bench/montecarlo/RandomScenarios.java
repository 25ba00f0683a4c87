package dev.parley.bench.montecarlo;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.random.Seed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Scenarios shaped like the Ukraine 2025 example, built from a seed: issues of 3 to 5 options,
 * every party with a stance on every issue, capability and reservation ranges, triangular patience,
 * a third of the ideals and saliences uncertain, and one red line per party.
 */
public final class RandomScenarios {
  private RandomScenarios() {}

  /** Returns a scenario with the given numbers of parties and issues. */
  public static Scenario of(int parties, int issues, long seed) {
    RandomGenerator r = Seed.of(seed).generator();
    List<Issue> all = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      int m = 3 + r.nextInt(3);
      List<IssueOption> options = new ArrayList<>();
      for (int o = 0; o < m; o++) {
        options.add(new IssueOption("o" + o, "o" + o, 100.0 * o / (m - 1)));
      }
      all.add(new Issue(IssueId.of("i" + i), "i" + i, "", options, null));
    }
    List<Actor> actors = new ArrayList<>();
    List<ActorProfile> profiles = new ArrayList<>();
    for (int j = 0; j < parties; j++) {
      String id = "p" + j;
      actors.add(new Actor(ActorId.of(id), id, ActorKind.STATE, List.of(), List.of()));
      Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
      for (Issue issue : all) {
        double ideal = 100 * r.nextDouble();
        double salience = 0.2 + 0.8 * r.nextDouble();
        stances.put(
            issue.id(),
            new IssueStance(
                r.nextInt(3) == 0 ? range(ideal, 10, 0, 100) : point(ideal),
                r.nextInt(3) == 0 ? range(salience, 0.15, 0, 1) : point(salience),
                Map.of()));
      }
      Issue lined = all.get(r.nextInt(issues));
      String forbidden = lined.options().get(r.nextBoolean() ? 0 : lined.options().size() - 1).id();
      profiles.add(
          new ActorProfile(
              ActorId.of(id),
              range(0.5 + r.nextDouble(), 0.2, 0, 10),
              range(0.35 + 0.15 * r.nextDouble(), 0.08, 0, 1),
              new Estimate(new Distribution.Triangular(0.85, 0.9, 0.97), Basis.unstated()),
              null,
              stances,
              List.of(new RedLine(lined.id(), Set.of(forbidden), "", Basis.unstated()))));
    }
    return new Scenario(
        "random-" + parties + "x" + issues,
        "Random scenario",
        "",
        null,
        UtilityModel.DEFAULT,
        actors,
        all,
        profiles,
        List.of(),
        List.of());
  }

  private static Estimate point(double v) {
    return Estimate.assumed(v);
  }

  private static Estimate range(double centre, double half, double min, double max) {
    double low = Math.max(min, centre - half);
    double high = Math.min(max, centre + half);
    return new Estimate(new Distribution.Uniform(low, high, (low + high) / 2), Basis.unstated());
  }
}
