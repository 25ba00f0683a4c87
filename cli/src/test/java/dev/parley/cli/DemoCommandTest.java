package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley demo} end to end: a brief that fits a terminal and names where the HTML report is,
 * and with {@code --full} every table, the experts' predictions with their resolution dates
 * included.
 */
class DemoCommandTest {
  @Test
  void demo_printsABriefOfAtMostSixtyLinesAndOneHundredColumns_andWritesTheReport(@TempDir Path dir)
      throws Exception {
    Path html = dir.resolve("demo.html");
    Run demo = ParleyCommandTest.run("demo", "--out", html.toString());
    assertThat(demo.exit()).as(demo.err()).isZero();
    Path keep = Path.of("target", "demo", "brief.txt");
    Files.createDirectories(keep.getParent());
    Files.writeString(keep, demo.out());
    List<String> lines = demo.out().lines().toList();
    assertThat(lines).hasSizeLessThanOrEqualTo(60);
    assertThat(lines)
        .allSatisfy(
            l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(100));
    String out = demo.out();
    // the brief says where the report is, and the report is there, with its charts
    assertThat(out).contains(html.toAbsolutePath().normalize().toString());
    String report = Files.readString(html);
    assertThat(report).startsWith("<!DOCTYPE html>").contains("<svg");
    // the reading of page one: the deal, the outcome per issue, the chance with event and horizon
    assertThat(out)
        .contains("IS ANY DEAL BETTER THAN WALKING AWAY")
        .contains("MOST LIKELY OUTCOME PER ISSUE")
        .containsPattern(
            "P\\(simulated talks settle every issue within \\d+ days of \\d{4}-\\d\\d-\\d\\d")
        .containsPattern("P\\(a zone of agreement exists at \\d{4}-\\d\\d-\\d\\d\\)")
        .contains("WHAT EACH LEVER WOULD CHANGE")
        .contains("parley demo --full");
    // every issue of the scenario has its line
    for (String issue : List.of("Donetsk", "Crimea", "NATO")) {
      assertThat(out).containsPattern("(?m)^  " + issue);
    }
    // the experts' forecasts are there with their resolution dates
    assertThat(out.replaceAll("\\s+", " ")).contains("merz (p 0.4, resolves 2025-09-02*)");
  }

  @Test
  void demoFull_showsTheExpertsPredictionsInTheLedger_withTheirResolutionDates(@TempDir Path dir)
      throws Exception {
    Path html = dir.resolve("demo.html");
    Run demo = ParleyCommandTest.run("demo", "--full", "--out", html.toString());
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
    assertThat(out).contains("ANALYSIS of the scenario").contains("SIMULATED TALKS");
    assertThat(Files.exists(html)).isTrue();
  }

  @Test
  void demo_cannotWriteTheReport_isAnInputErrorWithAHint(@TempDir Path dir) {
    Path html = dir.resolve("no-such-folder").resolve("demo.html");
    Run demo = ParleyCommandTest.run("demo", "--out", html.toString());
    assertThat(demo.exit()).isEqualTo(2);
    assertThat(demo.err()).contains("cannot write the report").contains("hint:");
  }
}
