package dev.parley.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.scenario.ScenarioReader;

/**
 * Any bytes read as a scenario (through the text decoder, the YAML or JSON parser told by content,
 * the binder and the validator) give a scenario or diagnostics, never an exception, and never hang.
 * Runs its corpus as a regression test; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class ScenarioReaderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 5000)
  void read_anyBytes_givesAScenarioOrDiagnostics(byte[] bytes) {
    LoadResults.check(ScenarioReader.readDrifting("scenario", bytes));
  }
}
