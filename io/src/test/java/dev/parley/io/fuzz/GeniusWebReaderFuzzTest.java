package dev.parley.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.geniusweb.GeniusWebReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes read as a GeniusWeb domain and profile (split at the first run of four NUL bytes) give
 * a scenario or diagnostics, never an exception, and never hang. Runs its corpus as a regression
 * test; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class GeniusWebReaderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 5000)
  void read_anyDomainAndProfile_givesAScenarioOrDiagnostics(byte[] bytes) {
    Path domain = LoadResults.write("geniusweb-domain.json", LoadResults.first(bytes));
    Path profile = LoadResults.write("geniusweb-profile.json", LoadResults.second(bytes));
    LoadResults.check(GeniusWebReader.read(domain, List.of(profile)));
  }
}
