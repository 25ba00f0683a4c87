package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeReportTest {
  private static final MakeReport.Options SMALL = new MakeReport.Options(20, 10, 10, 1, 2);

  @Test
  void run_harbour_drawsTheScenariosOwnFrontier_withEveryAnalysis() {
    MakeReport.Result result =
        new MakeReport()
            .run(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"), SMALL);
    MakeReport.Report report = result.report();
    assertThat(report).as(result.printedDiagnostics()).isNotNull();
    assertThat(report.name()).isEqualTo("harbour.yaml");
    assertThat(report.redLinesIgnored()).isFalse();
    assertThat(report.frontier()).isSameAs(report.bargaining().base());
    assertThat(report.frontier().frontier().size()).isPositive();
    assertThat(report.forecasts().options().models()).isEqualTo(MakeReport.MODELS);
    assertThat(report.forecasts().tornado()).isNotNull();
    assertThat(report.forecasts().levers().baseline().result().trials()).isEqualTo(20);
    assertThat(report.simulation()).isNotNull();
    assertThat(report.simulation().runs()).hasSize(10);
    assertThat(report.agreementWithin()).isNotNull();
    assertThat(report.agreementWithin().within().total()).isEqualTo(10);
  }

  @Test
  void run_deadlockedExample_drawsTheFrontierWithoutRedLines_andSaysSo() {
    MakeReport.Report report =
        new MakeReport()
            .run(ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml"), SMALL)
            .report();
    assertThat(report).isNotNull();
    assertThat(report.bargaining().deadlock().deadlocked()).isTrue();
    assertThat(report.bargaining().base().frontier().size()).isZero();
    assertThat(report.redLinesIgnored()).isTrue();
    assertThat(report.frontier().frontier().size()).isPositive();
    assertThat(report.frontier().agreement("nash")).isPresent();
  }

  @Test
  void run_badFile_givesLocatedDiagnosticsAndNoReport(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "parley: 2\nscenario:\n  id: Not An Id\n", StandardCharsets.UTF_8);
    MakeReport.Result result = new MakeReport().run(bad, SMALL);
    assertThat(result.report()).isNull();
    assertThat(result.diagnostics()).isNotEmpty();
    assertThat(result.printedDiagnostics()).containsPattern("bad\\.yaml:\\d+:\\d+: error: ");
  }
}
