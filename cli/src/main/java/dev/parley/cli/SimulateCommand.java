package dev.parley.cli;

import dev.parley.app.Messages;
import dev.parley.app.RunStoppedException;
import dev.parley.app.SimulateScenario;
import dev.parley.app.SimulationJson;
import dev.parley.app.SimulationTrace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley simulate}: agent-based bargaining over a scenario. */
@Command(
    name = "simulate",
    header = "Simulate the bargaining round by round with agents.",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate the bargaining round by round: agents with concession strategies",
      "(Boulware, linear, conceder, tit for tat, hardliner, the scenario's own",
      "patience and deadlines, or Rubinstein's subgame-perfect strategy) under",
      "stacked alternating offers, a mediator's single negotiating text, or a plan",
      "of sessions among subsets of parties, on the scenario's clock (round_days).",
      "Prints the agreement, who conceded most, the distance to the Nash and",
      "Kalai-Smorodinsky packages, and over seeded runs p_agreement_within (the share",
      "agreeing within --horizon-days of as_of), the agreement dates, who concedes",
      "first, what the agreements settle on and what each party gets; then the same",
      "runs with each lever pulled.",
      "FILE is a scenario, or a GENIUS / GeniusWeb domain followed by its profiles."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "A scenario, or a domain and its profiles.")
  List<Path> inputs;

  @Option(
      names = "--protocol",
      defaultValue = "saop",
      description = "saop, mediator or sessions (default: ${DEFAULT-VALUE}).")
  String protocol;

  @Option(
      names = "--agents",
      defaultValue = "scenario",
      split = ",",
      paramLabel = "KIND",
      description =
          "One kind for every party, or one per party in profile order (default:"
              + " ${DEFAULT-VALUE}). Kinds: boulware, linear, conceder, hardliner, naive-tft,"
              + " nice-tft, scenario, rubinstein.")
  List<String> agents;

  @Option(
      names = "--rounds",
      defaultValue = "100",
      description =
          "The cap on a run, in rounds: a round is one party's turn and lasts the scenario's"
              + " round_days; the agents pace themselves on their own patience and deadlines;"
              + " 1 to 100000 (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--runs",
      defaultValue = "1",
      description = "How many seeded runs, 1 to 100,000 (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--threads",
      description =
          "Threads for the runs, 1 to 1024; results do not depend on it (default: the CPUs).")
  Integer threads;

  @Option(
      names = "--horizon-days",
      defaultValue = "365",
      description =
          "The horizon of p_agreement_within, the share of runs that agree within that many days"
              + " of as_of, 0 to 36500 (default: ${DEFAULT-VALUE}).")
  double horizonDays;

  @Option(
      names = "--target",
      defaultValue = "nash",
      description = "mediator: steer the text to nash or ks (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(
      names = "--first-draft",
      defaultValue = "random",
      paramLabel = "ACTOR",
      description = "mediator: the party whose favourite is the first text, or random (default).")
  String firstDraft;

  @Option(
      names = "--session",
      paramLabel = "SPEC",
      description =
          "sessions: one session, ACTOR,ACTOR[:ISSUE,ISSUE][/ROUNDS]; repeatable, in order."
              + " Without ':' a session takes every open issue. Default plan: the two most"
              + " capable parties for half the rounds, then every party on what is left.")
  List<String> sessions = List.of();

  @Option(
      names = "--trace",
      paramLabel = "FILE",
      description =
          "Write every run's steps to FILE: CSV if its name ends in '.csv', else JSON Lines.")
  Path trace;

  @Option(
      names = "--no-levers",
      description =
          "Do not run the batch again with each of the scenario's levers pulled alone (by default"
              + " every lever is compared with the baseline, on the same seeds).")
  boolean noLevers;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin VerboseOption verbose;

  /** The clock and interrupts; tests set their own. */
  Surroundings surroundings = Surroundings.system();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Limits.check(
        spec,
        "--runs",
        runs,
        1,
        Limits.MAX_RUNS,
        "each run is one seeded negotiation; a few thousand give p_agreement_within to about a"
            + " point");
    Limits.check(
        spec,
        "--rounds",
        rounds,
        1,
        Limits.MAX_RUN_ROUNDS,
        "--rounds caps a run (a round is one party's turn and lasts the scenario's round_days)");
    Limits.check(
        spec,
        "--threads",
        workers,
        1,
        Limits.MAX_THREADS,
        "results do not depend on the threads; more than the processors gain nothing");
    Limits.check(
        spec,
        "--horizon-days",
        horizonDays,
        0,
        Limits.MAX_HORIZON_DAYS,
        "the horizon of p_agreement_within, in days after as_of: at most a century");
    SimulateScenario.Settings settings =
        new SimulateScenario.Settings(
            protocol,
            agents,
            rounds,
            seed,
            runs,
            workers,
            horizonDays,
            target,
            firstDraft,
            sessions,
            !noLevers);
    SimulateScenario.Result result;
    try (LongRun run = LongRun.start("parley simulate", err, surroundings)) {
      try {
        result = SimulateScenario.run(inputs, settings, run.progress());
      } catch (RunStoppedException e) {
        return run.stopped(e);
      }
    }
    err.print(Messages.diagnostics(result.diagnostics()));
    for (String error : result.errors()) {
      String[] lines = error.split("\n", 2);
      err.println("parley simulate: error: " + lines[0]);
      if (lines.length > 1) {
        err.println("    hint: " + lines[1]);
      }
    }
    err.flush();
    SimulateScenario.Report report = result.report();
    if (report == null) {
      return ExitCodes.INPUT;
    }
    if (trace != null) {
      try {
        SimulationTrace.write(report, trace);
      } catch (IOException e) {
        err.println(
            "parley simulate: error: cannot write the trace to " + trace + ": " + e.getMessage());
        err.println("    hint: check that the directory exists and is writable");
        err.flush();
        return ExitCodes.INPUT;
      }
    }
    if (format == OutputFormat.JSON) {
      out.print(SimulationJson.write(report, VersionProvider.version()));
    } else {
      out.print(SimulationTable.render(report));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
