package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.validate.Severity;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number beyond the range of a double ("1e400", a 310-digit number) is kept as printed with no
 * value and a {@code number-out-of-range} warning, and the rest of the document is extracted.
 */
class NumbersOutOfRangeTest {
  private static final String DIGITS_310 = "9" + "0".repeat(309);

  private static final String TEXT =
      "Russia rejected the ceasefire plan on Monday. The ministry put the damage at 1e400"
          + " roubles, and a leaflet claimed "
          + DIGITS_310
          + " soldiers. Kyiv counted 1,000 prisoners.";

  private static void assertKeptAsText(DocumentEvidence e) {
    List<NumberMention> numbers = e.numbers();
    assertThat(numbers)
        .extracting(NumberMention::text)
        .contains("1e400 roubles", DIGITS_310, "1,000");
    for (NumberMention n : numbers) {
      boolean huge = !n.text().equals("1,000");
      assertThat(n.isOutOfRange()).as(n.text()).isEqualTo(huge);
      assertThat(Double.isFinite(n.value())).as(n.text()).isTrue();
    }
    assertThat(numbers.stream().filter(n -> n.text().equals("1,000")).findFirst().orElseThrow())
        .extracting(NumberMention::value)
        .isEqualTo(1000.0);
    assertThat(e.events()).extracting(m -> m.action()).contains(EventAction.REJECT);
    List<IngestDiagnostic> warnings =
        e.diagnostics().stream().filter(d -> d.code().equals("number-out-of-range")).toList();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.severity()).isEqualTo(Severity.WARNING);
              assertThat(w.message()).contains("2 numbers", "1e400");
            });
  }

  @Test
  void aNumberBeyondTheRangeOfADouble_isKeptAsText_andTheDocumentIsExtracted() {
    assertKeptAsText(ExtractionFixture.extract(TEXT));
  }

  @Test
  void aNumberBeyondTheRangeOfADouble_readFromAFile_isKeptAsText() {
    IngestResult read =
        new DocumentReader().read("huge.txt", TEXT.getBytes(StandardCharsets.UTF_8), "huge.txt");
    assertThat(read.diagnostics()).isEmpty();
    Document d = read.documents().get(0);
    DocumentEvidence e = ExtractionFixture.EXTRACTOR.extract(d);
    assertKeptAsText(e);
    assertThat(e.diagnostics()).allSatisfy(w -> assertThat(w.file()).isEqualTo(d.origin()));
  }

  @Test
  void aScaleThatOverflows_isKeptAsTextToo() {
    DocumentEvidence e = ExtractionFixture.extract("The fund holds $1e300 trillion in bonds.");
    assertThat(e.numbers())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.text()).isEqualTo("$1e300 trillion");
              assertThat(n.isOutOfRange()).isTrue();
              assertThat(n.unit()).isEqualTo("USD");
            });
  }
}
