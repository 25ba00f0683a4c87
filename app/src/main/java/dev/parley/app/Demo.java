package dev.parley.app;

import dev.parley.app.ingest.Extractors;
import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.montecarlo.Proportion;
import dev.parley.core.montecarlo.SimulationDistribution;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Assumption;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley demo}: the bundled Ukraine 2025 example, loaded from the
 * application's own resources so that it runs on a fresh machine, validated and analysed.
 */
public final class Demo {
  /** The bundled scenario, a classpath resource copied from {@code examples/}. */
  public static final String SCENARIO = "examples/ukraine-2025/scenario.yaml";

  private Demo() {}

  /**
   * The bundled variant of the scenario that reads both sides' territorial demands as preferences
   * instead of red lines: the reading of earlier versions, kept to show how far apart the sides
   * would be if territory could be traded.
   */
  public static final String SOFTENED = "examples/ukraine-2025/scenario-softened.yaml";

  /** The bundled sample documents, a classpath folder copied from {@code examples/}. */
  public static final String DOCUMENTS = "examples/ukraine-2025/documents";

  /** The Monte Carlo trials per variant the demo's forecasts run. */
  public static final int FORECAST_TRIALS = 1000;

  /** The forecasting models the demo shows, one of each family. */
  public static final List<String> FORECAST_MODELS =
      List.of("compromise", "smp", "eum-scholz", "exchange");

  /** The seeded runs of the demo's simulated talks, per variant (the baseline and each lever). */
  public static final int SIMULATION_RUNS = 100;

  /**
   * The Monte Carlo trials, baseline only, in each of which the demo simulates the talks to
   * estimate {@code p_agreement_within}: a simulated negotiation per trial costs an exact frontier,
   * so the forecasts' trials and levers do without it.
   */
  public static final int SIMULATED_TRIALS = 200;

  /** Runs the demo. */
  public static Result run() {
    DriftingScenario drifting = load(SCENARIO);
    Scenario scenario = drifting.scenario();
    DemoEvidence evidence =
        DemoEvidence.gather(DOCUMENTS, Extractors.of(scenario), scenario.asOf());
    // one analysis, the report's: bargaining, forecasts with levers and tornado, simulated talks
    MakeReport.Report analysis =
        new MakeReport()
            .analyze(
                drifting,
                SCENARIO,
                new MakeReport.Options(
                    FORECAST_TRIALS,
                    SIMULATED_TRIALS,
                    SIMULATION_RUNS,
                    1,
                    Runtime.getRuntime().availableProcessors()),
                RunProgress.silent());
    DriftingScenario softened = load(SOFTENED);
    AnalyzeUncertainty.Report softenedReport = simulatedTrials(softened, true);
    MonteCarloResult softenedResult = softenedReport.levers().baseline().result();
    Reading reading =
        new Reading(
            SOFTENED,
            softened.scenario(),
            softenedResult.bargaining().getFirst().deal(),
            softenedResult.simulations().getFirst().within());
    if (analysis.simulation() == null || analysis.agreementWithin() == null) {
      throw new IllegalStateException(
          "the bundled example does not simulate: " + analysis.simulationError());
    }
    return new Result(
        SCENARIO,
        scenario,
        evidence,
        analysis,
        reading,
        ScenarioValidator.assumptions(scenario),
        citedValues(scenario));
  }

  /** Loads a bundled scenario, which must load without errors. */
  private static DriftingScenario load(String resource) {
    LoadResult<DriftingScenario> loaded = ScenarioReader.readDrifting(resource, resource(resource));
    DriftingScenario scenario = loaded.value();
    if (scenario == null) {
      throw new IllegalStateException(
          "the bundled scenario "
              + resource
              + " does not load:\n"
              + DiagnosticPrinter.format(loaded.diagnostics()));
    }
    return scenario;
  }

  /**
   * Returns {@link #SIMULATED_TRIALS} seeded trials of a scenario, the baseline alone, each with a
   * simulated negotiation ({@code p_agreement_within}) and, when asked, the bargaining analysis
   * ({@code p_zone_exists}); no forecasting model.
   */
  private static AnalyzeUncertainty.Report simulatedTrials(
      DriftingScenario scenario, boolean bargaining) {
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    return new AnalyzeUncertainty()
        .analyze(
            scenario,
            new AnalyzeUncertainty.Options(
                SIMULATED_TRIALS,
                d.seed(),
                Runtime.getRuntime().availableProcessors(),
                null,
                List.of(),
                0,
                d.horizonDays(),
                0,
                bargaining,
                false,
                true));
  }

