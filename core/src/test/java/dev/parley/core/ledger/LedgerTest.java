package dev.parley.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final LocalDate AUG_19 = LocalDate.of(2025, 8, 19);

  private static LedgerEntry entry(String who, String what, LocalDate made, String document) {
    return LedgerEntry.of(
        who,
        what,
        PredictionKind.FORECAST,
        made,
        "within three weeks",
        HorizonResolver.resolve("within three weeks", made),
        List.of("will"),
        0.9,
        ProbabilityBasis.HEDGE,
        List.of(new Citation(document, null, "outlet-" + document)));
  }

  @Test
  void key_ignoresCasePunctuationAccentsAndALeadingThat() {
    LedgerKey a = LedgerKey.of("Emmanuel Macron", "a trilateral summit will happen.");
    LedgerKey b = LedgerKey.of("emmanuel  macron", "That a Trilateral Summit will happen");
    LedgerKey c = LedgerKey.of("Emmanuel Macrón", "a trilateral summit, will happen");
    assertThat(b).isEqualTo(a);
    assertThat(c).isEqualTo(a);
    assertThat(a.id()).isEqualTo(b.id()).isEqualTo(c.id());
    assertThat(LedgerKey.of("Friedrich Merz", "a trilateral summit will happen").id())
        .isNotEqualTo(a.id());
  }

  @Test
  void id_isTheSha256OfTheKey() throws Exception {
    LedgerKey key = LedgerKey.of("Emmanuel Macron", "A summit will happen.");
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest("emmanuel macron\na summit will happen".getBytes(StandardCharsets.UTF_8));
    assertThat(key.id().value())
        .isEqualTo("l-" + HexFormat.of().formatHex(digest).substring(0, 16));
  }

  @Test
  void merge_oneEntryPerPrediction_withAllCitations_andTheEarliestDate() {
    LedgerEntry early = entry("Macron", "a summit will happen", AUG_19, "doc-b");
    LedgerEntry late =
        entry("Emmanuel Macron".substring(9), "A summit will happen.", AUG_19.plusDays(2), "doc-a");
    LedgerEntry other = entry("Merz", "a meeting will happen", AUG_19, "doc-c");
    List<LedgerEntry> merged = Ledger.merge(List.of(late, other, early));
    assertThat(merged).hasSize(2);
    LedgerEntry summit =
        merged.stream().filter(e -> e.who().equals("Macron")).findFirst().orElseThrow();
    assertThat(summit.madeOn()).isEqualTo(AUG_19);
    assertThat(summit.resolvesOn()).isEqualTo(LocalDate.of(2025, 9, 9));
    assertThat(summit.what()).isEqualTo("a summit will happen");
    assertThat(summit.citations()).extracting(Citation::document).containsExactly("doc-a", "doc-b");
  }

  @Test
  void merge_doesNotDependOnInputOrder() {
    List<LedgerEntry> entries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      entries.add(entry("P" + (i % 4), "event " + (i % 7), AUG_19.plusDays(i % 5), "doc-" + i));
    }
    List<LedgerEntry> expected = Ledger.merge(entries);
    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      Collections.shuffle(entries, random);
      assertThat(Ledger.merge(entries)).isEqualTo(expected);
    }
  }

  @Test
  void merge_conflictingOutcomes_isAnError() {
    LedgerEntry a =
        entry("Merz", "a meeting will happen", AUG_19, "doc-a")
            .withResolution(
                Resolution.of(Outcome.TRUE, AUG_19.plusDays(9), List.of(Citation.of("x"))));
    LedgerEntry b =
        entry("Merz", "a meeting will happen", AUG_19, "doc-b")
            .withResolution(
                Resolution.of(Outcome.FALSE, AUG_19.plusDays(9), List.of(Citation.of("y"))));
    assertThatThrownBy(() -> Ledger.merge(List.of(a, b))).hasMessageContaining("TRUE and FALSE");
    LedgerEntry c = entry("Merz", "a meeting will happen", AUG_19, "doc-c");
    assertThat(Ledger.merge(List.of(a, c)).get(0).resolution().outcome()).isEqualTo(Outcome.TRUE);
  }

  @Test
  void entry_rejectsAnIdNotDerivedFromItsContent_andBadValues() {
    LedgerEntry good = entry("Merz", "a meeting will happen", AUG_19, "doc-a");
    LedgerEntryId wrong = LedgerKey.of("Macron", "a meeting will happen").id();
    assertThatThrownBy(
            () ->
                new LedgerEntry(
                    wrong,
                    good.who(),
                    good.what(),
                    good.kind(),
                    good.madeOn(),
                    null,
                    null,
                    List.of(),
                    0.5,
                    ProbabilityBasis.HEDGE,
                    good.citations(),
                    Resolution.UNRESOLVED))
        .hasMessageContaining("derived");
    assertThatThrownBy(
            () ->
                LedgerEntry.of(
                    "Merz",
                    "x",
                    PredictionKind.FORECAST,
                    AUG_19,
                    null,
                    null,
                    List.of(),
                    1.5,
                    ProbabilityBasis.HEDGE,
                    good.citations()))
        .hasMessageContaining("1.5");
    assertThatThrownBy(
            () ->
                LedgerEntry.of(
                    "Merz",
                    "x",
                    PredictionKind.FORECAST,
                    AUG_19,
                    null,
                    AUG_19.minusDays(1),
                    List.of(),
                    0.5,
                    ProbabilityBasis.HEDGE,
                    good.citations()))
        .hasMessageContaining("on or after");
    assertThatThrownBy(
            () ->
                LedgerEntry.of(
                    "Merz",
                    "x",
                    PredictionKind.FORECAST,
                    AUG_19,
                    null,
                    null,
                    List.of(),
                    0.5,
                    ProbabilityBasis.HEDGE,
                    List.of()))
        .hasMessageContaining("citation");
    assertThatThrownBy(() -> Resolution.of(Outcome.TRUE, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entryOf_prediction_readsKindHorizonAndHedge() {
    Provenance provenance =
        new Provenance(
            new DocumentId("doc-1"), new TextSpan(0, 10), new TextSpan(0, 40), "test", "1", 0.8);
    Prediction prediction =
        new Prediction(
            new ActorId("macron"),
            "a trilateral summit will probably take place",
            "within three weeks",
            LocalDate.of(2025, 9, 2),
            provenance);
    HedgeScale scale =
        HedgeScale.parse(
            "(unhedged)\t0.9\tmodal\tparley\nwill\t0.9\tmodal\tparley\n"
                + "probably\t0.675\tqualifier\ticd-203\n");
    LedgerEntry e =
        Ledger.entryOf(prediction, AUG_19, new Citation("doc-1", "ev-3", "Reuters"), scale);
    assertThat(e.kind()).isEqualTo(PredictionKind.FORECAST);
    assertThat(e.resolvesOn())
        .as("from madeOn, not the extractor's date")
        .isEqualTo(LocalDate.of(2025, 9, 9));
    assertThat(e.hedges()).containsExactly("probably");
    assertThat(e.probability()).isEqualTo(0.675);
    assertThat(e.probabilityStatement())
        .isEqualTo("P(a trilateral summit will probably take place by 2025-09-09) = 0.675");
  }

  @Test
  void kind_conditionalForecastOrClaim() {
    assertThat(PredictionKind.of("if sanctions bite, Moscow will talk", false))
        .isEqualTo(PredictionKind.CONDITIONAL);
    assertThat(PredictionKind.of("Moscow won't talk unless pressed", false))
        .isEqualTo(PredictionKind.CONDITIONAL);
    assertThat(PredictionKind.of("Putin will rule out a meeting", false))
        .isEqualTo(PredictionKind.FORECAST);
    assertThat(PredictionKind.of("a summit", true)).isEqualTo(PredictionKind.FORECAST);
    assertThat(PredictionKind.of("Putin is not interested in peace", false))
        .isEqualTo(PredictionKind.ANALYTICAL_CLAIM);
  }
}
