package dev.parley.app;

import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.bargain.Deadlock;
import dev.parley.core.bargain.DeadlockAnalysis;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.bargain.PartialDeals;
import dev.parley.core.bargain.SequentialMergeParetoFrontier;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Lever;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import dev.parley.core.random.Seed;
import dev.parley.core.sensitivity.ConcessionAnalysis;
import dev.parley.core.sensitivity.ConcessionTimeline;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.simulate.AgentType;
import dev.parley.core.simulate.AgentTypes;
import dev.parley.core.simulate.AgreementProfile;
import dev.parley.core.simulate.AlternatingOffersProtocol;
import dev.parley.core.simulate.Negotiation;
import dev.parley.core.simulate.Negotiations;
import dev.parley.core.simulate.Protocol;
import dev.parley.core.simulate.SequentialSessionsProtocol;
import dev.parley.core.simulate.Simulation;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.SimulationSummary;
import dev.parley.core.simulate.SingleTextMediationProtocol;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley simulate}: load a scenario, set up the negotiation its
 * parameters imply, and run a protocol with the chosen negotiators over a batch of seeded runs.
 */
public final class SimulateScenario {
  /** The protocols, by the names the command line uses. */
  public static final List<String> PROTOCOLS = List.of("saop", "mediator", "sessions");

  private SimulateScenario() {}

  /**
   * What to simulate, as the command line gives it.
   *
   * @param protocol {@code saop}, {@code mediator} or {@code sessions}
   * @param agents one agent kind for every party, or one per party in profile order
   * @param rounds the cap on the rounds of a run (a round lasts the scenario's {@code round_days});
   *     it ends a run, the agents pace themselves on their own patience and deadlines
   * @param runs how many seeded runs
   * @param threads how many threads run them; the results do not depend on it
   * @param horizonDays the horizon of {@code p_agreement_within}, in days after {@code as_of}
   * @param target the mediator's target, {@code nash} or {@code ks}
   * @param firstDraft the actor whose favourite package is the mediator's first text, or {@code
   *     random}
   * @param sessions the session plan, each {@code ACTOR,ACTOR[:ISSUE,ISSUE][/ROUNDS]}; empty for
   *     the default plan
   * @param levers whether to run the batch again with each of the scenario's levers pulled alone,
   *     with the same seeds
   */
  public record Settings(
      String protocol,
      List<String> agents,
      int rounds,
      long seed,
      int runs,
      int threads,
      double horizonDays,
      String target,
      String firstDraft,
      List<String> sessions,
      boolean levers) {
    /** Validates and copies the fields. */
    public Settings {
      Objects.requireNonNull(protocol, "protocol");
      agents = List.copyOf(agents);
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(firstDraft, "firstDraft");
      sessions = List.copyOf(sessions);
    }

    /**
     * Returns the default settings: SAOP, the scenario's own agents, a cap of 100 rounds, seed 1,
     * one run, a horizon of 365 days, the levers compared.
     */
    public static Settings defaults() {
      return new Settings(
          "saop",
          List.of("scenario"),
          100,
          1,
          1,
          1,
          SimulationSummary.DEFAULT_HORIZON_DAYS,
          "nash",
          "random",
          List.of(),
          true);
    }
  }

