package dev.parley.io.deu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.SpatialProblem;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeuReaderTest {
  private static DeuDataset deu;

  @TempDir Path dir;

  @BeforeAll
  static void read() {
    LoadResult<DeuDataset> loaded = DeuReader.read(SharedData.resolve("data/deu/deu3.csv"));
    assertThat(loaded.diagnostics()).isEmpty();
    deu = loaded.orElseThrow();
  }

  @Test
  void sharedTable_hasTheIssuesAndOutcomesOfDeuThree() {
    // research/anchors-forecasting.md §3: 364 issues, 353 with a usable outcome, 253 of those
    // with a reference point; 186 scored issues have no position of a later member state.
    assertThat(deu.issues()).hasSize(364);
    List<DeuIssue> scored = deu.scoredIssues();
    assertThat(scored).hasSize(353);
    assertThat(scored.stream().filter(i -> !Double.isNaN(i.reference())).count()).isEqualTo(253);
    assertThat(scored.stream().filter(i -> !i.isEnlarged()).count()).isEqualTo(186);
    assertThat(deu.scoredProposals().stream().mapToInt(p -> p.issues().size()).sum())
        .isEqualTo(353);
  }

  @Test
  void firstIssue_readsAsCoded() {
    DeuIssue first = deu.issues().get(0);
    assertThat(first.proposal()).isEqualTo("d00032");
    assertThat(first.proposalName()).isEqualTo("documents");
    assertThat(first.issue()).isEqualTo("d00032i1");
    assertThat(first.line()).isEqualTo(3);
    int com = DeuReader.ACTORS.indexOf("com");
    int de = DeuReader.ACTORS.indexOf("de");
    int cr = DeuReader.ACTORS.indexOf("cr");
    assertThat(first.positions().get(com)).isEqualTo(100);
    assertThat(first.saliences().get(com)).isEqualTo(50);
    assertThat(first.positions().get(de)).isEqualTo(0);
    assertThat(first.hasPosition(cr)).isFalse();
    assertThat(first.saliences().get(cr)).isZero();
    assertThat(first.reference()).isZero();
    assertThat(first.outcome()).isEqualTo(100);
    assertThat(first.isEnlarged()).isFalse();
  }

  @Test
  void issueProblem_holdsThePresentActorsWithVotingWeights() {
    DeuIssue first = deu.issues().get(0);
    SpatialProblem p = first.problem();
    assertThat(p.dimensionCount()).isEqualTo(1);
    assertThat(p.actorCount())
        .isEqualTo((int) first.positions().stream().filter(x -> !x.isNaN()).count());
    int de = p.actors().indexOf("de");
    assertThat(p.capability(de)).isEqualTo(10);
    assertThat(p.capability(p.actors().indexOf("com"))).isEqualTo(10);
    assertThat(p.salience(p.actors().indexOf("com"), 0)).isEqualTo(0.5);
    assertThat(p.reference(0)).isZero();
    assertThat(p.lower(0)).isZero();
    assertThat(p.upper(0)).isEqualTo(100);
  }

  @Test
  void proposalProblem_givesAbsentActorsNoSalience() {
    for (DeuProposal proposal : deu.scoredProposals()) {
      SpatialProblem p = proposal.problem();
      assertThat(p.dimensionCount()).isEqualTo(proposal.issues().size());
      for (int i = 0; i < p.actorCount(); i++) {
        int a = DeuReader.ACTORS.indexOf(p.actors().get(i));
        for (int k = 0; k < p.dimensionCount(); k++) {
          DeuIssue issue = proposal.issues().get(k);
          if (issue.hasPosition(a)) {
            assertThat(p.position(i, k)).isEqualTo(issue.positions().get(a));
          } else {
            assertThat(p.salience(i, k)).isZero();
          }
        }
      }
    }
  }

  @Test
  void badRows_areSkippedWithWarningsAndTheRestLoads() throws Exception {
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(SharedData.resolve("data/deu/deu3.csv"), StandardCharsets.UTF_8)
                .subList(0, 8));
    lines.set(3, lines.get(3) + "\textra");
    lines.set(4, lines.get(4).replaceFirst("\t100\t", "\tabc\t"));
    lines.set(5, lines.get(5).replaceFirst("\t50\t", "\t150\t"));
    lines.set(6, lines.get(6).replaceFirst("\t100\t", "\t999\t"));
    lines.add(lines.get(7));
    Path file = Files.write(dir.resolve("bad.csv"), lines, StandardCharsets.UTF_8);
    LoadResult<DeuDataset> loaded = DeuReader.read(file);
    assertThat(loaded.hasErrors()).isFalse();
    assertThat(loaded.diagnostics())
        .extracting(d -> d.code() + "@" + d.line())
        .containsExactly("deu-row@4", "deu-value@5", "deu-range@6", "deu-row@9");
    assertThat(loaded.diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsOnly("deu-row", "deu-value", "deu-range");
    assertThat(loaded.diagnostics()).noneMatch(LocatedDiagnostic::isError);
    assertThat(loaded.orElseThrow().issues()).hasSize(5);
  }

  @Test
  void missingColumnsOrOutcomes_areErrors() throws Exception {
    Path header = Files.writeString(dir.resolve("h.csv"), "prnr\tisnr\tpcom\n1\ta\t5\n");
    assertThat(DeuReader.read(header).diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("deu-header");
    Path none =
        Files.writeString(dir.resolve("n.csv"), "prnr\tisnr\tout\tpcom\tscom\n1\ta\t\t5\t50\n");
    assertThat(DeuReader.read(none).diagnostics())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("deu-no-issues");
  }
}
