package dev.parley.app.ingest;

import dev.parley.core.model.Scenario;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The evidence extractor a command uses: the built-in actor registry, overlaid with a scenario's
 * actors and linked to its issues when one is given.
 */
public final class Extractors {
  private Extractors() {}

  /**
   * Returns the extractor for an optional scenario, or the scenario's diagnostics when it does not
   * load.
   */
  public static LoadResult<EvidenceExtractor> of(@Nullable Path scenario) {
    if (scenario == null) {
      return new LoadResult<>(
          EvidenceExtractor.withBuiltInRegistry(), java.util.List.of(), SourceMap.empty());
    }
    LoadResult<Scenario> loaded = ScenarioReader.read(scenario);
    Scenario s = loaded.value();
    if (s == null) {
      return LoadResult.failure(loaded.diagnostics());
    }
    return new LoadResult<>(
        EvidenceExtractor.forScenario(s.actors(), s.issues()),
        loaded.diagnostics(),
        loaded.sourceMap());
  }

  /** Returns the extractor for a scenario already loaded. */
  public static EvidenceExtractor of(Scenario scenario) {
    return EvidenceExtractor.forScenario(scenario.actors(), scenario.issues());
  }
}
