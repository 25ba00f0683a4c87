package dev.parley.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.ledger.DateBasis;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerEntryId;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.Resolution;
import dev.parley.core.model.ActorId;
import dev.parley.io.ledger.StandardHedges;
import dev.parley.store.evidence.Citation;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.LedgerStore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WorkspaceLedgerTest {
  private static StoredEvidence prediction(
      String doc,
      int ordinal,
      @Nullable LocalDate published,
      @Nullable String outlet,
      String who,
      String what,
      String horizon) {
    DocumentId id = new DocumentId(doc);
    Provenance provenance =
        new Provenance(
            id, new TextSpan(0, 10), new TextSpan(0, 80), "prediction-extractor", "1", 0.8);
    return new StoredEvidence(
        StoredEvidence.idOf(id, ordinal),
        new Prediction(new ActorId(who), what, horizon, null, provenance),
        what,
        new Citation(id, doc + ".html", outlet, "A title", published, null, new TextSpan(0, 10)));
  }

  @Test
  void fromEvidence_mergesReports_datesFromTheDocument_andCountsUndated() {
    LocalDate aug19 = LocalDate.of(2025, 8, 19);
    List<StoredEvidence> evidence =
        List.of(
            prediction(
                "doc-a",
                3,
                aug19.plusDays(1),
                "Reuters",
                "macron",
                "a trilateral summit will take place",
                "within three weeks"),
            prediction(
                "doc-b",
                7,
                aug19,
                "AP News",
                "macron",
                "A trilateral summit will take place.",
                "within three weeks"),
            prediction(
                "doc-c", 1, null, null, "gould-davies", "Putin will rule out a meeting", "soon"),
            prediction(
                "doc-b",
                8,
                aug19,
                "AP News",
                "merz",
                "a bilateral meeting could happen",
                "within two weeks"));
    WorkspaceLedger.Result result =
        WorkspaceLedger.fromEvidence(evidence, StandardHedges.scale(), null);
    assertThat(result.predictions()).isEqualTo(4);
    assertThat(result.undated()).isEqualTo(1);
    assertThat(result.entries()).hasSize(2);
    LedgerEntry macron =
        result.entries().stream().filter(e -> e.who().equals("macron")).findFirst().orElseThrow();
    assertThat(macron.madeOn()).isEqualTo(aug19);
    assertThat(macron.resolvesOn()).isEqualTo(LocalDate.of(2025, 9, 9));
    assertThat(macron.citations())
        .extracting(c -> c.evidence())
        .containsExactly("doc-a#3", "doc-b#7");
    assertThat(macron.citations())
        .extracting(c -> c.outlet())
        .containsExactly("Reuters", "AP News");
    LedgerEntry merz =
        result.entries().stream().filter(e -> e.who().equals("merz")).findFirst().orElseThrow();
    assertThat(merz.probability()).isEqualTo(0.4);
    assertThat(merz.resolvesOn()).isEqualTo(LocalDate.of(2025, 9, 2));
  }

  @Test
  void fromEvidence_whoFilter_ignoresCaseAndAccents_andOtherItemsAreNotPredictions() {
    DocumentId id = new DocumentId("doc-q");
    Provenance provenance =
        new Provenance(id, new TextSpan(0, 5), new TextSpan(0, 20), "quote-extractor", "1", 0.9);
    StoredEvidence quote =
        new StoredEvidence(
            "doc-q#0",
            new Quote("We will see", new ActorId("macron"), null, false, 0, provenance),
            "We will see",
            new Citation(
                id, "q.html", null, null, LocalDate.of(2025, 8, 19), null, new TextSpan(0, 5)));
    List<StoredEvidence> evidence =
        List.of(
            quote,
            prediction(
                "doc-a",
                1,
                LocalDate.of(2025, 8, 19),
                null,
                "Macrón",
                "a summit will happen",
                "next week"),
            prediction(
                "doc-a",
                2,
                LocalDate.of(2025, 8, 19),
                null,
                "merz",
                "a meeting will happen",
                "next week"));
    WorkspaceLedger.Result result =
        WorkspaceLedger.fromEvidence(evidence, StandardHedges.scale(), "MACRON");
    assertThat(result.predictions()).isEqualTo(2);
    assertThat(result.entries()).extracting(LedgerEntry::who).containsExactly("Macrón");
  }

  @Test
  void fromEvidence_aStatementDateInTheText_isWhenTheEntryWasMade() {
    DocumentId id = new DocumentId("doc-s");
    Provenance provenance =
        new Provenance(
            id, new TextSpan(0, 10), new TextSpan(0, 80), "prediction-extractor", "1", 0.8);
    LocalDate sunday = LocalDate.of(2025, 8, 17);
    StoredEvidence said =
        new StoredEvidence(
            StoredEvidence.idOf(id, 1),
            new Prediction(
                new ActorId("weber"),
                "the strike will end",
                "within two weeks",
                sunday.plusWeeks(2),
                sunday,
                provenance),
            "the strike will end",
            new Citation(
                id, "s.html", null, null, LocalDate.of(2025, 8, 19), null, new TextSpan(0, 10)));
    LedgerEntry entry =
        WorkspaceLedger.fromEvidence(List.of(said), StandardHedges.scale(), null)
            .entries()
            .getFirst();
    assertThat(entry.madeOn()).isEqualTo(sunday);
    assertThat(entry.resolvesOn()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(entry.madeOnBasis()).isEqualTo(DateBasis.STATEMENT);
  }

  @Test
  void fromEvidence_eachDateSaysWhereItComesFrom_anAssumedOneIncluded() {
    LocalDate published = LocalDate.of(2025, 8, 19);
    LocalDate assumed = LocalDate.of(2025, 8, 1);
    List<StoredEvidence> evidence =
        List.of(
            prediction("doc-a", 1, published, null, "weber", "the strike will end", "by Friday"),
            prediction("doc-b", 1, null, null, "weber", "the port will reopen", "by Friday"));
    List<LedgerEntry> entries =
        WorkspaceLedger.fromEvidence(evidence, StandardHedges.scale(), null, assumed).entries();
    assertThat(entries)
        .extracting(LedgerEntry::what, LedgerEntry::madeOn, LedgerEntry::madeOnBasis)
        .containsExactlyInAnyOrder(
            tuple("the strike will end", published, DateBasis.DOCUMENT),
            tuple("the port will reopen", assumed, DateBasis.ASSUMED));
  }

  @Test
  void
      fromEvidence_oneForecastWordedTwoWaysInTwoDocuments_isOneEntry_andAResolutionUnderEitherIdHolds() {
    LocalDate published = LocalDate.of(2025, 8, 19);
    StoredEvidence first =
        prediction(
            "doc-a",
            3,
            published,
            "one.example",
            "weber",
            "the two unions could settle within two weeks",
            "within two weeks");
    StoredEvidence second =
        prediction(
            "doc-b",
            7,
            published,
            "two.example",
            "weber",
            "dockers and drivers could settle within two weeks",
            "within two weeks");
    WorkspaceLedger.Result ledger =
        WorkspaceLedger.fromEvidence(List.of(second, first), StandardHedges.scale(), null);

    assertThat(ledger.entries()).hasSize(1);
    LedgerEntry entry = ledger.entries().getFirst();
    assertThat(entry.what()).isEqualTo("the two unions could settle within two weeks");
    assertThat(entry.citations()).hasSize(2);
    LedgerEntryId other = entry.rewordings().getFirst().id();
    assertThat(ledger.entry(other.value())).contains(entry);

    Resolution r =
        Resolution.of(
            Outcome.TRUE,
            published.plusDays(5),
            List.of(new dev.parley.core.ledger.Citation("https://x.example/settled", null, null)));
    WorkspaceLedger.Result resolved =
        WorkspaceLedger.withResolutions(
            ledger,
            Map.of(
                other,
                new LedgerStore.StoredResolution(
                    other, r, "settled early", OffsetDateTime.parse("2025-08-25T10:00:00Z"))));
    assertThat(resolved.entries().getFirst().resolution()).isEqualTo(r);
    assertThat(resolved.notes()).containsEntry(entry.id().value(), "settled early");
  }
}
