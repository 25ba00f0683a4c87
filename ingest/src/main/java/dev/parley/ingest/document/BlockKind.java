package dev.parley.ingest.document;

/** What a block of a document's body is. */
public enum BlockKind {
  /** A paragraph of running text. */
  PARAGRAPH,
  /** A heading inside the body; extractors do not treat it as a sentence. */
  HEADING,
  /** An item of a list. */
  LIST_ITEM,
  /** A block quotation. */
  BLOCKQUOTE
}
