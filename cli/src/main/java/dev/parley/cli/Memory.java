package dev.parley.cli;

import java.util.Locale;

/** Amounts of memory for people. */
final class Memory {
  private Memory() {}

  /** Returns an amount of bytes as {@code 512 MB} or {@code 2.0 GB}. */
  static String describe(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "unlimited amount";
    }
    double mb = bytes / (1024.0 * 1024);
    return mb < 1024
        ? String.format(Locale.ROOT, "%.0f MB", mb)
        : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
  }
}
