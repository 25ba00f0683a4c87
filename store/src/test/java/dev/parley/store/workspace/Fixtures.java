package dev.parley.store.workspace;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentIds;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small articles written for the store's tests, extracted by the real extractor. */
final class Fixtures {
  static final EvidenceExtractor EXTRACTOR = EvidenceExtractor.withBuiltInRegistry();

  private Fixtures() {}

  /** Returns the i-th article: the same events each time, with a distinct closing line. */
  static Document document(int i) {
    List<String> paragraphs =
        List.of(
            "Russian President Vladimir Putin rejected the ceasefire proposal on Tuesday, the"
                + " Kremlin said.",
            "\u201cWe will not accept these terms,\u201d Putin said after the talks.",
            "Ukrainian President Volodymyr Zelensky urged the European Union to impose new"
                + " sanctions on Russia.",
            "Donald Trump predicted a peace deal within two weeks.",
            "Round " + i + " of the talks covered the exchange of 1,000 prisoners.");
    return document(
        "fixture-" + i + ".txt",
        paragraphs,
        new DocumentMetadata(
            "Talks round " + i,
            "Parley Test Desk",
            LocalDate.of(2025, 8, 1).plusDays(i),
            "Parley Test Wire",
            "https://example.org/round-" + i,
            "en"));
  }

  static Document document(String origin, List<String> paragraphs, DocumentMetadata meta) {
    StringBuilder text = new StringBuilder();
    List<TextBlock> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(p);
      blocks.add(new TextBlock(new TextSpan(start, text.length()), BlockKind.PARAGRAPH));
    }
    String body = text.toString();
    return new Document(DocumentIds.of(body), origin, SourceFormat.TEXT, body, blocks, meta);
  }

  static DocumentEvidence evidence(int i) {
    return EXTRACTOR.extract(document(i));
  }
}
