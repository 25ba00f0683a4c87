package dev.parley.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.deu.DeuReader;

/**
 * Any bytes read as a DEU table give a dataset or diagnostics, never an exception, and never hang.
 * Runs its corpus as a regression test; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class DeuReaderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 5000)
  void read_anyBytes_givesADatasetOrDiagnostics(byte[] bytes) {
    LoadResults.check(DeuReader.read("deu.csv", bytes));
  }
}
