package dev.parley.ingest.source;

/** What an input is, as {@link FormatDetector} tells from its first bytes. */
public enum InputKind {
  /** A gzip stream, to be decompressed and detected again. */
  GZIP,
  /** A PDF file. */
  PDF,
  /** An HTML page. */
  HTML,
  /** A JSON document, read as WordPress REST API posts. */
  JSON,
  /** An RSS or Atom feed. */
  FEED,
  /** Plain text. */
  TEXT,
  /** Binary data that is none of the above, such as an image or an archive. */
  BINARY,
  /** No content, or only whitespace. */
  EMPTY
}
