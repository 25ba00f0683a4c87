package dev.parley.ingest.document;

import dev.parley.core.evidence.DocumentId;
import java.util.List;
import java.util.Objects;

/**
 * An article as Parley reads it: the clean body text with boilerplate removed, the blocks it is
 * made of, and its metadata.
 *
 * @param origin where the document was read from: a file path, a URL, or a path plus an entry
 * @param text the body text; every span of every extracted fact indexes into it
 * @param blocks the body's paragraphs and headings, in order, as spans of {@code text}
 */
public record Document(
    DocumentId id,
    String origin,
    SourceFormat format,
    String text,
    List<TextBlock> blocks,
    DocumentMetadata metadata) {
  /** Validates and copies the fields. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(metadata, "metadata");
    for (TextBlock block : blocks) {
      if (block.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "block " + block.span() + " ends past the text's length " + text.length());
      }
    }
  }

  /**
   * Returns whether this document has the same normalised body as another, which is what equal
   * {@linkplain DocumentIds ids} mean.
   */
  public boolean isDuplicateOf(Document other) {
    return id.equals(other.id);
  }
}
