package dev.parley.io.internal.tree;

import java.io.Reader;
import java.util.Objects;

/**
 * A reader over a string that never ends a read between the two halves of a surrogate pair.
 *
 * <p>SnakeYAML Engine (3.0.1) reads its input in chunks of 1025 characters into a buffer of exactly
 * that size; when a chunk ends with a high surrogate it reads one more character into the buffer
 * past its end, and fails with an {@link IndexOutOfBoundsException} (a character outside the Basic
 * Multilingual Plane, such as an emoji, at UTF-16 offset 1024, 2049, ...). Handing it chunks that
 * stop before such a high surrogate keeps it off that path; what it parses is unchanged.
 */
final class WholeCodePointReader extends Reader {
  private final String text;
  private int next;

  WholeCodePointReader(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (next >= text.length()) {
      return -1;
    }
    int n = Math.min(length, text.length() - next);
    if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
      n--;
    }
    text.getChars(next, next + n, buffer, offset);
    next += n;
    return n;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
