package dev.parley.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.ktab.KtabReader;

/**
 * Any bytes read as a KTAB scenario (CSV or XML, told by content) give a scenario or diagnostics,
 * never an exception, and never hang. Runs its corpus as a regression test; {@code JAZZER_FUZZ=1}
 * fuzzes it.
 */
class KtabReaderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 5000)
  void read_anyBytes_givesAScenarioOrDiagnostics(byte[] bytes) {
    LoadResults.check(KtabReader.read("ktab", bytes));
  }
}
