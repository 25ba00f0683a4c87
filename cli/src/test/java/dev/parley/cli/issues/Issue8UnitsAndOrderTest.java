package dev.parley.cli.issues;

import static dev.parley.cli.ParleyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, units and order: a red line on a numeric issue was read on the 0–100 scale, not in the
 * issue's unit, and categorical GENIUS options were forecast as if their listing order were a
 * scale. Now a limit outside the unit's range is an input error at its place, and a forecast of an
 * imported categorical issue warns and leaves it out.
 */
class Issue8UnitsAndOrderTest {
  @TempDir Path dir;

  private static final String WAGE =
      """
      parley: 2
      scenario: {id: t, title: T}
      actors:
        - {id: union, name: Union, kind: organization}
        - {id: port, name: Port, kind: organization}
      issues:
        - id: wage
          name: Wage increase
          numeric: {min: 0, max: 6, step: 0.5, unit: "%"}
      profiles:
        - actor: union
          stances:
            wage: {ideal: 6, salience: 1}
        - actor: port
          stances:
            wage: {ideal: 1, salience: 1}
          red_lines:
            - {issue: wage, at_most: LIMIT}
      """;

  @Test
  void numericIssues_areShownInTheirUnit_inEveryTable() throws Exception {
    // before: options of a numeric issue printed as bare numbers ("4.5"), positions without a word
    // on what 0-100 stands for; the unit was dropped from every output
    Path file = dir.resolve("wage.yaml");
    Files.writeString(file, WAGE.replace("LIMIT", "4.5"), StandardCharsets.UTF_8);
    ParleyCommandTest.Run analyze = run("analyze", file.toString());
    assertThat(analyze.exit()).as(analyze.err()).isZero();
    assertThat(analyze.out().lines().filter(l -> l.startsWith("  wage")).findFirst().orElseThrow())
        .contains(" %");
    ParleyCommandTest.Run forecast = run("forecast", file.toString(), "--trials", "20");
    assertThat(forecast.exit()).as(forecast.err()).isZero();
    assertThat(forecast.out())
        .contains("wage is numeric: positions 0 to 100 stand for 0 % to 6 %")
        .containsPattern("ensemble.*\\n(?s:.*)wage +[0-9.]+ +\\[[^]]*\\] +[0-9.]+ %");
    ParleyCommandTest.Run simulate = run("simulate", file.toString(), "--runs", "3");
    assertThat(simulate.exit()).as(simulate.err()).isZero();
    assertThat(
            simulate
                .out()
                .lines()
                .filter(l -> l.trim().startsWith("wage "))
                .findFirst()
                .orElseThrow())
        .contains(" %");
  }

  @Test
  void limitInTheUnit_validates_andALimitOnThe0To100Scale_isAnErrorAtItsPlace() throws Exception {
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, WAGE.replace("LIMIT", "4.5"), StandardCharsets.UTF_8);
    ParleyCommandTest.Run ok = run("validate", good.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    Path old = dir.resolve("old.yaml");
    Files.writeString(old, WAGE.replace("LIMIT", "75"), StandardCharsets.UTF_8);
    ParleyCommandTest.Run bad = run("validate", old.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .contains(
            "old.yaml:18:32: error: [value-range] at_most must be within the range of issue"
                + " 'wage', 0 to 6 %, was 75 %")
        .contains("hint: a numeric issue takes ideals, red lines and lever values in its own unit")
        .doesNotContain("Exception");
  }

  @Test
  void importedCategoricalIssue_isNamedByValidate_andLeftOutOfTheForecastWithAWarning() {
    Path yaml =
        importAnac(
            "anac2016-Grandma-SmartEnergyGrid-3p",
            "grid.yaml",
            "Smart_Energy_Grid.xml",
            "Smart_Energy_Grid_util1.xml",
            "Smart_Energy_Grid_util2.xml",
            "Smart_Energy_Grid_util3.xml");

    ParleyCommandTest.Run validated = run("validate", yaml.toString());
    assertThat(validated.exit()).as(validated.err()).isZero();
    assertThat(validated.out())
        .contains(
            "unordered issues (ordered: false): Energy cost distribution over day, Energy source")
        .contains("the spatial forecasts leave them out");

    ParleyCommandTest.Run forecast =
        run("forecast", yaml.toString(), "--trials", "0", "--format", "json");
    assertThat(forecast.exit()).as(forecast.err()).isZero();
    assertThat(forecast.err())
        .contains(
            "warning: [unordered-issue] issue 'Energy source' is unordered, so the spatial"
                + " models leave it out: it is not forecast")
        .contains("warning: [unordered-issue] issue 'Energy cost distribution over day'")
        .contains("hint: spatial models need ordered options; bargaining analyses");
    assertThat(forecast.out())
        .contains("\"dimensions\" : [ \"Energy Price\" ]")
        .doesNotContain("Energy source");
  }

  @Test
  void scenarioWithOnlyUnorderedIssues_isAnInputErrorForForecastNotACrash() {
    Path anac = SharedData.resolve("data/anac/anac2020-Party");
    ParleyCommandTest.Run forecast = run("forecast", importParty().toString(), "--trials", "0");
    assertThat(forecast.exit()).isEqualTo(2);
    assertThat(forecast.err())
        .contains("error: [unordered-issue] expected an ordered issue to forecast")
        .doesNotContain("internal error");
    ParleyCommandTest.Run analyze =
        run(
            "analyze",
            anac.resolve("party.json").toString(),
            anac.resolve("party1.json").toString(),
            anac.resolve("party2.json").toString());
    assertThat(analyze.exit()).as(analyze.err()).isZero();
  }

  private Path importParty() {
    return importAnac("anac2020-Party", "party.yaml", "party.json", "party1.json", "party2.json");
  }

  /** Imports an ANAC domain and its profiles (domain first) from the shared data to a scenario. */
  private Path importAnac(String folder, String name, String... files) {
    Path anac = SharedData.resolve("data/anac/" + folder);
    Path yaml = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("import"));
    for (String f : files) {
      args.add(anac.resolve(f).toString());
    }
    args.add("-o");
    args.add(yaml.toString());
    ParleyCommandTest.Run imported = run(args.toArray(String[]::new));
    assertThat(imported.exit()).as(imported.err()).isZero();
    return yaml;
  }
}
