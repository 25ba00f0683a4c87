package dev.parley.core.montecarlo;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A scenario compiled once into index tables: which parameter holds each number, and the fixed
 * parts of the numeric problems (option positions, red lines, the issues of the spatial problem),
 * so that a trial builds its problems from a vector of values without looking at the scenario
 * again.
 *
 * <p>The parties are taken in a canonical order, sorted by actor id, never in the order the file
 * lists its profiles: parameters are drawn in that order and the trial's problems list their
 * parties in it, so permuting the profiles of a scenario changes no draw and no result. {@link
 * #party} maps a profile's index to its place here.
 */
final class ScenarioLayout {
  static final double CAPABILITY_MAX = Double.MAX_VALUE;

  final Scenario scenario;
  final int parties;
  final int issues;
  final List<String> partyNames;
  final List<String> issueNames;
  final List<List<String>> optionNames;

  /** The issues of the spatial problem (the ordered ones), as indices into the scenario's. */
  final int[] spatial;

  /** The names of the spatial problem's issues. */
  final List<String> spatialNames;

  final double[][] position;
  final boolean[][] feasible;
  final boolean normalize;
  final double cap;
  final int[] capability;
  final int[] reservation;
  final int[] patience;

  /** [profile index]: the party's place in the canonical order. */
  final int[] partyOfProfile;

  /** [party]: the index of its profile in the scenario. */
  final int[] profileOfParty;

  /** [party][issue]: the ideal's parameter, or -1 where the party has no stance. */
  final int[][] ideal;

  /** [party][issue]: the salience's parameter, or -1 where the party has no stance. */
  final int[][] salience;

  /**
   * [party][issue][option]: the option utility's parameter; null where the stance is single-peaked;
   * -1 for an option the explicit utilities omit (worth 0).
   */
  final int[][][] utility;

  private final ParameterSpace parameters;

  private ScenarioLayout(Scenario scenario) {
    this.scenario = scenario;
    List<ActorProfile> inFile = scenario.profiles();
    profileOfParty =
        java.util.stream.IntStream.range(0, inFile.size())
            .boxed()
            .sorted(
                java.util.Comparator.comparing((Integer j) -> inFile.get(j).actor().value())
                    .thenComparing(j -> j))
            .mapToInt(Integer::intValue)
            .toArray();
    partyOfProfile = new int[inFile.size()];
    for (int l = 0; l < profileOfParty.length; l++) {
      partyOfProfile[profileOfParty[l]] = l;
    }
    List<ActorProfile> profiles = Arrays.stream(profileOfParty).mapToObj(inFile::get).toList();
    List<Issue> all = scenario.issues();
    parties = profiles.size();
    issues = all.size();
    partyNames = profiles.stream().map(p -> p.actor().value()).toList();
    issueNames = all.stream().map(i -> i.id().value()).toList();
    optionNames =
        all.stream().map(i -> i.options().stream().map(IssueOption::id).toList()).toList();
    spatial = IntStream.range(0, issues).filter(i -> all.get(i).ordered()).toArray();
    spatialNames = Arrays.stream(spatial).mapToObj(issueNames::get).toList();
    position = new double[issues][];
    feasible = new boolean[issues][];
    for (int i = 0; i < issues; i++) {
      List<IssueOption> options = all.get(i).options();
      position[i] = new double[options.size()];
      for (int o = 0; o < options.size(); o++) {
        position[i][o] = options.get(o).position();
      }
      feasible[i] = new boolean[options.size()];
      Arrays.fill(feasible[i], true);
    }
    normalize = scenario.utility().normalizeSaliences();
    cap = scenario.utility().cap();
    capability = new int[parties];
    reservation = new int[parties];
    patience = new int[parties];
    ideal = new int[parties][issues];
    salience = new int[parties][issues];
    utility = new int[parties][issues][];
    List<Parameter> list = new ArrayList<>();
    for (int j = 0; j < parties; j++) {
      ActorProfile p = profiles.get(j);
      String at = "profiles/" + p.actor().value() + "/";
      capability[j] = add(list, at + "capability", p.capability(), 0, CAPABILITY_MAX);
      reservation[j] = add(list, at + "reservation", p.reservation(), 0, 1);
      patience[j] = add(list, at + "patience", p.patience(), Double.MIN_VALUE, 1);
      for (int i = 0; i < issues; i++) {
        Issue issue = all.get(i);
        IssueStance s = p.stances().get(issue.id());
        if (s == null) {
          ideal[j][i] = -1;
          salience[j][i] = -1;
          continue;
        }
        String stance = at + "stances/" + issue.id().value() + "/";
        ideal[j][i] = add(list, stance + "ideal", s.ideal(), 0, 100);
        salience[j][i] = add(list, stance + "salience", s.salience(), 0, 1);
        if (s.hasExplicitUtilities()) {
          utility[j][i] = new int[issue.options().size()];
          for (int o = 0; o < issue.options().size(); o++) {
            String option = issue.options().get(o).id();
            Estimate u = s.utilities().get(option);
            utility[j][i][o] = u == null ? -1 : add(list, stance + "utilities/" + option, u, 0, 1);
          }
        }
      }
      for (RedLine redLine : p.redLines()) {
        int i = issueNames.indexOf(redLine.issue().value());
        if (i < 0) {
          throw new IllegalArgumentException("red line on unknown issue " + redLine.issue());
        }
        for (String option : redLine.forbidden()) {
          int o = all.get(i).indexOf(option);
          if (o >= 0) {
            feasible[i][o] = false;
          }
        }
      }
    }
    parameters = ParameterSpace.of(list);
  }

  static ScenarioLayout of(Scenario scenario) {
    return new ScenarioLayout(scenario);
  }

  ParameterSpace parameters() {
    return parameters;
  }

  /** Returns the place, in the canonical order, of the party whose profile has the given index. */
  int party(int profile) {
    return partyOfProfile[profile];
  }

  private static int add(List<Parameter> list, String name, Estimate e, double min, double max) {
    list.add(new Parameter(name, e.distribution(), min, max));
    return list.size() - 1;
  }
}
