package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingReport;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.Logroll;
import dev.parley.core.bargain.ReservationChange;
import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.bargain.ZopaOpening;
import dev.parley.core.forecast.Forecaster;
import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.SpatialProblems;
import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Deadline;
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
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.montecarlo.BargainingDistribution;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.sensitivity.Drift;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.TornadoResult;
import dev.parley.core.simulate.AgreementProfile;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.testkit.ProjectFiles;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A property of every analysis: permuting the actors or the profiles of a scenario permutes the
 * results and changes nothing else. Checked over seeded random scenarios (twins with identical
 * preferences included, so that ties happen) and over the Ukraine example, for {@code analyze},
 * {@code forecast}, {@code simulate} and {@code uncertainty}.
 *
 * <p>Each result is reduced to a fingerprint in which every per-party figure is keyed by actor id;
 * the fingerprints of a scenario and of its permutations must be equal, discrete figures (packages,
 * counts, rounds, orders, who concedes first) exactly and real figures to 1e-12, relative: a sum or
 * product over the parties may be rounded differently in its last bit. Plain JUnit with a seeded
 * generator (docs/adr/0009: "Order does not matter").
 */
class OrderInvarianceTest {
  private static final double TOLERANCE = 1e-12;
  private static final List<String> NAMES =
      List.of("ada", "bo", "cy", "dee", "eve", "fay", "gus", "hal");

  // ---- the scenarios ----

