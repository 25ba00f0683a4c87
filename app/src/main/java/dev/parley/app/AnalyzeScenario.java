package dev.parley.app;

import dev.parley.core.bargain.ScenarioBargaining;
import dev.parley.core.model.Scenario;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.result.BargainingJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The use case behind {@code parley analyze}: load a scenario and run its bargaining analysis. */
public final class AnalyzeScenario {
  private final ScenarioBargaining bargaining;

  /** Creates the use case with the default analysis. */
  public AnalyzeScenario() {
    this(new ScenarioBargaining());
  }

  /** Creates the use case with the given analysis. */
  public AnalyzeScenario(ScenarioBargaining bargaining) {
    this.bargaining = Objects.requireNonNull(bargaining, "bargaining");
  }

  /** Loads the inputs and analyses the scenario they describe. */
  public Result run(List<Path> inputs) {
    LoadResult<Scenario> loaded =
        ScenarioInputs.requireProfiles(
            ScenarioInputs.load(inputs), inputs.get(0).toString(), 1, "to analyse the bargaining");
    Scenario scenario = loaded.value();
    if (scenario == null) {
      return new Result(null, loaded.diagnostics());
    }
    return new Result(bargaining.analyze(scenario), loaded.diagnostics());
  }

  /**
   * Returns an analysis as the JSON of {@code parley analyze --format json}.
   *
   * @param inputs the files the analysis read, as given
   * @param version the Parley version the JSON names
   */
  public static String json(ScenarioBargaining.Report report, List<String> inputs, String version) {
    return BargainingJson.write(report, inputs, version);
  }

  /**
   * The analysis, or the diagnostics that prevented it.
   *
   * @param report the analysis; null when the inputs had errors
   * @param diagnostics every problem found in the inputs (warnings accompany a report)
   */
  public record Result(
      ScenarioBargaining.@Nullable Report report, List<LocatedDiagnostic> diagnostics) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the evidence behind each value of the scenario's profiles; empty without one. */
    public List<ValueEvidence.Row> valueEvidence() {
      ScenarioBargaining.Report r = report;
      return r == null ? List.of() : ValueEvidence.of(r.scenario());
    }
  }
}
