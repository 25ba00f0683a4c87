package dev.parley.ingest.source;

/**
 * Limits on what a {@link DocumentReader} reads.
 *
 * @param maxBytes the largest input read, in bytes, after decompression; larger files are skipped
 *     with a {@code too-large} diagnostic
 * @param maxDepth how many folder levels below a given folder are searched
 */
public record ReadOptions(long maxBytes, int maxDepth) {
  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Validates the limits. */
  public ReadOptions {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("expected 0 < maxBytes < 2 GB, but found " + maxBytes);
    }
    if (maxDepth < 0) {
      throw new IllegalArgumentException("expected maxDepth >= 0, but found " + maxDepth);
    }
  }

  /** Returns the defaults: 20 MB per file and 32 folder levels. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES, 32);
  }

  /** Returns these options with another size limit. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, maxDepth);
  }
}
