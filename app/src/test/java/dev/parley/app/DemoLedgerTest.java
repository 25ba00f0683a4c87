package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Prediction;
import dev.parley.core.ledger.HorizonResolver;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.ingest.extract.EvidenceExtractor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo's ledger: the bundled documents' predictions with the dates they resolve on. */
class DemoLedgerTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 8, 19);

  @Test
  void demoEvidence_listsEveryPrediction_undatedOnesOnTheAssumedDate() {
    DemoEvidence e =
        DemoEvidence.gather(Demo.DOCUMENTS, EvidenceExtractor.withBuiltInRegistry(), AS_OF);
    assertThat(e.ledger().undated()).isEqualTo(e.undated().size());
    int reports = e.predictions().stream().mapToInt(x -> x.citations().size()).sum();
    assertThat(reports).isEqualTo(e.ledger().predictions());
    for (LedgerEntry entry : e.predictions()) {
      // each date is the entry's horizon counted from the day it was (or is assumed) made
      assertThat(entry.resolvesOn())
          .isEqualTo(HorizonResolver.resolve(entry.horizon(), entry.madeOn()));
      if (e.assumed().contains(entry.id().value())) {
        assertThat(entry.madeOn()).isEqualTo(AS_OF);
      }
    }
    // Merz's meeting "within two weeks" of 2025-08-19 (a Tuesday) is 2025-09-02, 14 days on
    // (docs/ledger.md, Horizons).
    assertThat(e.predictions())
        .filteredOn(x -> x.who().equals("merz") && "within two weeks".equals(x.horizon()))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvesOn()).isEqualTo(LocalDate.of(2025, 9, 2)));
    assertThat(e.undated()).allSatisfy(u -> assertThat(u.item()).isInstanceOf(Prediction.class));
  }

  @Test
  void withoutAnAssumedDate_onlyTheDatedLedgerIsKept() {
    DemoEvidence e = DemoEvidence.gather(Demo.DOCUMENTS, EvidenceExtractor.withBuiltInRegistry());
    assertThat(e.predictions()).isEmpty();
    assertThat(e.assumed()).isEmpty();
  }
}
