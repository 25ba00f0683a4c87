package dev.parley.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.extract.ExtractionLimits;
import dev.parley.ingest.source.IngestDiagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Any text goes through every extraction stage without an exception, within the limits, and every
 * item points inside the text. The text mixes words the stages react to (names, speech and event
 * verbs, quotation marks, numbers, abbreviations) with arbitrary strings; lines are paragraphs, and
 * "# " makes a heading. Runs its corpus as a regression test; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class EvidenceExtractorFuzzTest {
  private static final EvidenceExtractor EXTRACTOR = EvidenceExtractor.withBuiltInRegistry();
  private static final Set<String> WARNINGS = Set.of("extraction-limit", "number-out-of-range");
  private static final String[] WORDS = {
    "Putin",
    "Trump",
    "Zelensky",
    "Lavrov",
    "Kremlin",
    "Kyiv",
    "Moscow",
    "Russia",
    "Ukraine",
    "France",
    "the",
    "The",
    "Russian",
    "President",
    "the president",
    "its allies",
    "leaders of",
    "Mr.",
    "U.S.",
    "Dr",
    "said",
    "says",
    "told",
    "warned",
    "rejected",
    "demands",
    "proposed",
    "agreed",
    "met",
    "talks",
    "attacked",
    "must",
    "will",
    "'ll",
    "not",
    "could",
    "predicts",
    "expects",
    "that",
    "which",
    "who",
    "he",
    "she",
    "they",
    "we",
    "it",
    "by",
    "with",
    "between",
    "and",
    "of",
    "in",
    "Ivan",
    "Petrenko",
    ", a",
    "analyst",
    "Institute",
    "Foo",
    "Bar",
    "NATO",
    "ceasefire",
    "sanctions",
    "within two weeks",
    "next year",
    "$",
    "300",
    "billion",
    "1,000",
    "1e400",
    "two",
    "30-day",
    "1st",
    "2025",
    "May",
    "\u201c",
    "\u201d",
    "\"",
    "\u2018",
    "\u2019",
    "'s",
    ",",
    ".",
    "?",
    "!",
    ";",
    ":",
    "-",
    "\u2014",
    "(",
    ")",
    "\n",
    "\n# ",
    "Source:",
    "a.b.c"
  };

  @FuzzTest(maxDuration = "60s", maxExecutions = 3000)
  void extract_anyText_keepsEveryItemInsideTheText(FuzzedDataProvider data) {
    ExtractionLimits limits =
        data.consumeBoolean()
            ? ExtractionLimits.DEFAULT
            : new ExtractionLimits(
                data.consumeInt(1, 300), data.consumeInt(1, 40), data.consumeInt(1, 500));
    LocalDate date = data.consumeBoolean() ? LocalDate.of(2025, 5, 16) : null;
    StringBuilder text = new StringBuilder();
    while (data.remainingBytes() > 0 && text.length() < 20_000) {
      if (data.consumeBoolean()) {
        text.append(data.pickValue(WORDS));
      } else {
        text.append(data.consumeString(12));
      }
      if (data.consumeBoolean()) {
        text.append(' ');
      }
    }
    Document document = document(text.toString(), date);
    DocumentEvidence evidence = EXTRACTOR.withLimits(limits).extract(document);

    int length = document.text().length();
    for (ExtractedItem item : evidence.items()) {
      TextSpan span = item.provenance().span();
      TextSpan sentence = item.provenance().sentence();
      assertThat(span.end()).as("%s in %s", item, document.text()).isLessThanOrEqualTo(length);
      assertThat(sentence.end()).as("%s in %s", item, document.text()).isLessThanOrEqualTo(length);
      assertThat(span.isWithin(sentence) || sentence.length() == 0)
          .as("%s in %s", item, document.text())
          .isTrue();
      if (item instanceof NumberMention n) {
        assertThat(Double.isFinite(n.value())).as("%s", n).isTrue();
      }
    }
    assertThat(evidence.events().size()).isLessThanOrEqualTo(limits.itemsPerKind());
    assertThat(evidence.numbers().size()).isLessThanOrEqualTo(limits.itemsPerKind());
    for (IngestDiagnostic d : evidence.diagnostics()) {
      assertThat(d.code()).isIn(WARNINGS);
      assertThat(d.isError()).isFalse();
    }
  }

  /** A document whose lines are paragraphs, and headings when they start with "# ". */
  private static Document document(String source, @Nullable LocalDate date) {
    StringBuilder text = new StringBuilder();
    List<TextBlock> blocks = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      boolean heading = line.startsWith("# ");
      String content = heading ? line.substring(2) : line;
      if (text.length() > 0) {
        text.append('\n');
      }
      int start = text.length();
      text.append(content);
      if (!content.isBlank()) {
        blocks.add(
            new TextBlock(
                new TextSpan(start, text.length()),
                heading ? BlockKind.HEADING : BlockKind.PARAGRAPH));
      }
    }
    return new Document(
        new DocumentId("fuzz"),
        "fuzz",
        SourceFormat.TEXT,
        text.toString(),
        blocks,
        new DocumentMetadata(null, null, date, null, null, "en"));
  }
}
