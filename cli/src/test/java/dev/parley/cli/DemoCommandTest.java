package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code parley demo} end to end: the experts' predictions appear with their resolution dates. */
class DemoCommandTest {
  @Test
  void demo_showsTheExpertsPredictionsInTheLedger_withTheirResolutionDates() throws Exception {
    Run demo = ParleyCommandTest.run("demo");
    assertThat(demo.exit()).as(demo.err()).isZero();
    Path keep = Path.of("target", "ledger", "demo.txt");
    Files.createDirectories(keep.getParent());
    Files.writeString(keep, demo.out());
    String out = demo.out();
    int at = out.indexOf("Predictions in the ledger (");
    assertThat(at).as("the demo has a ledger section").isPositive();
    String section = out.substring(at, out.indexOf("\n\n", at));
    // Merz: the meeting "within two weeks", counted from the scenario's as_of (Tuesday 2025-08-19)
    assertThat(section)
        .contains("merz  made 2025-08-19*, resolves on 2025-09-02 (within two weeks)")
        .contains("* assumed: the document is undated");
  }
}