  /**
   * The simulation, or why it did not run.
   *
   * @param report the simulation; null when the inputs or the settings had errors
   * @param diagnostics every problem found in the input files
   * @param errors problems with the settings, each a message and a hint on two lines
   */
  public record Result(
      @Nullable Report report, List<LocatedDiagnostic> diagnostics, List<String> errors) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
      errors = List.copyOf(errors);
    }
  }

  /**
   * A finished simulation.
   *
   * @param inputs the files read, as given
   * @param runs every run, in index order
   * @param profile what the runs settled on and what each party got
   * @param concession who concedes first: the scenario's concession analysis ({@link
   *     ConcessionAnalysis}), the one definition every command reports
   * @param zoneExists whether, at nominal values, some package beats walking away for every party
   * @param deadlock whether the scenario is deadlocked; when it is, the agents bargain over partial
   *     deals, which may leave issues open ({@link PartialDeals})
   * @param levers the same batch with each lever pulled alone, in the scenario's order; empty when
   *     not asked for or when the scenario has no levers
   */
  public record Report(
      Scenario scenario,
      List<String> inputs,
      Settings settings,
      Simulation simulation,
      List<SimulationRun> runs,
      SimulationSummary summary,
      AgreementProfile profile,
      ConcessionTimeline concession,
      boolean zoneExists,
      Deadlock deadlock,
      List<LeverBatch> levers) {
    /** Copies the fields. */
    public Report {
      Objects.requireNonNull(deadlock, "deadlock");
      Objects.requireNonNull(scenario, "scenario");
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(simulation, "simulation");
      runs = List.copyOf(runs);
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(concession, "concession");
      levers = List.copyOf(levers);
    }

    /** Returns the negotiation simulated. */
    public Negotiation negotiation() {
      return simulation.negotiation();
    }
  }

  /**
   * The batch run again with one lever pulled: the same agents, protocol, seeds and number of runs
   * on the scenario the lever changes, so that each run pairs with the baseline run of its index.
   *
   * @param negotiation the negotiation with the lever pulled; null when it could not be set up
   * @param summary null when it could not be set up
   * @param profile null when it could not be set up
   * @param concession who concedes first with the lever pulled; null when it could not be set up
   * @param errors why it could not be set up (such as an empty frontier), each a message and a hint
   *     on two lines
   */
  public record LeverBatch(
      Lever lever,
      @Nullable Negotiation negotiation,
      @Nullable SimulationSummary summary,
      @Nullable AgreementProfile profile,
      @Nullable ConcessionTimeline concession,
      List<String> errors) {
    /** Validates and copies the fields. */
    public LeverBatch {
      Objects.requireNonNull(lever, "lever");
      errors = List.copyOf(errors);
    }
  }

  /** Loads the inputs and runs the simulation the settings describe. */
  public static Result run(List<Path> inputs, Settings settings) {
    return run(inputs, settings, RunProgress.silent());
  }

  /**
   * Loads the inputs and runs the simulation the settings describe, telling the progress of the
   * runs as they go.
   *
   * @throws RunStoppedException if the progress was asked to stop
   */
  public static Result run(List<Path> inputs, Settings settings, RunProgress progress) {
    LoadResult<DriftingScenario> loaded = ScenarioInputs.loadDrifting(inputs);
    DriftingScenario scenario = loaded.value();
    if (scenario == null) {
      return new Result(null, loaded.diagnostics(), List.of());
    }
    Result result =
        simulate(scenario, inputs.stream().map(Path::toString).toList(), settings, progress);
    return new Result(result.report(), loaded.diagnostics(), result.errors());
  }

  /**
   * Runs the simulation the settings describe on a scenario already loaded, without drifts.
   *
   * @param inputs the names the scenario was read from, for the report
   */
  public static Result simulate(Scenario scenario, List<String> inputs, Settings settings) {
    return simulate(new DriftingScenario(scenario, List.of()), inputs, settings);
  }

  /**
   * Runs the simulation the settings describe on a scenario already loaded; its drifts enter who
   * concedes first ({@link ConcessionAnalysis}), not the simulated runs.
   *
   * @param inputs the names the scenario was read from, for the report
   */
  public static Result simulate(DriftingScenario drifting, List<String> inputs, Settings settings) {
    return simulate(drifting, inputs, settings, RunProgress.silent());
  }

  /**
   * Runs the simulation the settings describe on a scenario already loaded, telling the progress of
   * the runs (the baseline's and each lever's) as they go; before they start, a few runs are timed
   * to estimate how long they will take (see {@link RunProgress}).
   *
   * @param inputs the names the scenario was read from, for the report
   * @throws RunStoppedException if the progress was asked to stop
   */
  public static Result simulate(
      DriftingScenario drifting, List<String> inputs, Settings settings, RunProgress progress) {
    Scenario scenario = drifting.scenario();
    List<String> errors = new ArrayList<>();
    Deadlock deadlock = new DeadlockAnalysis().analyze(scenario);
    Simulation simulation = prepare(scenario, deadlock, settings, errors);
    if (simulation == null) {
      return new Result(null, List.of(), errors);
    }
    Seed seed = Seed.of(settings.seed());
    long units = (long) settings.runs() * (1 + (settings.levers() ? scenario.levers().size() : 0));
    double perRun = progress.secondsPerUnit(() -> simulation.run(seed, 0), units);
    int parallel =
        Math.max(1, Math.min(settings.threads(), Runtime.getRuntime().availableProcessors()));
    progress.start(units, "runs", perRun * units / parallel);
    List<SimulationRun> runs = runAll(simulation, seed, settings, progress);
    List<LeverBatch> levers = new ArrayList<>();
    if (settings.levers()) {
      for (Lever lever : scenario.levers()) {
        levers.add(pull(drifting, lever, settings, progress));
      }
    }
    Report report =
        new Report(
            scenario,
            inputs,
            settings,
            simulation,
            runs,
            summary(scenario, runs, settings),
            AgreementProfile.of(simulation.negotiation(), runs),
            concession(scenario, drifting, settings),
            simulation.negotiation().nash().isPresent() && !deadlock.deadlocked(),
            deadlock,
            levers);
    return new Result(report, List.of(), List.of());
  }

  private static SimulationSummary summary(
      Scenario scenario, List<SimulationRun> runs, Settings settings) {
    return SimulationSummary.of(runs, scenario.roundDays(), settings.horizonDays());
  }

  /** Returns who concedes first, by the one definition: the scenario's concession analysis. */
  static ConcessionTimeline concession(
      Scenario scenario, DriftingScenario drifting, Settings settings) {
    return new ConcessionAnalysis(
            ConcessionAnalysis.DEFAULT_ROUNDS, List.of(), Seed.of(settings.seed()))
        .analyze(scenario, drifting.drifts());
  }

  /** Runs the batch again on the scenario with one lever pulled. */
  static LeverBatch pull(
      DriftingScenario drifting, Lever lever, Settings settings, RunProgress progress) {
    List<String> errors = new ArrayList<>();
    Scenario pulled = Levers.apply(drifting.scenario(), List.of(lever.id()));
    Simulation simulation =
        prepare(pulled, new DeadlockAnalysis().analyze(pulled), settings, errors);
    if (simulation == null) {
      return new LeverBatch(lever, null, null, null, null, errors);
    }
    List<SimulationRun> runs = runAll(simulation, Seed.of(settings.seed()), settings, progress);
    return new LeverBatch(
        lever,
        simulation.negotiation(),
        summary(pulled, runs, settings),
        AgreementProfile.of(simulation.negotiation(), runs),
        concession(pulled, drifting, settings),
        List.of());
  }

  /**
   * Returns runs {@code 0..runs-1} of the batch, in index order, as {@link Simulation#runAll}
   * returns them (each run depends on its index alone, so the threads do not change them), each
   * checking for a stop request before it starts and counted when it ends.
   */
  static List<SimulationRun> runAll(
      Simulation simulation, Seed seed, Settings settings, RunProgress progress) {
    int count = settings.runs();
    SimulationRun[] out = new SimulationRun[count];
    int threads = Math.min(settings.threads(), count);
    if (threads <= 1) {
      for (int i = 0; i < count; i++) {
        progress.checkStopped();
        out[i] = simulation.run(seed, i);
        progress.advance();
      }
      return List.of(out);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    progress.checkStopped();
                    out[i] = simulation.run(seed, i);
                    progress.advance();
                  }
                }));
      }
      for (Future<?> task : tasks) {
        try {
          task.get();
        } catch (ExecutionException e) {
          // stop the other threads from starting more runs, and report the first failure
          next.set(count);
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException("a simulation run failed", cause);
        }
      }
      return List.of(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running simulations", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Returns the simulation a scenario and settings describe, or null with the errors found; the
   * agents of a deadlocked scenario bargain over partial deals.
   */
  static @Nullable Simulation prepare(
      Scenario scenario, Deadlock deadlock, Settings s, List<String> errors) {
    List<String> parties = scenario.profiles().stream().map(p -> p.actor().value()).toList();
    int k = parties.size();
    if (k < 2) {
      errors.add(
          "expected at least two actors with a profile to simulate, but found "
              + k
              + "\nadd a profile for every party that bargains");
    }
    if (!PROTOCOLS.contains(s.protocol())) {
      errors.add(
          "--protocol: expected one of "
              + String.join(", ", PROTOCOLS)
              + ", but found '"
              + s.protocol()
              + "'\nsaop: stacked alternating offers; mediator: single-text mediation;"
              + " sessions: partial agreements in a plan of sessions");
    }
    if (s.rounds() < 1 || s.runs() < 1 || s.threads() < 1 || !(s.horizonDays() >= 0)) {
      errors.add(
          "expected --rounds, --runs and --threads of at least 1 and --horizon-days of at least 0,"
              + " but found "
              + s.rounds()
              + ", "
              + s.runs()
              + ", "
              + s.threads()
              + " and "
              + s.horizonDays()
              + "\n--rounds caps a run (a round is one party's turn and lasts the scenario's"
              + " round_days); --horizon-days is the horizon of p_agreement_within");
    }
    if (!s.sessions().isEmpty() && !s.protocol().equals("sessions")) {
      errors.add(
          "--session: a plan of sessions needs --protocol sessions, but the protocol is '"
              + s.protocol()
              + "'\nadd --protocol sessions, or drop --session");
    }
    List<AgentType> agents = agents(s.agents(), parties, errors);
    if (!errors.isEmpty()) {
      return null;
    }
    Protocol protocol = protocol(scenario, s, errors);
    if (protocol == null) {
      return null;
    }
    // a deadlocked scenario has no whole package for everyone: the agents bargain over partial
    // deals, which may leave issues open (see PartialDeals)
    boolean deadlocked = deadlock.deadlocked();
    ParetoFrontier frontier =
        new SequentialMergeParetoFrontier()
            .compute(
                deadlocked ? PartialDeals.problem(scenario) : BargainingProblems.from(scenario));
    if (!frontier.isComplete() || frontier.size() == 0) {
      errors.add(
          frontier.isComplete() && deadlocked
              ? "the talks are deadlocked, and no deal, not even a partial one, can be made: the"
                  + " red lines leave an issue that must be settled (deferrable: false) no option"
                  + "\nparley analyze shows the deadlock and the smallest relaxations that would"
                  + " open it"
              : "the scenario's exact Pareto frontier, which the agents bid from, "
                  + frontier.limit().map(l -> "is too large: " + l.describe()).orElse("is empty")
                  + "\nmerge or drop issues, or coarsen numeric issues");
      return null;
    }
    Negotiation negotiation = Negotiations.from(scenario, frontier, s.rounds());
    return new Simulation(protocol, negotiation, agents);
  }

  private static List<AgentType> agents(
      List<String> names, List<String> parties, List<String> errors) {
    List<AgentType> out = new ArrayList<>();
    for (String name : names) {
      AgentTypes.named(name)
          .ifPresentOrElse(
              out::add,
              () ->
                  errors.add(
                      "--agents: expected one of "
                          + String.join(", ", AgentTypes.names())
                          + ", but found '"
                          + name
                          + "'\nname one kind for every party, or one per party in profile order"));
    }
    if (!errors.isEmpty()) {
      return List.of();
    }
    if (out.size() == 1) {
      return java.util.Collections.nCopies(parties.size(), out.get(0));
    }
    if (out.size() != parties.size()) {
      errors.add(
          "--agents: expected 1 or "
              + parties.size()
              + " names (one per party: "
              + String.join(", ", parties)
              + "), but found "
              + out.size()
              + "\nseparate the names with commas, in the order of the scenario's profiles");
    }
    return out;
  }

  private static @Nullable Protocol protocol(Scenario scenario, Settings s, List<String> errors) {
    List<String> parties = scenario.profiles().stream().map(p -> p.actor().value()).toList();
    return switch (s.protocol()) {
      case "mediator" -> {
        SingleTextMediationProtocol.Target target =
            switch (s.target()) {
              case "nash" -> SingleTextMediationProtocol.Target.NASH;
              case "ks" -> SingleTextMediationProtocol.Target.KALAI_SMORODINSKY;
              default -> null;
            };
        if (target == null) {
          errors.add(
              "--target: expected nash or ks, but found '"
                  + s.target()
                  + "'\nthe mediator steers its text towards the Nash or the Kalai-Smorodinsky package");
          yield null;
        }
        int draft = s.firstDraft().equals("random") ? -1 : parties.indexOf(s.firstDraft());
        if (draft < 0 && !s.firstDraft().equals("random")) {
          errors.add(
              "--first-draft: expected random or a party ("
                  + String.join(", ", parties)
                  + "), but found '"
                  + s.firstDraft()
                  + "'\nthe first text is that party's favourite package");
          yield null;
        }
        yield new SingleTextMediationProtocol(
            target, SingleTextMediationProtocol.DEFAULT_STEP, draft);
      }
      case "sessions" -> {
        List<SequentialSessionsProtocol.Session> plan =
            s.sessions().isEmpty()
                ? defaultPlan(scenario, s.rounds())
                : plan(scenario, s.sessions(), errors);
        yield errors.isEmpty() ? new SequentialSessionsProtocol(plan) : null;
      }
      default -> new AlternatingOffersProtocol();
    };
  }

  /**
   * Returns the default plan: the two most capable parties (equal capabilities by actor id) on
   * every issue for half the rounds, then every party on what is left (a vote on the package if
   * they settled everything). Each run draws the order of moves within a session.
   */
  static List<SequentialSessionsProtocol.Session> defaultPlan(Scenario scenario, int rounds) {
    List<ActorProfile> profiles = scenario.profiles();
    List<Integer> byCapability = new ArrayList<>();
    for (int j = 0; j < profiles.size(); j++) {
      byCapability.add(j);
    }
    byCapability.sort(
        Comparator.comparingDouble((Integer j) -> -profiles.get(j).capability().nominal())
            .thenComparing(j -> profiles.get(j).actor().value()));
    List<Integer> pair = byCapability.subList(0, 2).stream().sorted().toList();
    List<Integer> all = new ArrayList<>(byCapability);
    all.sort(Comparator.naturalOrder());
    return List.of(
        new SequentialSessionsProtocol.Session(pair, List.of(), Math.max(1, rounds / 2)),
        new SequentialSessionsProtocol.Session(all, List.of(), 0));
  }

  /** Parses session specifications {@code ACTOR,ACTOR[:ISSUE,ISSUE][/ROUNDS]}. */
  static List<SequentialSessionsProtocol.Session> plan(
      Scenario scenario, List<String> specs, List<String> errors) {
    List<String> parties = scenario.profiles().stream().map(p -> p.actor().value()).toList();
    List<String> issues = scenario.issues().stream().map(i -> i.id().value()).toList();
    List<SequentialSessionsProtocol.Session> out = new ArrayList<>();
    for (String spec : specs) {
      String rest = spec.strip();
      int rounds = 0;
      int slash = rest.lastIndexOf('/');
      if (slash >= 0) {
        try {
          rounds = Integer.parseInt(rest.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
          rounds = -1;
        }
        rest = rest.substring(0, slash);
      }
      int colon = rest.indexOf(':');
      String partyPart = colon < 0 ? rest : rest.substring(0, colon);
      String issuePart = colon < 0 ? "" : rest.substring(colon + 1);
      int before = errors.size();
      List<Integer> at = indexes(partyPart, parties, "a party", spec, errors);
      boolean partiesKnown = errors.size() == before;
      List<Integer> on = indexes(issuePart, issues, "an issue", spec, errors);
      if (rounds < 0) {
        errors.add(
            "--session '"
                + spec
                + "': expected a whole number of rounds after '/'\nfor example us,russia:territory/40");
      } else if (partiesKnown) {
        // (an unknown party has been reported already)
        if (at.size() < 2 || new java.util.HashSet<>(at).size() != at.size()) {
          errors.add(
              "--session '"
                  + spec
                  + "': expected at least two different parties, but found "
                  + at.size()
                  + "\nlist the parties at the table, separated by commas");
        } else {
          out.add(
              new SequentialSessionsProtocol.Session(at, on.stream().distinct().toList(), rounds));
        }
      }
    }
    java.util.Set<Integer> covered = new java.util.HashSet<>();
    for (SequentialSessionsProtocol.Session session : out) {
      if (session.issues().isEmpty()) {
        for (int i = 0; i < issues.size(); i++) {
          covered.add(i);
        }
      }
      covered.addAll(session.issues());
    }
    if (errors.isEmpty() && covered.size() != issues.size()) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < issues.size(); i++) {
        if (!covered.contains(i)) {
          missing.add(issues.get(i));
        }
      }
      errors.add(
          "--session: expected every issue on some session's table, but "
              + String.join(", ", missing)
              + " is on none\nend the plan with a session without ':', which takes every open issue");
    }
    return out;
  }

  private static List<Integer> indexes(
      String list, List<String> known, String what, String spec, List<String> errors) {
    List<Integer> out = new ArrayList<>();
    for (String name : list.split(",", -1)) {
      String id = name.strip();
      if (id.isEmpty()) {
        continue;
      }
      int index = known.indexOf(id);
      if (index < 0) {
        errors.add(
            "--session '"
                + spec
                + "': expected "
                + what
                + " of the scenario ("
                + String.join(", ", known)
                + "), but found '"
                + id
                + "'\nparties are actor ids with a profile; issues are issue ids");
      } else {
        out.add(index);
      }
    }
    return out;
  }

  /** Returns the label of an option: the value of a numeric issue, else the option's id. */
  public static String optionLabel(Issue issue, int option) {
    if (option >= issue.options().size()) {
      return PartialDeals.OPEN;
    }
    if (issue.numeric() != null) {
      double v = issue.numeric().valueAt(option);
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    return issue.options().get(option).id();
  }
}
