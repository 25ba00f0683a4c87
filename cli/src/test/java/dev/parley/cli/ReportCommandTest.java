package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final String HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString();

  @Test
  void report_writesTheHtmlAndThePdf_andSaysWhere(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    Path pdf = dir.resolve("r.pdf");
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "report", HARBOUR, "--out", html.toString(), "--pdf", pdf.toString(), "--trials", "20");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + html).contains("wrote " + pdf);
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<!DOCTYPE html>").contains("<svg").contains("Harbour");
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void report_badFile_printsLocatedDiagnosticsAndExitsWith2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "parley: 2\nscenario:\n  id: Not An Id\n", StandardCharsets.UTF_8);
    Path html = dir.resolve("r.html");
    ParleyCommandTest.Run r =
        ParleyCommandTest.run("report", bad.toString(), "--out", html.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).containsPattern("bad\\.yaml:\\d+:\\d+: error: ");
    assertThat(html).doesNotExist();
  }

  @Test
  void report_noTrials_isAUsageError() {
    ParleyCommandTest.Run r = ParleyCommandTest.run("report", HARBOUR, "--trials", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--trials");
  }
}
