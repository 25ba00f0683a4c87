package dev.parley.ingest.content;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentIds;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import java.util.List;
import java.util.Objects;

/**
 * The main content of one document: its clean body text, the blocks it is made of, and its
 * metadata.
 *
 * @param text the body; blocks are separated by a blank line
 * @param blocks the paragraphs, headings, list items and quotations of the body, as spans of {@code
 *     text}
 */
public record ExtractedContent(String text, List<TextBlock> blocks, DocumentMetadata metadata) {
  /** Validates and copies the fields. */
  public ExtractedContent {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** Returns whether the body has no text. */
  public boolean isEmpty() {
    return text.isBlank();
  }

  /** Returns this content with other metadata. */
  public ExtractedContent withMetadata(DocumentMetadata other) {
    return new ExtractedContent(text, blocks, other);
  }

  /**
   * Returns the document this content makes, with an id computed from the body by {@link
   * DocumentIds#of}.
   */
  public Document toDocument(String origin, SourceFormat format) {
    return new Document(DocumentIds.of(text), origin, format, text, blocks, metadata);
  }
}
