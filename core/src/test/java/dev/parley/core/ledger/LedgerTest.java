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
                    Resolution.UNRESOLVED,
                    DateBasis.DOCUMENT,
                    List.of()))
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
  void entryOf_predictionWithAHedge_readsTheHedgeBeforeTheWording() {
    Provenance provenance =
        new Provenance(
            new DocumentId("doc-1"), new TextSpan(0, 10), new TextSpan(0, 40), "test", "1", 0.8);
    HedgeScale scale =
        HedgeScale.parse(
            "(unhedged)\t0.9\tmodal\tparley\nwill\t0.9\tmodal\tparley\n"
                + "expects\t0.675\tqualifier\tparley\nprobably\t0.675\tqualifier\ticd-203\n");
    Prediction expects =
        new Prediction(
            new ActorId("weber"), "the strike to end", null, null, null, "expects", provenance);
    assertThat(
            Ledger.entryOf(expects, AUG_19, new Citation("doc-1", "ev-1", "Reuters"), scale)
                .probability())
        .isEqualTo(0.675);
    Prediction probably =
        new Prediction(
            new ActorId("weber"),
            "the strike will probably end",
            null,
            null,
            null,
            "will",
            provenance);
    assertThat(
            Ledger.entryOf(probably, AUG_19, new Citation("doc-1", "ev-2", "Reuters"), scale)
                .hedges())
        .containsExactly("probably");
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

  private static LedgerEntry hedged(String what, String hedge, LocalDate made, String document) {
    return LedgerEntry.of(
            "Anna Berg",
            what,
            PredictionKind.FORECAST,
            made,
            "within two weeks",
            HorizonResolver.resolve("within two weeks", made),
            List.of(hedge),
            0.4,
            ProbabilityBasis.HEDGE,
            List.of(new Citation(document, document + "#1", null)))
        .withMadeOnBasis(DateBasis.DOCUMENT);
  }

  @Test
  void mergeRewordings_oneForecastInTwoDocumentsWordedDifferently_isOneEntryWithBothWordings() {
    LedgerEntry a = hedged("the two ministers could meet within two weeks", "could", AUG_19, "d1");
    LedgerEntry b =
        hedged("Lind and Olsen could probably meet within two weeks", "could", AUG_19, "d2");

    List<LedgerEntry> merged = Ledger.mergeRewordings(List.of(a, b));

    assertThat(merged).hasSize(1);
    LedgerEntry kept = merged.get(0);
    // the earliest report is kept: same date, so the one whose first citation sorts first (d1)
    assertThat(kept.id()).isEqualTo(a.id());
    assertThat(kept.rewordings()).extracting(Rewording::id).containsExactly(b.id());
    assertThat(kept.rewordings().get(0).what()).isEqualTo(b.what());
    assertThat(kept.citations()).extracting(Citation::document).containsExactly("d1", "d2");
    assertThat(kept.ids()).containsExactly(a.id(), b.id());
    assertThat(kept.madeOnBasis()).isEqualTo(DateBasis.DOCUMENT);
  }

  @Test
  void mergeRewordings_keepsApartWhatDiffersInVerbDateHedgeOrDocument() {
    LedgerEntry meet =
        hedged("the two ministers could meet within two weeks", "could", AUG_19, "d1");
    // another verb: another event
    LedgerEntry sign =
        hedged("the two ministers could sign within two weeks", "could", AUG_19, "d2");
    // another date made: another horizon
    LedgerEntry later =
        hedged("Lind and Olsen could meet within two weeks", "could", AUG_19.plusDays(3), "d3");
    // another hedge
    LedgerEntry might = hedged("Lind and Olsen might meet within two weeks", "might", AUG_19, "d4");
    assertThat(Ledger.mergeRewordings(List.of(meet, sign, later, might)))
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.rewordings()).isEmpty());

    // two sentences of one article are two statements, even in the same words but one
    LedgerEntry sameDocument =
        hedged("Lind and Olsen could meet within two weeks", "could", AUG_19, "d1");
    assertThat(Ledger.mergeRewordings(List.of(meet, sameDocument))).hasSize(2);

    // a resolved entry stays where its outcome was recorded
    LedgerEntry resolved =
        hedged("Lind and Olsen could meet within two weeks", "could", AUG_19, "d5")
            .withResolution(
                Resolution.of(
                    Outcome.FALSE, AUG_19.plusDays(20), List.of(new Citation("d9", null, null))));
    assertThat(Ledger.mergeRewordings(List.of(meet, resolved))).hasSize(2);
  }

  @Test
  void mergeRewordings_doesNotDependOnTheOrderOfTheInput() {
    List<LedgerEntry> entries = new ArrayList<>();
    String[] subjects = {"the two ministers", "Lind and Olsen", "both ministers", "they"};
    String[] verbs = {"meet", "sign", "talk"};
    for (int i = 0; i < 12; i++) {
      entries.add(
          hedged(
              subjects[i % 4] + " could " + verbs[i % 3] + " within two weeks",
              "could",
              AUG_19.plusDays(i % 2),
              "d" + i));
    }
    List<LedgerEntry> expected = Ledger.mergeRewordings(entries);
    assertThat(expected.size()).isLessThan(entries.size());
    Random random = new Random(20261207L);
    for (int round = 0; round < 20; round++) {
      List<LedgerEntry> shuffled = new ArrayList<>(entries);
      Collections.shuffle(shuffled, random);
      assertThat(Ledger.mergeRewordings(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void verbAfterHedge_skipsAdverbsAndNegation() {
    assertThat(
            Ledger.verbAfterHedge(
                hedged("they will not really meet soon", "will not", AUG_19, "d")))
        .isEqualTo("meet");
    assertThat(Ledger.verbAfterHedge(hedged("they could eventually agree", "could", AUG_19, "d")))
        .isEqualTo("agree");
    assertThat(Ledger.verbAfterHedge(hedged("nothing to read here", "could", AUG_19, "d")))
        .isNull();
  }
}
