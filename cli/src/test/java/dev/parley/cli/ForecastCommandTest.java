package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForecastCommandTest {
  /** The history blocks of a KTAB log, as {@code --history ktab} must print them. */
  private static List<String> ktabHistory(Path log) throws IOException {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String raw : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String line = raw.stripTrailing();
      if (line.equals("History of actor positions over time:")) {
        in = true;
      } else if (in
          && !line.matches(".+:( +-?\\d+\\.\\d+)+")
          && !line.equals("History of actors' winning probabilities:")) {
        in = false;
      }
      if (in) {
        out.add(line);
      }
    }
    return out;
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::stripTrailing).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "data/ktab/SOE-Policy.csv, data/ktab/regen-2026/SOE-Policy.history.txt",
    "data/ktab/SOE-Competitive.csv, data/ktab/regen-2026/SOE-Competitive.history.txt",
    "data/ktab/SOE-Pol-Comp.csv, data/ktab/regen-2026/SOE-Pol-Comp.history.txt",
    "data/ktab/dummyData_3Dim.csv, data/ktab/regen-2026/dummyData_3Dim.history.txt",
    "data/ktab/dummyData_6Dim.csv, data/ktab/regen-2026/dummyData_6Dim.history.txt",
    "data/ktab/dummyData-a040.csv, data/ktab/regen-2026/dummyData-a040.history.txt",
    "data/ktab/dummyData-a080.csv, data/ktab/regen-2026/dummyData-a080.history.txt",
    "data/bdm/bdm1994_emission_standards.ktab.csv, data/ktab/regen-2026/eu10.history.txt",
    "data/ktab/SOE-Pol-Comp.csv, data/ktab/20170530_ref-SOE-Pol-Comp.extract.txt",
    "data/ktab/dummyData_3Dim.xml, data/ktab/20170530_ref-dummyData_3Dim.txt"
  })
  void historyKtab_printsKtabsOwnLinesForEveryReference(String input, String reference)
      throws IOException {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast",
            SharedData.resolve(input).toString(),
            "--model",
            "smp-ktab",
            "--history",
            "ktab");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> expected = ktabHistory(SharedData.resolve(reference));
    assertThat(expected.size()).isGreaterThan(4);
    assertThat(lines(r.out())).containsExactlyElementsOf(expected);
  }

  @Test
  void forecast_ktabScenario_printsEveryModelSideBySide() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast", SharedData.resolve("data/ktab/SOE-Pol-Comp.csv").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("compromise", "median", "smp-ktab", "smp")
        .contains("Policy Position", "Competitive Position")
        .contains("smp-ktab: 27 turns (converged)");
  }

  @Test
  void forecast_scenario_leadsWithTheEnsembleAndLabelsEachModelWithItsDeuError() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast",
            ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml").toString(),
            "--trials",
            "0",
            "--model",
            "compromise",
            "--model",
            "eum-paper");
    assertThat(r.exit()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out.indexOf("ENSEMBLE")).isPositive().isLessThan(out.indexOf("EACH MODEL"));
    assertThat(out)
        .containsPattern("Dimension +ensemble +80% interval +option")
        .containsPattern("donetsk +[0-9.]+ +\\[[0-9.]+, [0-9.]+\\] +\\S+")
        .containsPattern("DEU error +23\\.07 +30\\.96 !")
        .contains("! eum-paper: does not reproduce its source")
        .doesNotContain("smp-ktab:");
  }

  @Test
  void forecast_scenario_printsNearestOptions() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast",
            ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString(),
            "--trials",
            "0");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  option").doesNotContain("UNDER UNCERTAINTY");
  }

  @Test
  void forecast_scenario_addsIntervalsDealProbabilityLeversAndConcessions() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast",
            ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml").toString(),
            "--trials",
            "40",
            "--model",
            "compromise",
            "--model",
            "eum-scholz");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("UNDER UNCERTAINTY", "5%-95%", "LEVERS", "sanctions-threat", "aid-cut")
        .contains("P(a zone of agreement exists at 2025-08-19)")
        .contains("P(agreement within 365 days of 2025-08-19)")
        .doesNotContain("P(deal)")
        .contains("eum-scholz");
    ParleyCommandTest.Run json =
        ParleyCommandTest.run(
            "forecast",
            ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml").toString(),
            "--trials",
            "40",
            "--model",
            "compromise",
            "--format",
            "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out())
        .contains("\"uncertainty\"")
        .contains("\"trials\" : 40")
        .contains("\"p_zone_exists\"")
        .contains("\"p_agreement_within\"")
        .contains("\"horizon_days\" : 365");
  }

  @Test
  void forecast_json_listsTheModelsAsked() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast",
            SharedData.resolve("data/ktab/dummyData_3Dim.csv").toString(),
            "--model",
            "smp",
            "--model",
            "compromise",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"model\" : \"smp\"", "\"model\" : \"compromise\"", "\"distribution\"");
    assertThat(r.out()).doesNotContain("\"model\" : \"median\"", "\"history\"");
  }

  @Test
  void forecast_stochasticXml_isReproducibleFromTheSeed() throws IOException {
    Path dir = Files.createTempDirectory("parley-forecast");
    Path xml = dir.resolve("example.xml");
    String text =
        Files.readString(SharedData.resolve("data/ktab/smpExample.xml"), StandardCharsets.UTF_8)
            .replaceFirst("<dCoord></dCoord>", "<dCoord>52.8</dCoord>");
    Files.writeString(xml, text, StandardCharsets.UTF_8);
    String a =
        ParleyCommandTest.run("forecast", xml.toString(), "--model", "smp", "--seed", "7").out();
    String b =
        ParleyCommandTest.run("forecast", xml.toString(), "--model", "smp", "--seed", "7").out();
    assertThat(a).isEqualTo(b).contains("smp:");
  }

  @Test
  void forecast_badInput_printsLocatedDiagnosticsAndExitsTwo() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast", SharedData.resolve("data/ktab/smpExample.xml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("smpExample.xml:32:").contains("error: [ktab-number]");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void forecast_unknownModel_exitsTwo() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            "forecast",
            SharedData.resolve("data/ktab/SOE-Policy.csv").toString(),
            "--model",
            "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("smp-ktab");
  }

  @Test
  void forecast_negativeTrialsOrNoThreads_areUsageErrors() {
    String scenario =
        ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString();
    for (String[] bad : new String[][] {{"--trials", "-1"}, {"--threads", "0"}}) {
      ParleyCommandTest.Run r = ParleyCommandTest.run("forecast", scenario, bad[0], bad[1]);
      assertThat(r.exit()).as(bad[0]).isEqualTo(2);
      assertThat(r.err())
          .as(bad[0])
          .contains("parley forecast: error: expected " + bad[0] + " from");
    }
  }
}