  /** Returns the scenario with its actors and its profiles each listed in another order. */
  private static Scenario permuted(Scenario s, SplittableRandom random) {
    List<Actor> actors = new ArrayList<>(s.actors());
    List<ActorProfile> profiles = new ArrayList<>(s.profiles());
    List<ActorProfile> before = List.copyOf(profiles);
    while (profiles.equals(before) && profiles.size() > 1) {
      shuffle(profiles, random);
    }
    shuffle(actors, random);
    return new Scenario(
        s.id(),
        s.title(),
        s.description(),
        s.asOf(),
        s.utility(),
        actors,
        s.issues(),
        profiles,
        s.levers(),
        s.sources(),
        s.roundDays());
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, random.nextInt(i + 1));
    }
  }

  private static Estimate point(double v) {
    return Estimate.assumed(v);
  }

  private static Estimate maybeUncertain(SplittableRandom r, double lo, double hi) {
    double a = lo + r.nextDouble() * (hi - lo);
    if (r.nextInt(3) > 0) {
      return point(a);
    }
    double b = lo + r.nextDouble() * (hi - lo);
    double low = Math.min(a, b);
    double high = Math.max(a, b);
    return new Estimate(new Distribution.Uniform(low, high, (low + high) / 2), Basis.unstated());
  }

  /** A random scenario of 2 to 4 parties on 1 to 3 issues, with twins, deadlines and levers. */
  private static DriftingScenario randomScenario(SplittableRandom r) {
    List<String> ids = new ArrayList<>(NAMES);
    shuffle(ids, r);
    int k = 2 + r.nextInt(3);
    List<Issue> issues = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      int m = 2 + r.nextInt(3);
      List<IssueOption> options = new ArrayList<>();
      TreeSet<Integer> positions = new TreeSet<>(List.of(0, 100));
      while (positions.size() < m) {
        positions.add(r.nextInt(101));
      }
      int o = 0;
      for (int p : positions) {
        options.add(new IssueOption("o" + o, "o" + o, p));
        o++;
      }
      issues.add(new Issue(IssueId.of("i" + i), "I" + i, "", options, null));
    }
    LocalDate asOf = r.nextInt(4) > 0 ? LocalDate.of(2026, 1, 1) : null;
    double[] roundDays = {7, 30, 45};
    List<ActorProfile> profiles = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      ActorId id = ActorId.of(ids.get(j));
      if (j == 1 && r.nextInt(3) == 0) {
        // a twin of the first party: identical numbers, so packages tie between them
        ActorProfile twin = profiles.getFirst();
        profiles.add(
            new ActorProfile(
                id,
                twin.capability(),
                twin.reservation(),
                twin.patience(),
                twin.deadline(),
                twin.stances(),
                List.of(),
                twin.patiencePeriod()));
        continue;
      }
      Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
      for (Issue issue : issues) {
        if (r.nextInt(5) == 0) {
          continue;
        }
        Estimate salience = maybeUncertain(r, 0.1, 1);
        if (r.nextBoolean()) {
          stances.put(issue.id(), new IssueStance(maybeUncertain(r, 0, 100), salience, Map.of()));
        } else {
          Map<String, Estimate> utilities = new LinkedHashMap<>();
          int best = r.nextInt(issue.options().size());
          for (int o = 0; o < issue.options().size(); o++) {
            utilities.put(
                issue.options().get(o).id(), o == best ? point(1) : maybeUncertain(r, 0, 0.9));
          }
          stances.put(
              issue.id(),
              new IssueStance(point(issue.options().get(best).position()), salience, utilities));
        }
      }
      List<RedLine> redLines = new ArrayList<>();
      if (j == 0 && issues.getFirst().options().size() >= 3 && r.nextBoolean()) {
        redLines.add(
            new RedLine(
                issues.getFirst().id(),
                java.util.Set.of(issues.getFirst().options().getLast().id()),
                "",
                Basis.unstated()));
      }
      DiscountPeriod period = r.nextBoolean() ? DiscountPeriod.YEAR : DiscountPeriod.ROUND;
      Deadline deadline =
          asOf != null && r.nextInt(3) == 0
              ? new Deadline(asOf.plusDays(20 + r.nextInt(400)), Basis.unstated())
              : null;
      profiles.add(
          new ActorProfile(
              id,
              maybeUncertain(r, 0.1, 1),
              maybeUncertain(r, 0, 0.45),
              maybeUncertain(r, period == DiscountPeriod.YEAR ? 0.2 : 0.8, 0.999),
              deadline,
              stances,
              redLines,
              period));
    }
    List<Lever> levers = new ArrayList<>();
    for (int l = 0; l < r.nextInt(3); l++) {
      ActorId who = profiles.get(r.nextInt(k)).actor();
      LeverEffect effect =
          r.nextBoolean()
              ? new LeverEffect(
                  who,
                  LeverEffect.Parameter.RESERVATION,
                  null,
                  null,
                  LeverEffect.Operation.ADD,
                  -0.1)
              : new LeverEffect(
                  who, LeverEffect.Parameter.PATIENCE, null, null, LeverEffect.Operation.SET, 0.5);
      levers.add(
          new Lever(LeverId.of("lever" + l), "L" + l, "", List.of(effect), Basis.unstated()));
    }
    List<Actor> actors = new ArrayList<>();
    for (ActorProfile p : profiles) {
      actors.add(new Actor(p.actor(), p.actor().value(), ActorKind.STATE, List.of(), List.of()));
    }
    actors.add(
        new Actor(ActorId.of("observer"), "Observer", ActorKind.PERSON, List.of(), List.of()));
    Scenario scenario =
        new Scenario(
            "random",
            "Random",
            "",
            asOf,
            UtilityModel.DEFAULT,
            actors,
            issues,
            profiles,
            levers,
            List.of(),
            roundDays[r.nextInt(roundDays.length)]);
    List<Drift> drifts = new ArrayList<>();
    if (r.nextBoolean()) {
      drifts.add(
          new Drift(
              profiles.get(r.nextInt(k)).actor(),
              LeverEffect.Parameter.RESERVATION,
              Drift.Change.PER_ROUND,
              r.nextBoolean() ? 0.02 : -0.02,
              0,
              Basis.unstated()));
    }
    return new DriftingScenario(scenario, drifts);
  }

  private static DriftingScenario ukraine() {
    return ScenarioReader.readDrifting(ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml"))
        .value();
  }

  // ---- the property ----

  @Test
  void permutingActorsAndProfiles_ofRandomScenarios_permutesEveryResult() {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int s = 0; s < 12; s++) {
      DriftingScenario d = randomScenario(random);
      Map<String, Object> expected = everything(d, 40, List.of());
      for (int p = 0; p < 2; p++) {
        DriftingScenario q =
            new DriftingScenario(permuted(d.scenario(), random), d.drifts().reversed());
        assertSame(
            everything(q, 40, List.of()),
            expected,
            "random scenario " + s + ", permutation " + p + " " + profileOrder(q));
      }
    }
  }

  @Test
  void permutingActorsAndProfiles_ofTheUkraineExample_permutesEveryResult() {
    // before: moving the US profile above Ukraine's turned "conceded first: ukraine in 100% of
    // runs" into "united-states in 100%" and the agreement rate from 97% to 100%
    DriftingScenario d = ukraine();
    List<String> models = List.of("compromise", "exchange", "eum-scholz", "smp");
    Map<String, Object> expected = everything(d, 24, models);
    SplittableRandom random = new SplittableRandom(7);
    Scenario s = d.scenario();
    List<ActorProfile> usFirst = new ArrayList<>(s.profiles());
    usFirst.sort(
        java.util.Comparator.comparing(
            (ActorProfile p) -> !p.actor().value().equals("united-states")));
    Scenario moved =
        new Scenario(
            s.id(),
            s.title(),
            s.description(),
            s.asOf(),
            s.utility(),
            s.actors(),
            s.issues(),
            usFirst,
            s.levers(),
            s.sources(),
            s.roundDays());
    for (Scenario q : List.of(moved, permuted(s, random))) {
      assertSame(
          everything(new DriftingScenario(q, d.drifts()), 24, models),
          expected,
          "ukraine " + profileOrder(new DriftingScenario(q, d.drifts())));
    }
  }

  private static String profileOrder(DriftingScenario d) {
    return d.scenario().profiles().stream().map(p -> p.actor().value()).toList().toString();
  }

  /** Runs every analysis and returns their fingerprints. */
  private static Map<String, Object> everything(
      DriftingScenario d, int trials, List<String> uncertaintyModels) {
    Scenario s = d.scenario();
    Map<String, Object> out = new TreeMap<>();
    out.put("analyze", analyze(new ScenarioBargaining().analyze(s)));
    out.put("forecast", forecast(s));
    for (String protocol : List.of("saop", "mediator")) {
      SimulateScenario.Settings settings =
          new SimulateScenario.Settings(
              protocol,
              List.of(protocol.equals("saop") ? "scenario" : "nice-tft"),
              120,
              5,
              12,
              2,
              365,
              "nash",
              "random",
              List.of(),
              true);
      SimulateScenario.Result result = SimulateScenario.simulate(d, List.of("x"), settings);
      out.put(
          "simulate " + protocol,
          result.report() == null ? result.errors() : simulate(result.report()));
    }
    AnalyzeUncertainty.Options options =
        new AnalyzeUncertainty.Options(
            trials,
            Seed.of(9),
            2,
            AnalyzeUncertainty.Sensitivity.TORNADO,
            uncertaintyModels.isEmpty() ? ForecastModels.names() : uncertaintyModels,
            6,
            365,
            5,
            true,
            true,
            true);
    out.put("uncertainty", uncertainty(new AnalyzeUncertainty().analyze(d, options)));
    return out;
  }

  // ---- fingerprints: per-party figures keyed by actor id ----

  private static Map<String, Object> byParty(List<String> parties, List<?> values) {
    Map<String, Object> out = new TreeMap<>();
    for (int j = 0; j < parties.size(); j++) {
      out.put(parties.get(j), values.get(j));
    }
    return out;
  }

  private static Map<String, Object> analyze(ScenarioBargaining.Report r) {
    Map<String, Object> out = new TreeMap<>();
    out.put("base", report(r.base()));
    Map<String, Object> levers = new TreeMap<>();
    r.levers().forEach(l -> levers.put(l.lever().value(), report(l.report())));
    out.put("levers", levers);
    List<String> splits = new ArrayList<>();
    r.splits()
        .forEach(
            s ->
                splits.add(
                    s.first()
                        + " "
                        + s.second()
                        + " "
                        + s.split().firstShare()
                        + " "
                        + s.split().limitFirstShare()));
    Collections.sort(splits);
    out.put("splits", splits);
    List<String> relaxations = new ArrayList<>();
    Deadlock d = r.deadlock();
    out.put("deadlock", d.deadlocked() + " " + d.cause());
    d.relaxations()
        .forEach(
            x ->
                relaxations.add(
                    x.actor().value()
                        + " "
                        + x.issue()
                        + " "
                        + x.option()
                        + " "
                        + x.opensZoneAlone()
                        + " "
                        + x.givesUp()));
    List<String> openings = new ArrayList<>();
    for (Deadlock.Opening o : d.openings()) {
      List<String> changes = new ArrayList<>();
      o.changes().forEach(c -> changes.add(c.actor() + " " + c.issue() + " " + c.option()));
      Collections.sort(changes);
      openings.add(changes + " " + o.outcome());
    }
    Collections.sort(openings);
    out.put("openings", openings);
    out.put("partial", d.partial().map(Deadlock.PartialDeal::outcome).toString());
    Collections.sort(relaxations);
    out.put("relaxations", relaxations);
    return out;
  }

  private static Map<String, Object> report(BargainingReport b) {
    List<String> parties = b.problem().parties();
    Map<String, Object> out = new TreeMap<>();
    out.put("frontier", b.frontier().size() + " " + b.frontier().isComplete());
    out.put("rational", b.rational());
    Map<String, Object> agreements = new TreeMap<>();
    for (Agreement a : b.agreements()) {
      Map<String, Object> x = new TreeMap<>();
      x.put("outcome", a.outcome());
      x.put("count", a.outcomeCount());
      x.put("value", a.value());
      x.put("utilities", byParty(parties, a.utilities()));
      x.put("ties", a.ties().size());
      agreements.put(a.concept(), x);
    }
    out.put("agreements", agreements);
    out.put("ideal", b.ideal().isEmpty() ? List.of() : byParty(parties, b.ideal()));
    out.put("opposition", b.opposition());
    List<Object> logrolls = new ArrayList<>();
    for (Logroll l : b.logrolls()) {
      String a =
          parties.get(l.first())
              + " "
              + l.firstConcedes()
              + " "
              + l.firstFrom()
              + ">"
              + l.firstTo();
      String c =
          parties.get(l.second())
              + " "
              + l.secondConcedes()
              + " "
              + l.secondFrom()
              + ">"
              + l.secondTo();
      logrolls.add(
          List.of(
              a.compareTo(c) < 0 ? a + " | " + c : c + " | " + a, byParty(parties, l.effects())));
    }
    logrolls.sort(java.util.Comparator.comparing(Object::toString));
    out.put("logrolls", logrolls);
    ZopaOpening opening = b.opening();
    if (opening != null) {
      Map<String, Object> changes = new TreeMap<>();
      for (ReservationChange c : opening.perParty()) {
        changes.put(parties.get(c.party()), List.of(c.current(), c.required()));
      }
      out.put("opening", List.of(changes, opening.uniformCut()));
    }
    return out;
  }

  private static Map<String, Object> forecast(Scenario s) {
    SpatialProblem problem = SpatialProblems.from(s);
    Map<String, Object> out = new TreeMap<>();
    for (String name : ForecastModels.names()) {
      Forecaster model = ForecastModels.named(name).orElseThrow();
      var f = model.forecast(problem, Seed.of(3));
      out.put(name, List.of(f.outcome(), new TreeMap<>(f.details())));
    }
    return out;
  }

  private static Map<String, Object> simulate(SimulateScenario.Report r) {
    List<String> parties = r.negotiation().parties();
    Map<String, Object> out = new TreeMap<>();
    out.put("summary", r.summary());
    out.put("profile", profile(parties, r.profile()));
    out.put("concession", r.concession().concessionOrder());
    out.put("zone", r.zoneExists());
    List<Object> runs = new ArrayList<>();
    for (SimulationRun run : r.runs()) {
      Outcome o = run.outcome();
      runs.add(
          List.of(
              o.getClass().getSimpleName(),
              o.rounds(),
              o instanceof Outcome.Agreement a ? a.bid().outcomeList() : List.of(),
              byParty(parties, o.payoffs()),
              run.settled()));
    }
    out.put("runs", runs);
    Map<String, Object> levers = new TreeMap<>();
    for (SimulateScenario.LeverBatch l : r.levers()) {
      levers.put(
          l.lever().id().value(),
          l.profile() == null
              ? l.errors()
              : List.of(
                  l.summary(), profile(parties, l.profile()), l.concession().concessionOrder()));
    }
    out.put("levers", levers);
    return out;
  }

  private static Map<String, Object> profile(List<String> parties, AgreementProfile p) {
    Map<String, Object> out = new TreeMap<>();
    out.put("options", p.optionCounts());
    out.put("modal", p.modalPackage() + " " + p.modalCount());
    out.put("utility", byParty(parties, p.expectedUtility()));
    out.put("concession", byParty(parties, p.meanConcession()));
    return out;
  }

  private static Map<String, Object> uncertainty(AnalyzeUncertainty.Report r) {
    List<String> parties = r.scenario().profiles().stream().map(p -> p.actor().value()).toList();
    Map<String, Object> out = new TreeMap<>();
    LeverComparisonResult levers = r.levers();
    out.put("baseline", monteCarlo(levers.baseline().result()));
    out.put("nominal", byOutput(levers.outputs(), levers.baseline().nominal()));
    Map<String, Object> pulled = new TreeMap<>();
    for (LeverComparisonResult.LeverVariant l : levers.levers()) {
      Map<String, Object> differences = new TreeMap<>();
      l.differences().forEach(x -> differences.put(x.output(), x));
      pulled.put(
          l.lever().value(),
          List.of(
              monteCarlo(l.variant().result()),
              byOutput(levers.outputs(), l.variant().nominal()),
              differences));
    }
    out.put("levers", pulled);
    TornadoResult tornado = r.tornado();
    if (tornado != null) {
      Map<String, Object> outputs = new TreeMap<>();
      tornado.outputs().forEach(o -> outputs.put(o.output(), o));
      out.put("tornado", outputs);
    }
    ConcessionTimeline t = r.timeline();
    out.put("order", t.concessionOrder());
    out.put("first deal", t.firstDealRound());
    Map<String, Object> timing = new TreeMap<>();
    t.parties().forEach(p -> timing.put(p.party(), p));
    out.put("timing", timing);
    List<Object> states = new ArrayList<>();
    for (ConcessionTimeline.RoundState s : t.states()) {
      states.add(
          List.of(
              s.round(),
              s.complete(),
              s.zone(),
              byParty(parties, s.walkAway()),
              byParty(parties, s.capability()),
              byParty(parties, s.offers()),
              s.nashOutcome(),
              s.nashUtilities().isEmpty() ? List.of() : byParty(parties, s.nashUtilities()),
              s.forecasts()));
    }
    out.put("states", states);
    return out;
  }

  private static Map<String, Object> byOutput(List<String> outputs, List<Double> values) {
    Map<String, Object> out = new TreeMap<>();
    for (int c = 0; c < outputs.size(); c++) {
      out.put(outputs.get(c), values.get(c));
    }
    return out;
  }

  private static Map<String, Object> monteCarlo(MonteCarloResult m) {
    Map<String, Object> out = new TreeMap<>();
    out.put("trials", m.trials() + " " + m.parameters() + " " + m.uncertain());
    out.put("forecasts", m.forecasts());
    out.put("simulations", m.simulations());
    for (BargainingDistribution b : m.bargaining()) {
      Map<String, Object> utilities = new TreeMap<>();
      b.utilities().forEach(u -> utilities.put(u.party(), u.utility()));
      out.put(
          b.analysis(),
          List.of(
              b.deal(),
              b.margin(),
              b.selected(),
              b.distinctPackages(),
              b.packages(),
              utilities,
              b.undetermined()));
    }
    return out;
  }

  // ---- comparison: exact for discrete values, 1e-12 relative for doubles ----

  private static void assertSame(Object actual, Object expected, String where) {
    compare(actual, expected, where);
  }

  private static void compare(Object a, Object b, String path) {
    if (a instanceof Double x && b instanceof Double y) {
      double dx = x;
      double dy = y;
      if (Double.isNaN(dx) || Double.isNaN(dy)) {
        assertThat(Double.isNaN(dx)).as(path).isEqualTo(Double.isNaN(dy));
      } else if (dx != dy
          && Math.abs(dx - dy) > TOLERANCE * Math.max(1, Math.max(Math.abs(dx), Math.abs(dy)))) {
        fail(path + ": " + dx + " but expected " + dy);
      }
    } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      assertThat(x.keySet()).as(path).isEqualTo(y.keySet());
      for (Object key : x.keySet()) {
        compare(x.get(key), y.get(key), path + "/" + key);
      }
    } else if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      assertThat(x).as(path).hasSameSizeAs(y);
      var i = x.iterator();
      var j = y.iterator();
      for (int n = 0; i.hasNext(); n++) {
        compare(i.next(), j.next(), path + "[" + n + "]");
      }
    } else if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      assertThat(x.isPresent()).as(path).isEqualTo(y.isPresent());
      if (x.isPresent()) {
        compare(x.get(), y.get(), path);
      }
    } else if (a != null && b != null && a.getClass().isRecord() && a.getClass() == b.getClass()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          compare(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "." + c.getName());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } else {
      assertThat(a).as(path).isEqualTo(b);
    }
  }
}
