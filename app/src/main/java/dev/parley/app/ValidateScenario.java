package dev.parley.app;

import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Assumption;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.EvidenceCitation;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.DiagnosticsJson;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley validate}: every problem in a scenario in one pass, and the
 * values that rest on assumptions rather than sources; with a workspace, also every evidence id the
 * scenario cites that the workspace does not hold.
 */
public final class ValidateScenario {
  private ValidateScenario() {}

  /** Validates the scenario the inputs describe, with the drifts of its profiles. */
  public static Result run(List<Path> inputs) {
    return run(inputs, null);
  }

  /**
   * Validates the scenario the inputs describe, with the drifts of its profiles, and, when a
   * workspace is given, checks each evidence id the scenario cites against it: an id the workspace
   * does not hold is an {@code unknown-evidence} error at the citation's line.
   */
  public static Result run(List<Path> inputs, @Nullable Path workspace) {
    LoadResult<DriftingScenario> drifting = ScenarioInputs.loadDrifting(inputs);
    DriftingScenario value = drifting.value();
    Scenario scenario = value == null ? null : value.scenario();
    LoadResult<Scenario> loaded =
        new LoadResult<>(scenario, drifting.diagnostics(), drifting.sourceMap());
    List<Assumption> assumptions =
        scenario == null ? List.of() : ScenarioValidator.assumptions(scenario);
    if (workspace == null || scenario == null) {
      return new Result(loaded, assumptions, List.of(), 0, false);
    }
    List<EvidenceCitation> citations = ScenarioValidator.evidenceCitations(scenario);
    List<String> messages = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    citations.forEach(c -> ids.add(c.id()));
    List<String> unknown = WorkspaceReads.read(workspace, messages, ws -> ws.unknownEvidence(ids));
    if (unknown == null) {
      return new Result(loaded, assumptions, messages, citations.size(), true);
    }
    if (unknown.isEmpty()) {
      return new Result(loaded, assumptions, messages, citations.size(), false);
    }
    String file = inputs.get(0).toString();
    List<LocatedDiagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    for (EvidenceCitation c : citations) {
      if (unknown.contains(c.id())) {
        Diagnostic d =
            Diagnostic.error(
                "unknown-evidence",
                c.where(),
                "expected an evidence id that workspace "
                    + workspace
                    + " holds, but found '"
                    + c.id()
                    + "'",
                "ids are a document id, '#' and a number, as parley evidence --workspace "
                    + workspace
                    + " lists them; cite one of those, or move the reference to a note");
        diagnostics.add(new LocatedDiagnostic(d, file, loaded.sourceMap().locate(c.where())));
      }
    }
    diagnostics.sort(
        Comparator.comparingInt(LocatedDiagnostic::line)
            .thenComparingInt(LocatedDiagnostic::column));
    return new Result(
        LoadResult.failure(diagnostics), assumptions, messages, citations.size(), false);
  }

  /**
   * What validation found.
   *
   * @param assumptions the values that cite nothing; empty if the scenario did not load
   * @param workspaceMessages the workspace's own problems and warnings, formatted
   * @param citedEvidence how many evidence citations the scenario holds (0 without a workspace)
   * @param workspaceFailed whether the workspace could not be read, so that its citations went
   *     unchecked (an input error)
   */
  public record Result(
      LoadResult<Scenario> loaded,
      List<Assumption> assumptions,
      List<String> workspaceMessages,
      int citedEvidence,
      boolean workspaceFailed) {
    /** Copies the fields. */
    public Result {
      assumptions = List.copyOf(assumptions);
      workspaceMessages = List.copyOf(workspaceMessages);
    }

    /** Returns the diagnostics as the command line prints them, one located line each. */
    public String printedDiagnostics() {
      return Messages.diagnostics(loaded.diagnostics());
    }

    /** Returns whether the scenario has errors, so that it did not load. */
    public boolean hasErrors() {
      return loaded.hasErrors();
    }

    /** Returns how many of the diagnostics are errors. */
    public int errorCount() {
      return loaded.errors().size();
    }

    /**
     * Returns the diagnostics and the assumptions as the JSON of {@code parley validate --format
     * json}.
     *
     * @param file the file the diagnostics name
     */
    public String json(String file) {
      return DiagnosticsJson.write(file, loaded, assumptions);
    }

    /**
     * Returns what the scenario holds.
     *
     * @throws java.util.NoSuchElementException if the scenario had errors
     */
    public Summary summary() {
      Scenario scenario = loaded.orElseThrow();
      return new Summary(
          scenario.actors().size(),
          scenario.issues().size(),
          scenario.profiles().size(),
          scenario.levers().size(),
          scenario.sources().size(),
          scenario.issues().stream().filter(i -> !i.ordered()).map(i -> i.id().value()).toList());
    }

    /** Returns the assumptions, each with where it stands in the file (line 0 when unknown). */
    public List<LocatedAssumption> locatedAssumptions() {
      List<LocatedAssumption> located = new ArrayList<>();
      for (Assumption a : assumptions) {
        var at = loaded.sourceMap().locate(a.where());
        located.add(
            new LocatedAssumption(
                a.where().toString(), a.value(), a.note(), at.line(), at.column()));
      }
      return located;
    }
  }

  /**
   * What a valid scenario holds, by count.
   *
   * @param unorderedIssues the ids of the issues whose options have no order
   */
  public record Summary(
      int actors, int issues, int profiles, int levers, int sources, List<String> unorderedIssues) {
    /** Copies the list. */
    public Summary {
      unorderedIssues = List.copyOf(unorderedIssues);
    }
  }

  /**
   * A value that cites no source, and where it stands.
   *
   * @param where the value's model path
   * @param note the scenario's note on it, or null
   * @param line its line in the file, 1-based, or 0 when unknown
   * @param column its column, 1-based, or 0 when unknown
   */
  public record LocatedAssumption(
      String where, String value, @Nullable String note, int line, int column) {}
}
