package dev.parley.cli;

import dev.parley.app.AnalyzeUncertainty;
import dev.parley.app.ForecastModels;
import dev.parley.app.Messages;
import dev.parley.app.RunStoppedException;
import dev.parley.app.UncertaintyJson;
import dev.parley.app.UncertaintyView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley uncertainty}: the analysis of a scenario under uncertainty, levers and time. */
@Command(
    name = "uncertainty",
    header = "Monte Carlo, sensitivity, levers and who concedes first.",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario under uncertainty: every range and distribution drawn per Monte Carlo trial,",
      "the forecast of every model on each issue as a distribution, p_zone_exists (a zone of",
      "agreement at as_of), with --simulate p_agreement_within (a simulated agreement within",
      "--horizon-days), the probability of each Nash package, each lever beside the baseline, which",
      "assumption moves the results most (tornado or Sobol), and who concedes first as time",
      "passes (drifts in the scenario). Results are the same for any number of threads.",
      "FILE is a scenario, or a GENIUS / GeniusWeb domain followed by its profiles."
    })
final class UncertaintyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "A scenario, or a domain and its profiles.")
  List<Path> inputs;

  @Option(
      names = "--trials",
      defaultValue = "10000",
      description = "Monte Carlo trials per variant, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "The seed; the same seed gives the same results (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      description = "Worker threads, 1 to 1024 (default: the available processors).")
  @Nullable Integer threads;

  @Option(
      names = "--sensitivity",
      description = "tornado (each number alone at its 5%% and 95%% quantiles) or sobol (indices).")
  AnalyzeUncertainty.@Nullable Sensitivity sensitivity;

  @Option(
      names = "--models",
      split = ",",
      paramLabel = "MODEL",
      description = "Forecasting models, comma-separated (default: all: ${COMPLETION-CANDIDATES}).",
      completionCandidates = ModelNames.class)
  @Nullable List<String> models;

  @Option(
      names = "--rounds",
      defaultValue = "24",
      description =
          "Rounds of the concession analysis, each the scenario's round_days long, 0 to 10000"
              + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--horizon-days",
      defaultValue = "365",
      description =
          "The horizon of p_agreement_within, in days after as_of, 0 to 36500 (with --simulate;"
              + " default: ${DEFAULT-VALUE}).")
  double horizonDays;

  @Option(
      names = "--top",
      defaultValue = "10",
      description =
          "How many of the most frequent Nash packages to list, 0 to 1000 (default:"
              + " ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--no-bargaining",
      negatable = true,
      defaultValue = "true",
      description =
          "Whether trials bargain: the deal, its margin, the Nash package (default: yes).")
  boolean bargaining;

  @Option(
      names = "--no-levers",
      negatable = true,
      defaultValue = "true",
      description = "Whether each lever is run beside the baseline (default: yes).")
  boolean levers;

  @Option(
      names = "--simulate",
      description = {
        "Also run the agent-based bargaining in every trial (stacked alternating offers between the",
        "scenario's own agents, as parley simulate by default): per-issue outcomes of the simulated",
        "agreements and p_agreement_within, the share of trials agreeing within --horizon-days.",
        "Costly: an exact Pareto frontier per trial."
      })
  boolean simulate;

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
    AnalyzeUncertainty.Options options = options();
    PrintWriter err = spec.commandLine().getErr();
    AnalyzeUncertainty.Result result;
    try (LongRun run = LongRun.start("parley uncertainty", err, surroundings)) {
      try {
        result = new AnalyzeUncertainty().run(inputs, options, run.progress());
      } catch (RunStoppedException e) {
        return run.stopped(e);
      }
    }
    return ReportOutput.print(
        spec,
        format,
        Messages.diagnostics(result.diagnostics()),
        result.report(),
        r ->
            UncertaintyJson.write(
                r, inputs.stream().map(Path::toString).toList(), VersionProvider.version()),
        r -> UncertaintyTable.render(UncertaintyView.of(r)));
  }

  private AnalyzeUncertainty.Options options() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Limits.check(
        spec,
        "--trials",
        trials,
        1,
        Limits.MAX_TRIALS,
        "standard errors shrink only as 1/sqrt(trials): 10000 trials (the default) give about"
            + " 0.5 points on a probability");
    Limits.check(
        spec,
        "--threads",
        workers,
        1,
        Limits.MAX_THREADS,
        "results do not depend on the threads; more than the processors gain nothing");
    Limits.check(
        spec,
        "--rounds",
        rounds,
        0,
        Limits.MAX_CONCESSION_ROUNDS,
        "each round is the scenario's round_days long; 24 rounds of 30 days are two years");
    Limits.check(
        spec,
        "--horizon-days",
        horizonDays,
        0,
        Limits.MAX_HORIZON_DAYS,
        "the horizon of p_agreement_within, in days after as_of: at most a century");
    Limits.check(
        spec,
        "--top",
        top,
        0,
        Limits.MAX_TOP,
        "how many of the most frequent Nash packages to list");
    List<String> chosen = models == null || models.isEmpty() ? ForecastModels.names() : models;
    for (String m : chosen) {
      check(
          ForecastModels.named(m).isPresent(),
          "expected --models among "
              + String.join(", ", ForecastModels.names())
              + ", but found '"
              + m
              + "'");
    }
    return new AnalyzeUncertainty.Options(
        trials,
        AnalyzeUncertainty.Options.seedOf(seed),
        workers,
        sensitivity,
        chosen,
        rounds,
        horizonDays,
        top,
        bargaining,
        levers,
        simulate);
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  /** The names of the registered models, for the help text. */
  static final class ModelNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ForecastModels.names().iterator();
    }
  }
}
