package dev.parley.app.ledger;

import dev.parley.core.ledger.CalibrationTable;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerScore;
import dev.parley.core.ledger.LedgerScores;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.ledger.LedgerScoresJson;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley ledger scores}: the Brier and logarithmic scores of a
 * workspace's resolved ledger entries per person and per outlet, with counts, and the calibration
 * table of all of them (docs/ledger.md). Only entries resolved true or false are scored ({@link
 * LedgerScores}); the table has {@link #BINS} equal bins ({@link CalibrationTable}).
 */
public final class ScoreLedger {
  /** The number of bins of the calibration table: tenths, as ADR 0010 says. */
  public static final int BINS = 10;

  private ScoreLedger() {}

  /** A grouping of the entries. */
  public enum By {
    /** By who made the prediction. */
    PERSON,
    /** By the outlet of the entry's first citation that names one. */
    OUTLET;

    Function<LedgerEntry, String> key() {
      return this == PERSON ? LedgerScores.BY_PERSON : LedgerScores.BY_OUTLET;
    }

    /** Returns the name in lower case, as in the JSON. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What to score.
   *
   * @param by the one grouping to give, or null for both (person, then outlet)
   */
  public record Request(Path workspace, @Nullable By by) {
    /** Validates the fields. */
    public Request {
      Objects.requireNonNull(workspace, "workspace");
    }
  }

  /**
   * The scores of one group.
   *
   * @param by {@code all}, {@code person} or {@code outlet}
   * @param brier the mean Brier score; NaN when none is scored
   * @param log the mean logarithmic score in nats; NaN when none is scored
   */
  public record Row(
      String by, String group, int scored, int unresolved, int voided, double brier, double log) {}

  /**
   * A bin of the calibration table.
   *
   * @param meanForecast NaN when the bin is empty
   * @param observedFrequency NaN when the bin is empty
   */
  public record Bin(
      double lower, double upper, int count, double meanForecast, double observedFrequency) {}

  /**
   * The scores.
   *
   * @param overall all entries as one group
   * @param rows one per group, grouping by grouping, each in the order of the group names
   * @param bins the calibration table's bins, empty ones included
   * @param excluded how many entries the table left out as unresolved or void
   * @param undated how many predictions in undated documents have no entry
   * @param json the same as JSON, documented by docs/schema/ledger-scores.schema.json
   */
  public record Scores(
      Row overall, List<Row> rows, List<Bin> bins, int excluded, int undated, String json) {
    /** Copies the lists. */
    public Scores {
      rows = List.copyOf(rows);
      bins = List.copyOf(bins);
    }
  }

  /**
   * The result: the scores, or the diagnostics that stopped them.
   *
   * @param scores null exactly when {@code diagnostics} has an error
   */
  public record Result(@Nullable Scores scores, List<LocatedDiagnostic> diagnostics) {
    /** Copies the list. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the diagnostics as printed, three lines each; empty when there are none. */
    public String printedDiagnostics() {
      return LedgerDiagnostics.printed(diagnostics);
    }
  }

  /** Scores the ledger of a workspace. */
  public static Result score(Request request) {
    if (!Workspace.exists(request.workspace())) {
      return new Result(null, List.of(LedgerDiagnostics.missing(request.workspace())));
    }
    try (Workspace ws = Workspace.open(request.workspace())) {
      WorkspaceLedger.Result ledger = WorkspaceLedger.build(ws, null);
      return new Result(score(ledger.entries(), ledger.undated(), request.by()), List.of());
    } catch (WorkspaceException e) {
      return new Result(null, List.of(LedgerDiagnostics.of(e)));
    } catch (UncheckedWorkspaceException e) {
      return new Result(null, List.of(LedgerDiagnostics.of(e.getCause())));
    }
  }

  /** Returns the scores of entries, grouped as asked (both groupings when {@code by} is null). */
  public static Scores score(List<LedgerEntry> entries, int undated, @Nullable By by) {
    Map<String, List<LedgerScore>> groups = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (By b : by == null ? List.of(By.PERSON, By.OUTLET) : List.of(by)) {
      List<LedgerScore> scores = LedgerScores.byGroup(entries, b.key());
      groups.put(b.label(), scores);
      scores.forEach(s -> rows.add(row(b.label(), s)));
    }
    LedgerScore overall = LedgerScores.score("all", entries);
    CalibrationTable table = CalibrationTable.of(entries, BINS);
    List<Bin> bins =
        table.bins().stream()
            .map(
                b ->
                    new Bin(
                        b.lower(), b.upper(), b.count(), b.meanForecast(), b.observedFrequency()))
            .toList();
    return new Scores(
        row("all", overall),
        rows,
        bins,
        table.excluded(),
        undated,
        LedgerScoresJson.write(groups, overall, table, undated));
  }

  private static Row row(String by, LedgerScore s) {
    return new Row(by, s.group(), s.scored(), s.unresolved(), s.voided(), s.brier(), s.log());
  }
}
