package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.validate.Severity;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-document bounds of extraction: what lies beyond them is left out with an {@code
 * extraction-limit} warning, what was found up to them is kept, and real articles stay whole.
 */
class ExtractionLimitsTest {
  private static final String[] STATES = {
    "France", "Germany", "Italy", "Spain", "Poland", "Austria", "Belgium", "Denmark", "Finland"
  };

  /** One sentence of {@code n} clauses "X rejected Y", each a distinct event. */
  private static String rejections(int n) {
    StringBuilder b = new StringBuilder();
    int found = 0;
    for (int i = 0; i < STATES.length && found < n; i++) {
      for (int j = 0; j < STATES.length && found < n; j++) {
        if (i != j) {
          b.append(found > 0 ? "; " : "").append(STATES[i]).append(" rejected ").append(STATES[j]);
          found++;
        }
      }
    }
    return b.append('.').toString();
  }

  private static List<IngestDiagnostic> limitWarnings(DocumentEvidence e) {
    return e.diagnostics().stream().filter(d -> d.code().equals("extraction-limit")).toList();
  }

  @Test
  void eventsBeyondThePerSentenceLimit_areLeftOut_withAWarning() {
    DocumentEvidence all = ExtractionFixture.extract(rejections(40));
    assertThat(all.events()).hasSize(ExtractionLimits.DEFAULT.eventsPerSentence());
    assertThat(limitWarnings(all)).hasSize(1);
    IngestDiagnostic warning = limitWarnings(all).get(0);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.file()).isEqualTo("test");
    assertThat(warning.message()).contains("32 events", "sentence", "character 0");

    EvidenceExtractor three =
        ExtractionFixture.EXTRACTOR.withLimits(new ExtractionLimits(250, 3, 100));
    DocumentEvidence capped = three.extract(ExtractionFixture.document(rejections(5)));
    assertThat(capped.events()).hasSize(3);
    List<String> targets = capped.events().stream().map(e -> e.targets().get(0).value()).toList();
    assertThat(targets).as("the first three in text order").containsExactly("DEU", "ITA", "ESP");
    assertThat(limitWarnings(capped))
        .singleElement()
        .extracting(IngestDiagnostic::message)
        .asString()
        .contains("3 events", "5");
  }

  @Test
  void aSentenceWithinTheLimits_keepsAllItsEvents_andHasNoWarning() {
    DocumentEvidence e = ExtractionFixture.extract(rejections(20));
    assertThat(e.events()).hasSize(20);
    assertThat(e.diagnostics()).isEmpty();
  }

  @Test
  void aSentenceLongerThanTheLimit_isReadInPieces_withAWarning() {
    String clause = "Russia rejected the plan and Ukraine criticized NATO and ";
    String text = clause.repeat(60) + "Trump welcomed the talks.";
    DocumentEvidence e = ExtractionFixture.extract(text);
    assertThat(limitWarnings(e))
        .singleElement()
        .extracting(IngestDiagnostic::message)
        .asString()
        .contains("250 tokens", "character 0");
    Map<Integer, Integer> perSentence = new HashMap<>();
    for (EventMention m : e.events()) {
      perSentence.merge(m.provenance().sentence().start(), 1, Integer::sum);
      assertThat(m.provenance().sentence().length()).isLessThan(text.length());
    }
    assertThat(perSentence).as("events in each of the three pieces of 545 tokens").hasSize(3);
    for (ExtractedItem item : e.items()) {
      assertThat(item.provenance().span().isWithin(item.provenance().sentence())).isTrue();
    }
  }

  @Test
  void itemsBeyondThePerDocumentLimit_areLeftOut_withAWarningPerKind() {
    EvidenceExtractor small =
        ExtractionFixture.EXTRACTOR.withLimits(new ExtractionLimits(250, 32, 100));
    DocumentEvidence e =
        small.extract(ExtractionFixture.document("Kyiv counted 1,000 soldiers. ".repeat(150)));
    assertThat(e.numbers()).hasSize(100);
    assertThat(e.mentions()).hasSize(100);
    assertThat(e.numbers().get(99).provenance().span().start())
        .as("the first hundred in text order")
        .isLessThan(e.numbers().get(0).provenance().span().start() + 100 * 30);
    assertThat(limitWarnings(e))
        .extracting(IngestDiagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("100 numbers", "150"))
        .anySatisfy(m -> assertThat(m).contains("100 actor mentions", "150"));
  }

  @Test
  void limits_mustBePositive() {
    assertThatThrownBy(() -> new ExtractionLimits(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentenceTokens=0");
  }

  @Test
  void theDefaultLimits_leaveTheSeedArticlesAndTheBundledDocumentsWhole() {
    for (Path gold : SeedDocuments.goldFiles()) {
      Document d = SeedDocuments.document(gold);
      assertThat(ExtractionFixture.EXTRACTOR.extract(d).diagnostics()).as(d.origin()).isEmpty();
    }
    IngestResult bundled =
        new DocumentReader().read(ProjectFiles.resolve("examples/ukraine-2025/documents"));
    assertThat(bundled.documents()).isNotEmpty();
    for (Document d : bundled.documents()) {
      DocumentEvidence e = ExtractionFixture.EXTRACTOR.extract(d);
      assertThat(e.items()).as(d.origin()).isNotEmpty();
      assertThat(e.diagnostics()).as(d.origin()).isEmpty();
    }
  }
}
