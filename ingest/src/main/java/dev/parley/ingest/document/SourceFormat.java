package dev.parley.ingest.document;

/** The form a document arrived in, detected from its content. */
public enum SourceFormat {
  /** Plain text, often scraped from a web page with its navigation and notices. */
  TEXT,
  /** An HTML page. */
  HTML,
  /** A WordPress REST API post (JSON) whose body is HTML. */
  WORDPRESS_JSON,
  /** An item of an RSS feed. */
  RSS,
  /** An entry of an Atom feed. */
  ATOM,
  /** A PDF file. */
  PDF
}
