package dev.parley.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.genius.GeniusReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes read as a GENIUS domain and profile (split at the first run of four NUL bytes) give a
 * scenario or diagnostics, never an exception, and never hang. Runs its corpus as a regression
 * test; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class GeniusReaderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 5000)
  void read_anyDomainAndProfile_givesAScenarioOrDiagnostics(byte[] bytes) {
    Path domain = LoadResults.write("genius-domain.xml", LoadResults.first(bytes));
    Path profile = LoadResults.write("genius-profile.xml", LoadResults.second(bytes));
    LoadResults.check(GeniusReader.read(domain, List.of(profile)));
  }
}
