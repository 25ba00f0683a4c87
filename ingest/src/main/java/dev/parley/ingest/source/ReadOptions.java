package dev.parley.ingest.source;

/**
 * Limits on what a {@link DocumentReader} reads, and whether folder walks follow links out of the
 * folder. Each limit turns an excess into a {@code too-large} diagnostic for that input or document
 * while the rest of the batch goes on.
 *
 * @param maxBytes the largest input read, in bytes, after decompression; larger files are skipped
 *     with a {@code too-large} diagnostic
 * @param maxDepth how many folder levels below a given folder are searched
 * @param maxChars the longest document body, in characters, after decoding and extraction; a longer
 *     document is not processed. For a PDF it also bounds the characters drawn, counted as the text
 *     is extracted
 * @param maxPdfPages the most pages a PDF may have
 * @param maxPdfOperators the most content-stream operators a PDF's text extraction may run, over
 *     all its pages and forms
 * @param followLinks whether folder walks and globs follow symbolic links whose target lies outside
 *     the folder given; when false such links are skipped with a {@code link-outside} warning
 */
public record ReadOptions(
    long maxBytes,
    int maxDepth,
    int maxChars,
    int maxPdfPages,
    long maxPdfOperators,
    boolean followLinks) {
  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** The default length limit of a document's text: 5 million characters. */
  public static final int DEFAULT_MAX_CHARS = 5_000_000;

  /** The default page limit of a PDF: 2,000 pages. */
  public static final int DEFAULT_MAX_PDF_PAGES = 2_000;

  /** The default limit on a PDF's content-stream operators: 2 million. */
  public static final long DEFAULT_MAX_PDF_OPERATORS = 2_000_000;

  /** Validates the limits. */
  public ReadOptions {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("expected 0 < maxBytes < 2 GB, but found " + maxBytes);
    }
    if (maxDepth < 0) {
      throw new IllegalArgumentException("expected maxDepth >= 0, but found " + maxDepth);
    }
    if (maxChars <= 0) {
      throw new IllegalArgumentException("expected maxChars > 0, but found " + maxChars);
    }
    if (maxPdfPages <= 0) {
      throw new IllegalArgumentException("expected maxPdfPages > 0, but found " + maxPdfPages);
    }
    if (maxPdfOperators <= 0) {
      throw new IllegalArgumentException(
          "expected maxPdfOperators > 0, but found " + maxPdfOperators);
    }
  }

  /**
   * Returns the defaults: 20 MB per file, 32 folder levels, 5 million characters per document,
   * 2,000 pages and 2 million content-stream operators per PDF, and no links followed out of a
   * folder.
   */
  public static ReadOptions defaults() {
    return new ReadOptions(
        DEFAULT_MAX_BYTES,
        32,
        DEFAULT_MAX_CHARS,
        DEFAULT_MAX_PDF_PAGES,
        DEFAULT_MAX_PDF_OPERATORS,
        false);
  }

  /** Returns these options with another size limit. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, maxDepth, maxChars, maxPdfPages, maxPdfOperators, followLinks);
  }

  /** Returns these options with another limit on a document's text length. */
  public ReadOptions withMaxChars(int chars) {
    return new ReadOptions(maxBytes, maxDepth, chars, maxPdfPages, maxPdfOperators, followLinks);
  }

  /** Returns these options with other limits on a PDF's pages and content-stream operators. */
  public ReadOptions withPdfLimits(int pages, long operators) {
    return new ReadOptions(maxBytes, maxDepth, maxChars, pages, operators, followLinks);
  }

  /** Returns these options following, or not, links that lead out of a folder. */
  public ReadOptions withFollowLinks(boolean follow) {
    return new ReadOptions(maxBytes, maxDepth, maxChars, maxPdfPages, maxPdfOperators, follow);
  }
}
