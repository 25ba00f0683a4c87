package dev.parley.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ScoreLedger} on a workspace with two resolved predictions, against scores by hand. */
class ScoreLedgerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-10-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void scores_matchTheFormulas_perPersonOutletAndOverall_andTheJsonIsValid() throws Exception {
    Path ws = LedgerFixtures.workspace(dir);
    LedgerEntry macron;
    LedgerEntry merz;
    try (Workspace w = Workspace.open(ws)) {
      macron = WorkspaceLedger.build(w, "Macron").entries().getFirst();
      merz = WorkspaceLedger.build(w, "Merz").entries().getFirst();
    }
    ScoreLedger.Result before = ScoreLedger.score(new ScoreLedger.Request(ws, null));
    assertThat(before.scores().overall().scored()).isZero();
    assertThat(before.scores().overall().unresolved()).isEqualTo(2);
    assertThat(before.scores().overall().brier()).isNaN();

    ResolvePrediction resolve = new ResolvePrediction(CLOCK);
    for (Object[] r :
        new Object[][] {
          {macron, ResolvePrediction.Verdict.FALSE}, {merz, ResolvePrediction.Verdict.TRUE}
        }) {
      LedgerEntry e = (LedgerEntry) r[0];
      assertThat(
              resolve
                  .resolve(
                      new ResolvePrediction.Request(
                          ws,
                          e.id().value(),
                          (ResolvePrediction.Verdict) r[1],
                          List.of("https://example.org/outcome"),
                          LocalDate.of(2025, 9, 15),
                          null,
                          false))
                  .diagnostics())
          .isEmpty();
    }
    ScoreLedger.Scores s = ScoreLedger.score(new ScoreLedger.Request(ws, null)).scores();
    double pMacron = macron.probability();
    double pMerz = merz.probability();
    double brierMacron = pMacron * pMacron; // said likely, did not happen
    double brierMerz = (1 - pMerz) * (1 - pMerz); // happened
    assertThat(s.overall().scored()).isEqualTo(2);
    assertThat(s.overall().brier()).isCloseTo((brierMacron + brierMerz) / 2, within(1e-12));
    assertThat(s.overall().log())
        .isCloseTo((Math.log(1 - pMacron) + Math.log(pMerz)) / 2, within(1e-12));
    assertThat(s.rows()).extracting(ScoreLedger.Row::by).containsOnly("person", "outlet");
    ScoreLedger.Row macronRow =
        s.rows().stream()
            .filter(r -> r.by().equals("person") && r.group().equals(macron.who()))
            .findFirst()
            .orElseThrow();
    assertThat(macronRow.brier()).isCloseTo(brierMacron, within(1e-12));
    assertThat(
            s.rows().stream()
                .filter(r -> r.by().equals("outlet"))
                .mapToInt(ScoreLedger.Row::scored)
                .sum())
        .isEqualTo(2);
    assertThat(s.bins()).hasSize(ScoreLedger.BINS);
    assertThat(s.bins().stream().mapToInt(ScoreLedger.Bin::count).sum()).isEqualTo(2);
    assertThat(s.excluded()).isZero();

    ScoreLedger.Scores byOutlet =
        ScoreLedger.score(new ScoreLedger.Request(ws, ScoreLedger.By.OUTLET)).scores();
    assertThat(byOutlet.rows()).extracting(ScoreLedger.Row::by).containsOnly("outlet");

    String schema =
        Files.readString(
            ProjectFiles.resolve("docs/schema/ledger-scores.schema.json"), StandardCharsets.UTF_8);
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema, InputFormat.JSON)
                .validate(s.json(), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void score_withoutAWorkspace_isADiagnostic() {
    ScoreLedger.Result r = ScoreLedger.score(new ScoreLedger.Request(dir.resolve("none"), null));
    assertThat(r.scores()).isNull();
    assertThat(r.printedDiagnostics()).contains("[workspace-missing]");
  }
}
