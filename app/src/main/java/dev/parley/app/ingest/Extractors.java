package dev.parley.app.ingest;

import dev.parley.app.Messages;
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

  /**
   * An extractor for an optional scenario, or the diagnostics that kept the scenario from loading.
   *
   * @param extractor the extractor; null when the scenario had errors
   * @param printedDiagnostics the scenario's diagnostics as the command line prints them
   */
  public record Loaded(@Nullable EvidenceExtractor extractor, String printedDiagnostics) {}

  /**
   * Returns the extractor for an optional scenario with the scenario's diagnostics as printed, as
   * {@code parley ingest} and {@code parley extract} start.
   */
  public static Loaded load(@Nullable Path scenario) {
    LoadResult<EvidenceExtractor> loaded = of(scenario);
    return new Loaded(loaded.value(), Messages.diagnostics(loaded.diagnostics()));
  }

  /** Returns the extractor for a scenario already loaded. */
  public static EvidenceExtractor of(Scenario scenario) {
    return EvidenceExtractor.forScenario(scenario.actors(), scenario.issues());
  }
}