  /** Returns a bundled text resource. */
  static String resource(String name) {
    try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected the resource " + name + " in the jar, but it is missing");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int citedValues(Scenario scenario) {
    List<Estimate> all = new ArrayList<>();
    for (ActorProfile p : scenario.profiles()) {
      all.add(p.capability());
      all.add(p.reservation());
      all.add(p.patience());
      for (IssueStance s : p.stances().values()) {
        all.add(s.ideal());
        all.add(s.salience());
        all.addAll(s.utilities().values());
      }
    }
    return (int) all.stream().filter(e -> !e.basis().isAssumption()).count();
  }

  /**
   * The two probabilities under the variant that reads the territorial demands as preferences, each
   * over the same {@link #SIMULATED_TRIALS} seeded trials.
   *
   * @param resource the bundled variant's name
   * @param zoneExists {@code p_zone_exists}: trials with a package every party weakly prefers to
   *     walking away, at {@code as_of}
   * @param agreementWithin {@code p_agreement_within}: trials whose simulated negotiation agrees
   *     within the default horizon of {@code as_of}
   */
  public record Reading(
      String resource, Scenario scenario, Proportion zoneExists, Proportion agreementWithin) {}

  /** How many actors, issues, levers and sources a scenario has. */
  public record Counts(int actors, int issues, int levers, int sources) {}

  /**
   * A share of seeded Monte Carlo trials.
   *
   * @param count the trials in which the event happened
   * @param total the trials
   * @param share {@code count / total}
   * @param standardError the share's standard error
   */
  public record Share(long count, long total, double share, double standardError) {
    static Share of(Proportion p) {
      return new Share(p.count(), p.total(), p.share(), p.standardError());
    }
  }

  /**
   * The two readings of the territorial demands side by side.
   *
   * @param softenedResource the bundled variant's name
   * @param horizonDays the horizon of {@code p_agreement_within}, in days from {@code as_of}
   * @param zoneAsReported {@code p_zone_exists} with the demands as red lines
   * @param zoneSoftened {@code p_zone_exists} with the demands as preferences
   * @param agreementAsReported {@code p_agreement_within} with the demands as red lines
   * @param agreementSoftened {@code p_agreement_within} with the demands as preferences
   */
  public record Readings(
      String softenedResource,
      double horizonDays,
      Share zoneAsReported,
      Share zoneSoftened,
      Share agreementAsReported,
      Share agreementSoftened) {}

  /**
   * What the demo shows.
   *
   * @param resource the bundled scenario's name
   * @param evidence what ingesting the bundled documents found
   * @param analysis the analysis a report shows ({@link MakeReport}): the bargaining analysis, the
   *     forecasts under uncertainty with the levers and the tornado, {@code p_agreement_within}
   *     from {@link #SIMULATED_TRIALS} simulated trials, and {@link #SIMULATION_RUNS} seeded
   *     simulated talks with each lever pulled
   * @param softened both probabilities under the other reading of the territorial demands
   * @param assumptions the values that cite no source
   * @param citedValues how many actor values cite a source or evidence
   */
  public record Result(
      String resource,
      Scenario scenario,
      DemoEvidence evidence,
      MakeReport.Report analysis,
      Reading softened,
      List<Assumption> assumptions,
      int citedValues) {
    /** Copies the fields. */
    public Result {
      assumptions = List.copyOf(assumptions);
    }

    /** Returns the bargaining analysis at the nominal values. */
    public ScenarioBargaining.Report report() {
      return analysis.bargaining();
    }

    /** Returns the forecasts under uncertainty, the levers side by side and the tornado. */
    public AnalyzeUncertainty.Report forecasts() {
      return analysis.forecasts();
    }

    /** Returns {@code p_agreement_within}: the talks simulated in each of a few trials. */
    public SimulationDistribution agreementWithin() {
      return java.util.Objects.requireNonNull(analysis.agreementWithin(), "agreementWithin");
    }

    /** Returns the seeded simulated talks, each lever beside the baseline. */
    public SimulateScenario.Report simulation() {
      return java.util.Objects.requireNonNull(analysis.simulation(), "simulation");
    }

    /** Returns the scenario's title. */
    public String title() {
      return scenario.title();
    }

    /** Returns how many actors, issues, levers and sources the scenario has. */
    public Counts counts() {
      return new Counts(
          scenario.actors().size(),
          scenario.issues().size(),
          scenario.levers().size(),
          scenario.sources().size());
    }

    /** Returns how many days a bargaining round lasts in the scenario. */
    public double roundDays() {
      return scenario.roundDays();
    }

    /** Returns the scenario's {@code as_of} date, or null when it has none. */
    public @Nullable LocalDate asOf() {
      return scenario.asOf();
    }

    /** Returns both readings of the territorial demands, each probability as a share of trials. */
    public Readings readings() {
      return new Readings(
          softened.resource(),
          agreementWithin().horizonDays(),
          Share.of(forecasts().levers().baseline().result().bargaining().getFirst().deal()),
          Share.of(softened.zoneExists()),
          Share.of(agreementWithin().within()),
          Share.of(softened.agreementWithin()));
    }
  }
}
