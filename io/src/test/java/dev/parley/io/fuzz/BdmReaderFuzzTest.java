package dev.parley.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.bdm.BdmReader;

/**
 * Any bytes read as a BdM actor table give a problem or diagnostics, never an exception, and never
 * hang. Runs its corpus as a regression test; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class BdmReaderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 5000)
  void read_anyBytes_givesAProblemOrDiagnostics(byte[] bytes) {
    LoadResults.check(BdmReader.read("bdm.csv", bytes));
  }
}
