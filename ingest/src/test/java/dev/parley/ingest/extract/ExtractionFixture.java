package dev.parley.ingest.extract;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Documents written in tests: each line is a paragraph, a line starting with "# " a heading. */
final class ExtractionFixture {
  static final EvidenceExtractor EXTRACTOR = EvidenceExtractor.withBuiltInRegistry();

  private ExtractionFixture() {}

  static Document document(String text) {
    return document(text, null);
  }

  static Document document(String source, @Nullable LocalDate date) {
    StringBuilder text = new StringBuilder();
    List<TextBlock> blocks = new ArrayList<>();
    for (String line : source.split("\n")) {
      boolean heading = line.startsWith("# ");
      String content = heading ? line.substring(2) : line;
      if (text.length() > 0) {
        text.append('\n');
      }
      int start = text.length();
      text.append(content);
      blocks.add(
          new TextBlock(
              new TextSpan(start, text.length()),
              heading ? BlockKind.HEADING : BlockKind.PARAGRAPH));
    }
    return new Document(
        new DocumentId("test"),
        "test",
        SourceFormat.TEXT,
        text.toString(),
        blocks,
        new DocumentMetadata(null, null, date, null, null, "en"));
  }

  static DocumentEvidence extract(String text) {
    return EXTRACTOR.extract(document(text));
  }
}
