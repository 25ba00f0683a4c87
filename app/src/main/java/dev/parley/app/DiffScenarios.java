package dev.parley.app;

import dev.parley.core.model.Basis;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.ScenarioDiff;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.result.DiffJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley diff}: what changed between two versions of a scenario, and
 * what each new value rests on.
 */
public final class DiffScenarios {
  private DiffScenarios() {}

  /** Loads both scenarios (each validated as {@code parley validate} does) and compares them. */
  public static Result run(Path older, Path newer) {
    LoadResult<DriftingScenario> a = ScenarioInputs.loadDrifting(List.of(older));
    LoadResult<DriftingScenario> b = ScenarioInputs.loadDrifting(List.of(newer));
    List<LocatedDiagnostic> diagnostics = new ArrayList<>(a.diagnostics());
    diagnostics.addAll(b.diagnostics());
    if (a.value() == null || b.value() == null) {
      return new Result(older, newer, null, null, List.of(), diagnostics);
    }
    Scenario from = a.value().scenario();
    Scenario to = b.value().scenario();
    return new Result(older, newer, from, to, ScenarioDiff.between(from, to), diagnostics);
  }

  /**
   * One change as a reader sees it.
   *
   * @param kind added, removed, changed or resourced (same value, other citations)
   * @param where the value's place in the model
   * @param before the older value, or null
   * @param after the newer value, or null
   * @param because what the newer value (the older one, for a removal) rests on
   */
  public record Line(
      String kind, String where, @Nullable String before, @Nullable String after, String because) {}

  /**
   * What the comparison found.
   *
   * @param from the older scenario, or null if it did not load
   * @param to the newer scenario, or null if it did not load
   * @param changes the differences, empty when either did not load
   * @param diagnostics both files' diagnostics
   */
  public record Result(
      Path older,
      Path newer,
      @Nullable Scenario from,
      @Nullable Scenario to,
      List<ScenarioDiff.Change> changes,
      List<LocatedDiagnostic> diagnostics) {
    /** Copies the fields. */
    public Result {
      Objects.requireNonNull(older, "older");
      Objects.requireNonNull(newer, "newer");
      changes = List.copyOf(changes);
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns whether either file has an error, so that nothing was compared. */
    public boolean hasErrors() {
      return from == null || to == null;
    }

    /**
     * Returns the source a change cites, looked up in the newer scenario (the older one for a
     * source only it defines), or empty if neither defines it.
     */
    public Optional<Source> source(SourceId id) {
      for (Scenario s : new Scenario[] {to, from}) {
        if (s != null) {
          for (Source source : s.sources()) {
            if (source.id().equals(id)) {
              return Optional.of(source);
            }
          }
        }
      }
      return Optional.empty();
    }

    /** Returns both files' diagnostics as {@code file:line:col: error: [code] message} lines. */
    public String formattedDiagnostics() {
      return DiagnosticPrinter.format(diagnostics);
    }

    /** Returns the older scenario's {@code as_of}, or null. */
    public @Nullable String fromAsOf() {
      return from == null || from.asOf() == null ? null : from.asOf().toString();
    }

    /** Returns the newer scenario's {@code as_of}, or null. */
    public @Nullable String toAsOf() {
      return to == null || to.asOf() == null ? null : to.asOf().toString();
    }

    /** Returns the changes as lines for a reader, each with what the value rests on. */
    public List<Line> lines() {
      List<Line> lines = new ArrayList<>();
      for (ScenarioDiff.Change c : changes) {
        lines.add(
            new Line(
                c.kind().label(), c.where().toString(), c.before(), c.after(), because(c.basis())));
      }
      return lines;
    }

    private String because(Basis basis) {
      if (basis.isAssumption()) {
        return "cites nothing (an assumption)" + (basis.note() == null ? "" : ": " + basis.note());
      }
      StringJoiner j = new StringJoiner("; ");
      for (SourceId id : basis.sources()) {
        j.add(
            source(id)
                .map(
                    s ->
                        id.value()
                            + " ("
                            + s.outlet()
                            + (s.date() == null ? "" : ", " + s.date())
                            + ")")
                .orElse(id.value()));
      }
      if (!basis.evidence().isEmpty()) {
        j.add("evidence " + String.join(", ", basis.evidence()));
      }
      if (basis.note() != null) {
        j.add("note: " + basis.note());
      }
      return "cites " + j;
    }

    /** Returns the result as JSON (docs/schema/diff.schema.json). */
    public String json() {
      return DiffJson.write(older.toString(), fromAsOf(), newer.toString(), toAsOf(), changes);
    }
  }
}
