package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley claims}: its options and its errors; what it finds is tested in app. */
class ClaimsCommandTest {
  @TempDir Path dir;

  @Test
  void help_namesTheOptions() {
    Run r = ParleyCommandTest.run("claims", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: parley claims")
        .contains("--workspace")
        .contains("--tolerance")
        .contains("--format");
  }

  @Test
  void aMissingWorkspace_isAnInputError() {
    Run r = ParleyCommandTest.run("claims", "--workspace", dir.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("hint: run parley ingest");
  }

  @Test
  void aToleranceOutsideZeroToOne_isAnInputError() {
    for (String bad : new String[] {"-0.1", "1", "NaN"}) {
      Run r = ParleyCommandTest.run("claims", "--workspace", dir.toString(), "--tolerance", bad);
      assertThat(r.exit()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).contains("parley claims: error: expected --tolerance");
    }
  }
}
