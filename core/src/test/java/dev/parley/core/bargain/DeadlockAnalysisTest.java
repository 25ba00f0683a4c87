package dev.parley.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.DecisionRule;
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
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class DeadlockAnalysisTest {
  private static final IssueId BORDER = IssueId.of("border");
  private static final IssueId PRISONERS = IssueId.of("prisoners");
  private static final IssueId TRADE = IssueId.of("trade");

  private static Issue issue(IssueId id, String... options) {
    List<IssueOption> list = new ArrayList<>();
    for (int o = 0; o < options.length; o++) {
      list.add(new IssueOption(options[o], options[o], 100.0 * o / (options.length - 1)));
    }
    return new Issue(id, id.value(), "", list, null);
  }

  private static IssueStance stance(double ideal, double salience) {
    return new IssueStance(Estimate.assumed(ideal), Estimate.assumed(salience), Map.of());
  }

  private static RedLine rejects(IssueId issue, String... options) {
    return new RedLine(issue, Set.of(options), "", Basis.unstated());
  }

  private static ActorProfile profile(
      String actor, double reservation, Map<IssueId, IssueStance> stances, RedLine... redLines) {
    return new ActorProfile(
        ActorId.of(actor),
        Estimate.assumed(1),
        Estimate.assumed(reservation),
        Estimate.assumed(1),
        null,
        stances,
        List.of(redLines));
  }

  private static Scenario scenario(List<Actor> actors, List<Issue> issues, ActorProfile... ps) {
    return new Scenario(
        "t",
        "T",
        "",
        null,
        UtilityModel.DEFAULT,
        actors,
        issues,
        List.of(ps),
        List.of(),
        List.of());
  }

  private static Actor state(String id, String... memberOf) {
    return new Actor(
        ActorId.of(id),
        id,
        ActorKind.STATE,
        List.of(memberOf).stream().map(ActorId::of).toList(),
        List.of());
  }

  /**
   * North and south both want every prisoner home, and disagree over a border: north rejects
   * anything short of the whole of it (c), south rejects giving it all up.
   */
  private static Scenario borderDispute(double reservation) {
    Map<IssueId, IssueStance> north = new LinkedHashMap<>();
    north.put(BORDER, stance(100, 0.5));
    north.put(PRISONERS, stance(100, 0.3));
    north.put(TRADE, stance(100, 0.2));
    Map<IssueId, IssueStance> south = new LinkedHashMap<>();
    south.put(BORDER, stance(0, 0.5));
    south.put(PRISONERS, stance(100, 0.3));
    south.put(TRADE, stance(0, 0.2));
    return scenario(
        List.of(state("north"), state("south")),
        List.of(
            issue(BORDER, "a", "b", "c"),
            issue(PRISONERS, "none", "some", "all"),
            issue(TRADE, "closed", "open")),
        profile("north", reservation, north, rejects(BORDER, "a", "b")),
        profile("south", reservation, south, rejects(BORDER, "c")));
  }

  private static boolean hasZone(BargainingProblem problem) {
    return !new RationalCounter().count(problem).isEmpty();
  }

  @Test
  void redLinesThatLeaveAnIssueNoOption_areADeadlockWithTheIssueAndWhoForbidsWhat() {
    Deadlock d = new DeadlockAnalysis().analyze(borderDispute(0.3));
    assertThat(d.deadlocked()).isTrue();
    assertThat(d.decided()).isTrue();
    assertThat(d.cause()).isEqualTo(Deadlock.Cause.RED_LINES);
    assertThat(d.conflicts()).hasSize(1);
    Deadlock.Conflict c = d.conflicts().get(0);
    assertThat(c.issue()).isEqualTo(BORDER);
    assertThat(c.options())
        .containsExactly(
            new Deadlock.Forbidden("a", List.of(ActorId.of("north"))),
            new Deadlock.Forbidden("b", List.of(ActorId.of("north"))),
            new Deadlock.Forbidden("c", List.of(ActorId.of("south"))));
  }

  @Test
  void everyOpening_opensTheZone_andNeedsEachOfItsRelaxations() {
    Scenario s = borderDispute(0.3);
    Deadlock d = new DeadlockAnalysis().analyze(s);
    assertThat(d.openings()).isNotEmpty();
    assertThat(d.openingsComplete()).isTrue();
    BargainingProblem strict = BargainingProblems.from(s);
    for (Deadlock.Opening o : d.openings()) {
      assertThat(o.changes()).hasSize(1);
      Deadlock.Relaxation r = o.changes().get(0);
      BargainingProblem relaxed = relax(s, strict, List.of(r));
      assertThat(hasZone(relaxed)).as("%s", r).isTrue();
      assertThat(hasZone(strict)).isFalse();
      assertThat(o.margins()).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(-1e-12));
      assertThat(o.outcome().get(0)).isEqualTo(r.option());
    }
    // north accepting b costs it less than accepting a, and both open the zone here
    assertThat(d.relaxations())
        .extracting(r -> r.actor().value() + ":" + r.option())
        .contains("north:b", "south:c");
    Deadlock.Relaxation northB =
        d.relaxations().stream().filter(r -> r.option().equals("b")).findFirst().orElseThrow();
    assertThat(northB.givesUp()).isEqualTo(0.5 * 0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(northB.opensZoneAlone()).isTrue();
  }

  @Test
  void aDeadlockedScenario_hasAPartialDealThatLeavesTheConflictOpen() {
    Deadlock d = new DeadlockAnalysis().analyze(borderDispute(0.3));
    Deadlock.PartialDeal partial = d.partial().orElseThrow();
    assertThat(partial.outcome().get(0)).isEmpty();
    assertThat(partial.outcome().get(1)).contains("all");
    assertThat(partial.margins()).allSatisfy(m -> assertThat(m).isPositive());
    // north: 0.5·0.3 for the open border + 0.3 for all prisoners + trade
    assertThat(partial.utilities().get(0)).isGreaterThan(0.3);
  }

  @Test
  void leavingEveryIssueOpen_isWorthExactlyWalkingAway() {
    Scenario s = borderDispute(0.37);
    BargainingProblem partial = PartialDeals.problem(s);
    int[] allOpen = new int[partial.issueCount()];
    for (int i = 0; i < allOpen.length; i++) {
      allOpen[i] = partial.optionCount(i) - 1;
      assertThat(partial.options(i).get(allOpen[i])).isEqualTo(PartialDeals.OPEN);
    }
    for (int j = 0; j < partial.partyCount(); j++) {
      assertThat(Ticks.of(partial.utility(j, allOpen))).isEqualTo(Ticks.of(0.37));
    }
  }

  @Test
  void anIssueThatCannotBeDeferred_isNeverLeftOpen() {
    Scenario s = borderDispute(0.3);
    List<Issue> issues = new ArrayList<>(s.issues());
    Issue border = issues.get(0);
    issues.set(
        0,
        new Issue(
            border.id(), border.name(), border.description(), border.options(), null, true, false));
    Scenario strict =
        new Scenario(
            s.id(),
            s.title(),
            s.description(),
            s.asOf(),
            s.utility(),
            s.actors(),
            issues,
            s.profiles(),
            s.levers(),
            s.sources());
    assertThat(new DeadlockAnalysis().analyze(strict).partial()).isEmpty();
  }

  @Test
  void theWholeBargainingAnalysis_ofADeadlockedScenario_reportsTheDeadlockAndRuns() {
    ScenarioBargaining.Report report = new ScenarioBargaining().analyze(borderDispute(0.3));
    assertThat(report.deadlock().deadlocked()).isTrue();
    assertThat(report.base().rational().isEmpty()).isTrue();
    assertThat(report.base().frontier().size()).isZero();
    assertThat(report.base().agreements()).isEmpty();
  }

  @Test
  void withoutDeadlock_nothingIsReported() {
    Scenario s = borderDispute(0.3);
    Scenario open =
        scenario(
            s.actors(),
            s.issues(),
            profile("north", 0.3, s.profiles().get(0).stances()),
            profile("south", 0.3, s.profiles().get(1).stances()));
    Deadlock d = new DeadlockAnalysis().analyze(open);
    assertThat(d.deadlocked()).isFalse();
    assertThat(d.cause()).isEqualTo(Deadlock.Cause.NONE);
    assertThat(d.conflicts()).isEmpty();
    assertThat(d.relaxations()).isEmpty();
    assertThat(d.partial()).isEmpty();
  }

  @Test
  void walkAwayValuesAboveEveryAllowedPackage_areADeadlockWithNoRedLineToBlame() {
    Scenario s = borderDispute(0.3);
    Scenario proud =
        scenario(
            s.actors(),
            s.issues(),
            profile("north", 0.95, s.profiles().get(0).stances()),
            profile("south", 0.95, s.profiles().get(1).stances()));
    Deadlock d = new DeadlockAnalysis().analyze(proud);
    assertThat(d.deadlocked()).isTrue();
    assertThat(d.cause()).isEqualTo(Deadlock.Cause.WALK_AWAY);
    assertThat(d.conflicts()).isEmpty();
    assertThat(d.openings()).isEmpty();
  }

  @Test
  void aVetoPlayer_whoseConsentAloneIsMissing_isNamed() {
    Scenario s = borderDispute(0.3);
    Map<IssueId, IssueStance> holdout = new LinkedHashMap<>();
    holdout.put(TRADE, stance(0, 1));
    List<Actor> actors =
        List.of(
            state("north"),
            state("south", "bloc"),
            state("holdout", "bloc"),
            new Actor(
                ActorId.of("bloc"),
                "bloc",
                ActorKind.COALITION,
                List.of(),
                List.of(),
                DecisionRule.UNANIMITY));
    // north will not keep trade closed; the bloc's holdout will not open it
    Scenario veto =
        scenario(
            actors,
            s.issues(),
            profile("north", 0.3, s.profiles().get(0).stances(), rejects(TRADE, "closed")),
            profile("south", 0.3, s.profiles().get(1).stances()),
            profile("holdout", 0.2, holdout, rejects(TRADE, "open")));
    assertThat(veto.vetoPlayers()).containsExactly(ActorId.of("south"), ActorId.of("holdout"));
    Deadlock d = new DeadlockAnalysis().analyze(veto);
    assertThat(d.deadlocked()).isTrue();
    assertThat(d.vetoPlayers()).containsExactly(ActorId.of("south"), ActorId.of("holdout"));
    assertThat(d.blockingVetoPlayers()).containsExactly(ActorId.of("holdout"));
  }

  @Test
  void onRandomScenarios_theDeadlockAgreesWithTheExactCount_andOpeningsAreMinimal() {
    long seed = Long.getLong("parley.seed", 20261206L);
    RandomGenerator random = Seed.of(seed).generator();
    int deadlocks = 0;
    for (int trial = 0; trial < 120; trial++) {
      Scenario s = randomScenario(random);
      Deadlock d = new DeadlockAnalysis().analyze(s);
      BargainingProblem strict = BargainingProblems.from(s);
      String reproduce = "reproduce with -Dparley.seed=" + seed + ", trial " + trial;
      assertThat(d.decided()).as(reproduce).isTrue();
      assertThat(d.deadlocked()).as(reproduce).isEqualTo(!hasZone(strict));
      if (!d.deadlocked()) {
        continue;
      }
      deadlocks++;
      for (Deadlock.Opening o : d.openings()) {
        assertThat(hasZone(relax(s, strict, o.changes()))).as(reproduce).isTrue();
        List<List<Deadlock.Relaxation>> byOption = groupByOption(o.changes());
        for (int drop = 0; drop < byOption.size(); drop++) {
          List<Deadlock.Relaxation> fewer = new ArrayList<>();
          for (int g = 0; g < byOption.size(); g++) {
            if (g != drop) {
              fewer.addAll(byOption.get(g));
            }
          }
          assertThat(hasZone(relax(s, strict, fewer))).as(reproduce + ", minimal").isFalse();
        }
      }
      Optional<Deadlock.PartialDeal> p = d.partial();
      p.ifPresent(deal -> assertThat(deal.margins()).allSatisfy(m -> assertThat(m).isPositive()));
    }
    assertThat(deadlocks).as("deadlocked random scenarios").isGreaterThan(20);
  }

  private static List<List<Deadlock.Relaxation>> groupByOption(List<Deadlock.Relaxation> changes) {
    Map<String, List<Deadlock.Relaxation>> groups = new LinkedHashMap<>();
    for (Deadlock.Relaxation r : changes) {
      groups.computeIfAbsent(r.issue() + "/" + r.option(), k -> new ArrayList<>()).add(r);
    }
    return new ArrayList<>(groups.values());
  }

  /** Returns the problem with the options the relaxations name unlocked. */
  private static BargainingProblem relax(
      Scenario s, BargainingProblem strict, List<Deadlock.Relaxation> changes) {
    return BargainingProblems.from(
        s,
        (p, r) -> {
          for (Deadlock.Relaxation c : changes) {
            if (c.actor().equals(p.actor())
                && c.issue().equals(r.issue())
                && r.forbidden().contains(c.option())) {
              return false;
            }
          }
          return true;
        });
  }

  private static Scenario randomScenario(RandomGenerator random) {
    int parties = 2 + random.nextInt(2);
    int issues = 2 + random.nextInt(3);
    List<Issue> is = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      int m = 2 + random.nextInt(3);
      String[] names = new String[m];
      for (int o = 0; o < m; o++) {
        names[o] = "o" + o;
      }
      is.add(issue(IssueId.of("i" + i), names));
    }
    List<Actor> actors = new ArrayList<>();
    List<ActorProfile> profiles = new ArrayList<>();
    for (int j = 0; j < parties; j++) {
      actors.add(state("p" + j));
      Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
      List<RedLine> lines = new ArrayList<>();
      for (Issue issue : is) {
        stances.put(issue.id(), stance(100 * random.nextInt(2), 0.1 + random.nextDouble()));
        if (random.nextDouble() < 0.4) {
          String forbidden = issue.options().get(random.nextInt(issue.options().size())).id();
          lines.add(rejects(issue.id(), forbidden));
        }
      }
      profiles.add(
          profile(
              "p" + j, 0.2 + 0.5 * random.nextDouble(), stances, lines.toArray(RedLine[]::new)));
    }
    return scenario(actors, is, profiles.toArray(ActorProfile[]::new));
  }
}
