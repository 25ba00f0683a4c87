package dev.parley.app;

import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.io.FileFormat;
import dev.parley.io.ScenarioImport;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the scenario a command names: one Parley scenario file, or a GENIUS / GeniusWeb domain
 * followed by its profiles (the parties, in the order given), the format told by content.
 */
public final class ScenarioInputs {
  private ScenarioInputs() {}

  /**
   * Returns the loaded scenario, or the diagnostics that stopped it.
   *
   * @param inputs a scenario file, or a domain file followed by one profile file per party
   */
  public static LoadResult<Scenario> load(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("expected at least one input file, but found none");
    }
    Path first = inputs.get(0);
    FileFormat format = FileFormat.detect(first).orElse(null);
    boolean interchange = format == FileFormat.GENIUS_XML || format == FileFormat.GENIUSWEB_JSON;
    if (interchange || inputs.size() > 1) {
      return ScenarioImport.read(first, inputs.subList(1, inputs.size()));
    }
    return ScenarioReader.read(first);
  }

  /**
   * Returns the loaded scenario with the drifts of its profiles, or the diagnostics that stopped
   * it; imported domains have no drifts.
   *
   * @param inputs a scenario file, or a domain file followed by one profile file per party
   */
  public static LoadResult<DriftingScenario> loadDrifting(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("expected at least one input file, but found none");
    }
    Path first = inputs.get(0);
    FileFormat format = FileFormat.detect(first).orElse(null);
    boolean interchange = format == FileFormat.GENIUS_XML || format == FileFormat.GENIUSWEB_JSON;
    if (interchange || inputs.size() > 1) {
      LoadResult<Scenario> imported = ScenarioImport.read(first, inputs.subList(1, inputs.size()));
      Scenario scenario = imported.value();
      return new LoadResult<>(
          scenario == null ? null : new DriftingScenario(scenario, List.of()),
          imported.diagnostics(),
          imported.sourceMap());
    }
    return ScenarioReader.readDrifting(first);
  }
}
