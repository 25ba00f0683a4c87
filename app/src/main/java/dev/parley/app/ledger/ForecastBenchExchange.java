package dev.parley.app.ledger;

import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.Resolution;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.ReadFailures;
import dev.parley.io.forecastbench.ForecastBenchReader;
import dev.parley.io.forecastbench.ForecastBenchSet;
import dev.parley.io.forecastbench.ForecastBenchWriter;
import dev.parley.store.workspace.LedgerStore;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The use cases behind {@code parley ledger import} and {@code parley ledger export}: a workspace's
 * ledger exchanged with question and resolution sets in the shape of ForecastBench
 * (docs/ledger.md), so that market and crowd forecasts are scored beside the pundits and Parley,
 * and the ledger can be read by tools that read ForecastBench.
 */
public final class ForecastBenchExchange {
  private final Clock clock;

  /** Creates the use cases, today being the date of {@code clock} in UTC. */
  public ForecastBenchExchange(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What an import did.
   *
   * @param recorded entries newly recorded in the workspace
   * @param alreadyRecorded entries the workspace held already (the first record is kept)
   * @param resolved resolutions newly recorded
   * @param resolutionsKept entries that had a resolution in the workspace already, kept as it was
   * @param questions how many questions the question set holds
   * @param referenceValueQuestions questions from dataset sources, whose freeze value is a
   *     reference value and not a probability: left out
   * @param skippedQuestions malformed or repeated questions, left out with a warning
   * @param resolutionRows how many rows the resolution set holds
   * @param combinationRows rows of combination questions, left out
   * @param otherRows rows of questions not among the entries, left out
   */
  public record Imported(
      int recorded,
      int alreadyRecorded,
      int resolved,
      int resolutionsKept,
      int questions,
      int referenceValueQuestions,
      int skippedQuestions,
      int resolutionRows,
      int combinationRows,
      int otherRows) {}

  /**
   * The result of an import: what it did, or nothing, and the diagnostics.
   *
   * @param imported null exactly when an error stopped it
   */
  public record ImportResult(@Nullable Imported imported, List<LocatedDiagnostic> diagnostics) {
    /** Copies the list. */
    public ImportResult {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the diagnostics as printed; empty when there are none. */
    public String printedDiagnostics() {
      return LedgerDiagnostics.printed(diagnostics);
    }
  }

  /**
   * Reads a question set and its resolution set into a workspace's ledger: each market question
   * becomes a recorded entry (basis {@code market}, made on the freeze date), and each resolved one
   * gets its resolution, cited to the resolution set. An entry recorded before is kept as it was,
   * and so is a resolution the analyst recorded, so importing twice changes nothing.
   */
  public ImportResult importSets(Path workspace, Path questions, Path resolutions) {
    LoadResult<ForecastBenchSet> read = ForecastBenchReader.read(questions, resolutions);
    ForecastBenchSet set = read.value();
    if (set == null) {
      return new ImportResult(null, read.diagnostics());
    }
    int recorded = 0;
    int already = 0;
    int resolved = 0;
    int kept = 0;
    String method = "imported from the ForecastBench question set " + questions.getFileName();
    try (Workspace ws = Workspace.open(workspace, clock)) {
      LedgerStore ledger = ws.ledger();
      for (LedgerEntry entry : set.entries()) {
        Resolution resolution = entry.resolution();
        Optional<LedgerStore.RecordedEntry> before =
            ledger.record(entry.withResolution(Resolution.UNRESOLVED), method);
        if (before.isPresent()) {
          already++;
        } else {
          recorded++;
        }
        if (resolution.outcome() == Outcome.UNRESOLVED) {
          continue;
        }
        if (ledger.resolution(entry.id()).isPresent()) {
          kept++;
          continue;
        }
        ledger.resolve(entry.id(), resolution, "the ForecastBench resolution set");
        resolved++;
      }
    } catch (WorkspaceException e) {
      return new ImportResult(null, List.of(LedgerDiagnostics.of(e)));
    } catch (UncheckedWorkspaceException e) {
      return new ImportResult(null, List.of(LedgerDiagnostics.of(e.getCause())));
    }
    return new ImportResult(
        new Imported(
            recorded,
            already,
            resolved,
            kept,
            set.questions(),
            set.referenceValueQuestions(),
            set.skippedQuestions(),
            set.resolutionRows(),
            set.combinationRows(),
            set.otherRows()),
        read.diagnostics());
  }

  /**
   * What to export.
   *
   * @param who keep only entries whose speaker contains this text, or null for all
   * @param undatedAs take the predictions of undated documents as made on this date, or null to
   *     leave them out (as {@code parley ledger --undated-as})
   * @param questionSet the name the two files give the set
   */
  public record ExportRequest(
      Path workspace,
      Path questions,
      Path resolutions,
      @Nullable String who,
      @Nullable LocalDate undatedAs,
      String questionSet) {
    /** Validates the fields. */
    public ExportRequest {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(questions, "questions");
      Objects.requireNonNull(resolutions, "resolutions");
      Objects.requireNonNull(questionSet, "questionSet");
    }
  }

  /**
   * The result of an export.
   *
   * @param entries how many entries were written, or -1 when an error stopped it
   * @param undated predictions of undated documents left out (none when they are taken as made on a
   *     date)
   */
  public record ExportResult(int entries, int undated, List<LocatedDiagnostic> diagnostics) {
    /** Copies the list. */
    public ExportResult {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the diagnostics as printed; empty when there are none. */
    public String printedDiagnostics() {
      return LedgerDiagnostics.printed(diagnostics);
    }
  }

  /** Writes a workspace's ledger as a question set and a resolution set. */
  public ExportResult exportSets(ExportRequest request) {
    if (!Workspace.exists(request.workspace())) {
      return new ExportResult(-1, 0, List.of(LedgerDiagnostics.missing(request.workspace())));
    }
    WorkspaceLedger.Result ledger;
    try (Workspace ws = Workspace.open(request.workspace(), clock)) {
      ledger = WorkspaceLedger.build(ws, request.who(), request.undatedAs());
    } catch (WorkspaceException e) {
      return new ExportResult(-1, 0, List.of(LedgerDiagnostics.of(e)));
    } catch (UncheckedWorkspaceException e) {
      return new ExportResult(-1, 0, List.of(LedgerDiagnostics.of(e.getCause())));
    }
    List<LocatedDiagnostic> problems = new ArrayList<>();
    write(
        request.questions(),
        ForecastBenchWriter.questionSet(ledger.entries(), request.questionSet()),
        problems);
    write(
        request.resolutions(),
        ForecastBenchWriter.resolutionSet(ledger.entries(), request.questionSet()),
        problems);
    if (!problems.isEmpty()) {
      return new ExportResult(-1, 0, problems);
    }
    return new ExportResult(
        ledger.entries().size(), request.undatedAs() == null ? ledger.undated() : 0, List.of());
  }

  private static void write(Path file, String text, List<LocatedDiagnostic> problems) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(
          LedgerDiagnostics.error(
              file.toString(),
              "ledger-export-unwritable",
              "expected to write the file, but "
                  + (e instanceof FileAlreadyExistsException
                      ? "a part of its path, " + e.getMessage() + ", is a file, not a folder"
                      : ReadFailures.reason(e)),
              "check that the folder exists and can be written to"));
    }
  }
}
