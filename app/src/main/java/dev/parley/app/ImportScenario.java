package dev.parley.app;

import dev.parley.core.model.Scenario;
import dev.parley.io.ScenarioImport;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.List;

/** The use case behind {@code parley import}: a GENIUS or GeniusWeb negotiation to a scenario. */
public final class ImportScenario {
  private ImportScenario() {}

  /** The format to write. */
  public enum Format {
    /** Parley's YAML. */
    YAML,
    /** Parley's JSON. */
    JSON
  }

  /**
   * Imports a domain and its profiles and returns the scenario's text, or the diagnostics.
   *
   * @return the load result and, when it loaded, the scenario written in the format
   */
  public static Result run(Path domain, List<Path> profiles, Format format) {
    LoadResult<Scenario> loaded = ScenarioImport.read(domain, profiles);
    Scenario scenario = loaded.value();
    String text =
        scenario == null
            ? null
            : format == Format.YAML
                ? ScenarioWriter.toYaml(scenario)
                : ScenarioWriter.toJson(scenario);
    return new Result(loaded, text);
  }

  /**
   * The imported scenario's text, or null with the diagnostics explaining why.
   *
   * @param text the scenario in the requested format, or null on error
   */
  public record Result(
      LoadResult<Scenario> loaded, @org.jspecify.annotations.Nullable String text) {
    /** Returns the diagnostics as the command line prints them, one located line each. */
    public String printedDiagnostics() {
      return Messages.diagnostics(loaded.diagnostics());
    }
  }
}
