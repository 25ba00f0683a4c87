package dev.parley.app.ledger;

import dev.parley.app.SimulateScenario;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.PredictionKind;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.model.Issue;
import dev.parley.core.model.Scenario;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.SimulationSummary;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.store.workspace.LedgerStore;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley ledger record}: Parley's own forecast of a scenario enters the
 * workspace's ledger, so that the models build a track record beside the people they read about
 * (docs/ledger.md).
 *
 * <p>The forecast is {@code p_agreement_within}: the share of seeded runs of the scenario's
 * simulated negotiation ({@link SimulateScenario}, stacked alternating offers between the
 * scenario's own agents) that conclude an agreement within the horizon of the scenario's {@code
 * as_of} (of a partial deal when the scenario is deadlocked, the only kind its runs can reach). It
 * becomes an entry with {@code who} = {@value #WHO}, {@code made_on} today (by the clock given),
 * the horizon as written and as a date, basis {@code model}, and the scenario file with its SHA-256
 * as the citation. Recording the same forecast again (the same event and date) keeps the first.
 *
 * <p>Beside it, one entry per issue: the option most runs that agree within the horizon settle it
 * on, with the probability that the talks conclude such an agreement within the horizon (the share
 * of all runs that do), so that the model's forecast of each issue's outcome is scored like
 * anyone's. An issue no such run settles gets no entry.
 */
public final class RecordForecast {
  /** The forecaster, as the ledger names it: Parley and the model. */
  public static final String WHO = "Parley:simulate-saop";

  /** The default number of seeded runs: as many as {@code parley demo} simulates. */
  public static final int DEFAULT_RUNS = 100;

  private final Clock clock;

  /** Creates the use case, today being the date of {@code clock} in UTC. */
  public RecordForecast(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What to forecast and where to record it.
   *
   * @param workspace the workspace folder; created when absent
   * @param scenario the scenario file
   * @param runs how many seeded runs, at least 1
   * @param seed the seed of the first run
   * @param horizonDays the horizon, in days after the scenario's {@code as_of} (or after today when
   *     it has none)
   */
  public record Request(Path workspace, Path scenario, int runs, long seed, int horizonDays) {
    /** Validates the fields. */
    public Request {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(scenario, "scenario");
      if (runs < 1 || horizonDays < 0) {
        throw new IllegalArgumentException(
            "expected at least 1 run and a horizon of at least 0 days, but found "
                + runs
                + " and "
                + horizonDays);
      }
    }
  }

  /**
   * The entry recorded.
   *
   * @param entry the entry's id
   * @param probabilityOf the probability with its event and horizon in words
   * @param madeOn the date it was made, today
   * @param resolvesOn the date it resolves on
   * @param method how the probability was computed
   * @param alreadyRecordedOn the date of the earlier record that was kept, or null when this one
   *     was written
   */
  public record Recorded(
      String entry,
      String who,
      String probabilityOf,
      LocalDate madeOn,
      LocalDate resolvesOn,
      String method,
      @Nullable LocalDate alreadyRecordedOn) {}

  /**
   * The result: the entry, or the diagnostics and errors that stopped it.
   *
   * @param recorded null exactly when there is an error
   * @param outcomes the forecasts of each issue's settlement recorded beside it, in the scenario's
   *     order of issues: empty when there is an error or no run settles an issue
   * @param errors problems with the simulation's settings, each a message and a hint on two lines
   */
  public record Result(
      @Nullable Recorded recorded,
      List<Recorded> outcomes,
      List<LocatedDiagnostic> diagnostics,
      List<String> errors) {
    /** Copies the lists. */
    public Result {
      outcomes = List.copyOf(outcomes);
      diagnostics = List.copyOf(diagnostics);
      errors = List.copyOf(errors);
    }

    /** Returns a result without issue outcomes. */
    public Result(
        @Nullable Recorded recorded, List<LocatedDiagnostic> diagnostics, List<String> errors) {
      this(recorded, List.of(), diagnostics, errors);
    }

    /** Returns the diagnostics and errors as printed; empty when there are none. */
    public String printedDiagnostics() {
      StringBuilder out = new StringBuilder(LedgerDiagnostics.printed(diagnostics));
      for (String e : errors) {
        out.append("parley ledger record: error: ")
            .append(e.replace("\n", "\n    hint: "))
            .append('\n');
      }
      return out.toString();
    }
  }

  /** Runs the forecast and records it, or returns why it cannot be. */
  public Result record(Request request) {
    SimulateScenario.Settings d = SimulateScenario.Settings.defaults();
    SimulateScenario.Settings settings =
        new SimulateScenario.Settings(
            d.protocol(),
            d.agents(),
            d.rounds(),
            request.seed(),
            request.runs(),
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            request.horizonDays(),
            d.target(),
            d.firstDraft(),
            d.sessions(),
            false);
    SimulateScenario.Result simulated = SimulateScenario.run(List.of(request.scenario()), settings);
    SimulateScenario.Report report = simulated.report();
    if (report == null) {
      return new Result(null, simulated.diagnostics(), simulated.errors());
    }
    Scenario scenario = report.scenario();
    SimulationSummary summary = report.summary();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate start = scenario.asOf() == null ? today : scenario.asOf();
    LocalDate resolvesOn = start.plusDays(request.horizonDays());
    String file = request.scenario().toString();
    if (resolvesOn.isBefore(today)) {
      return new Result(
          null,
          List.of(
              LedgerDiagnostics.error(
                  file,
                  "ledger-horizon-past",
                  "expected a horizon that ends today or later, but "
                      + request.horizonDays()
                      + " days after the scenario's as_of, "
                      + start
                      + ", is "
                      + resolvesOn
                      + ", before today, "
                      + today,
                  "a forecast is of what has not happened yet: bring the scenario's as_of up to"
                      + " the date of its evidence, or give --horizon-days "
                      + (today.toEpochDay() - start.toEpochDay())
                      + " or more")),
          List.of());
    }
    boolean partial = report.deadlock().deadlocked();
    String what =
        "The negotiation of "
            + (scenario.title().isBlank() ? scenario.id() : scenario.title())
            + " concludes "
            + (partial ? "a partial agreement" : "an agreement on every issue")
            + " within "
            + request.horizonDays()
            + " days of "
            + start;
    String method =
        "p_"
            + (partial ? "partial_" : "")
            + "agreement_within of parley simulate: "
            + summary.runs()
            + " runs from seed "
            + request.seed()
            + ", protocol saop, the scenario's agents, "
            + summary.agreementsWithin()
            + " agreed within "
            + request.horizonDays()
            + " days of "
            + start;
    String digest;
    try {
      digest = sha256(Files.readAllBytes(request.scenario()));
    } catch (IOException e) {
      return new Result(
          null,
          List.of(
              LedgerDiagnostics.error(
                  file,
                  "file-unreadable",
                  "expected to read the scenario again for its digest, but " + e.getMessage(),
                  "check that the file is still there and readable")),
          List.of());
    }
    String title = scenario.title().isBlank() ? scenario.id() : scenario.title();
    String horizon = "within " + request.horizonDays() + " days of " + start;
    Citation citation = new Citation(file + "@sha256:" + digest, null, "Parley");
    LedgerEntry entry =
        LedgerEntry.of(
            WHO,
            what,
            PredictionKind.FORECAST,
            today,
            horizon,
            resolvesOn,
            List.of(),
            summary.pAgreementWithin(),
            ProbabilityBasis.MODEL,
            List.of(citation));
    List<Recorded> outcomes = new ArrayList<>();
    Recorded recorded;
    try (Workspace ws = Workspace.open(request.workspace(), clock)) {
      recorded = store(ws, entry, method);
      List<SimulationRun> within = agreedWithin(report.runs(), summary);
      for (int i = 0; i < scenario.issues().size(); i++) {
        Issue issue = scenario.issues().get(i);
        int[] counts = new int[issue.options().size()];
        for (SimulationRun run : within) {
          int o = ((Outcome.Agreement) run.outcome()).bid().option(i);
          if (o < counts.length) { // an index past the options is an issue left open
            counts[o]++;
          }
        }
        int modal = 0;
        for (int o = 1; o < counts.length; o++) {
          if (counts[o] > counts[modal]) {
            modal = o;
          }
        }
        if (counts.length == 0 || counts[modal] == 0) {
          continue;
        }
        String option = issue.options().get(modal).label();
        String issueWhat =
            "The negotiation of "
                + title
                + " concludes "
                + (partial ? "a partial agreement" : "an agreement")
                + " "
                + horizon
                + " that settles "
                + issue.name()
                + " on "
                + option;
        String issueMethod =
            "the share of "
                + summary.runs()
                + " runs of parley simulate from seed "
                + request.seed()
                + " (protocol saop, the scenario's agents) that agreed "
                + horizon
                + " on "
                + option
                + " for "
                + issue.name()
                + ": "
                + counts[modal]
                + "; the option most runs settle on";
        outcomes.add(
            store(
                ws,
                LedgerEntry.of(
                    WHO,
                    issueWhat,
                    PredictionKind.FORECAST,
                    today,
                    horizon,
                    resolvesOn,
                    List.of(),
                    (double) counts[modal] / summary.runs(),
                    ProbabilityBasis.MODEL,
                    List.of(citation)),
                issueMethod));
      }
    } catch (WorkspaceException e) {
      return new Result(null, List.of(LedgerDiagnostics.of(e)), List.of());
    } catch (UncheckedWorkspaceException e) {
      return new Result(null, List.of(LedgerDiagnostics.of(e.getCause())), List.of());
    }
    return new Result(recorded, outcomes, simulated.diagnostics(), List.of());
  }

  /** Records an entry, or finds the earlier record of the same forecast, which is kept. */
  private static Recorded store(Workspace ws, LedgerEntry entry, String method) {
    Optional<LedgerStore.RecordedEntry> before = ws.ledger().record(entry, method);
    LedgerEntry kept = before.map(LedgerStore.RecordedEntry::entry).orElse(entry);
    return new Recorded(
        kept.id().value(),
        kept.who(),
        kept.probabilityStatement(),
        kept.madeOn(),
        Objects.requireNonNull(kept.resolvesOn(), "a recorded forecast has a resolution date"),
        before.map(LedgerStore.RecordedEntry::method).orElse(method),
        before.map(b -> b.entry().madeOn()).orElse(null));
  }

  /** Returns the runs whose agreement was concluded within the summary's horizon. */
  private static List<SimulationRun> agreedWithin(
      List<SimulationRun> runs, SimulationSummary summary) {
    List<SimulationRun> within = new ArrayList<>();
    for (SimulationRun run : runs) {
      if (run.outcome() instanceof Outcome.Agreement a
          && a.agreedRound() * summary.roundDays() <= summary.horizonDays()) {
        within.add(run);
      }
    }
    return within;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
