package dev.parley.io.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.eum.ExpectedUtilityModel;
import dev.parley.core.forecast.eum.ExpectedUtilityRun;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BdmReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void read_loadsTheEmissionStandardsExample() {
    LoadResult<SpatialProblem> loaded =
        BdmReader.read(SharedData.resolve("data/bdm/bdm1994_emission_standards.csv"));
    assertThat(loaded.diagnostics()).isEmpty();
    SpatialProblem p = loaded.orElseThrow();
    assertThat(p.actorCount()).isEqualTo(10);
    assertThat(p.dimensions()).containsExactly("bdm1994_emission_standards");
    int uk = p.actors().indexOf("UK");
    assertThat(p.capability(uk)).isEqualTo(0.16);
    assertThat(p.position(uk, 0)).isEqualTo(10);
    assertThat(p.salience(uk, 0)).isEqualTo(0.9);
    assertThat(p.lower(0)).isEqualTo(4);
    assertThat(p.upper(0)).isEqualTo(10);
    assertThat(p.hasReference(0)).isFalse();
  }

  @Test
  void emissionStandards_runThroughTheExpectedUtilityModelAsInTheResearchNote() {
    SpatialProblem p =
        BdmReader.read(SharedData.resolve("data/bdm/bdm1994_emission_standards.csv")).orElseThrow();
    ExpectedUtilityRun run = ExpectedUtilityModel.scholzCode().run(p, 0);
    // research/anchors-forecasting.md §1.7: Belgium 8.416 after round 1, median 7.0 after 10.
    assertThat(run.round(1).position(p.actors().indexOf("Belgium"))).isCloseTo(8.416, within(5e-4));
    assertThat(run.forecast()).isEqualTo(7.0);
  }

  @Test
  void read_takesSaliencesAsSharesWhenNoneExceedsOne() throws Exception {
    Path file =
        write("shares.csv", "salience,Position,ACTOR,Capability,note\n0.5,1,A,2,x\n1,3,B,1,\n");
    SpatialProblem p = BdmReader.read(file).orElseThrow();
    assertThat(p.actors()).containsExactly("A", "B");
    assertThat(p.salience(0, 0)).isEqualTo(0.5);
    assertThat(p.salience(1, 0)).isEqualTo(1.0);
    assertThat(p.capability(0)).isEqualTo(2);
  }

  @Test
  void read_reportsEveryBadValueAtItsLineAndColumn() throws Exception {
    Path file =
        write(
            "bad.csv",
            """
            Actor,Capability,Position,Salience
            A,0.1,4,80
            B,-1,x,80
            A,0.2,5,180
            C,0.1
            ,0.1,5,50
            """);
    LoadResult<SpatialProblem> loaded = BdmReader.read(file);
    assertThat(loaded.hasErrors()).isTrue();
    assertThat(loaded.diagnostics())
        .extracting(d -> d.code() + "@" + d.line() + ":" + d.column())
        .containsExactly(
            "bdm-value@3:3",
            "bdm-value@3:6",
            "bdm-value@4:1",
            "bdm-value@4:9",
            "bdm-row@5:3",
            "bdm-value@6:1");
    assertThat(loaded.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsOnly("bdm-value", "bdm-row");
    String printed = DiagnosticPrinter.format(loaded.diagnostics());
    assertThat(printed)
        .contains(
            "bad.csv:3:6: error: [bdm-value] expected the position as a number, but found 'x'")
        .contains("hint:");
  }

  @Test
  void read_requiresTheFourColumnsAndTwoActors() throws Exception {
    LoadResult<SpatialProblem> header =
        BdmReader.read(write("h.csv", "Actor,Power,Position\nA,1,2\n"));
    assertThat(header.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("bdm-header");
    assertThat(header.diagnostics().get(0).diagnostic().message())
        .contains("Capability, Salience are missing");
    LoadResult<SpatialProblem> lonely =
        BdmReader.read(write("one.csv", "Actor,Capability,Position,Salience\nA,1,2,3\n"));
    assertThat(lonely.diagnostics()).extracting(LocatedDiagnostic::code).containsExactly("bdm-row");
  }
}
