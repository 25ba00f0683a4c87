package dev.parley.core.evidence;

/**
 * A half-open range of character offsets {@code [start, end)} into a document's text, counted in
 * UTF-16 code units as Java strings count them.
 */
public record TextSpan(int start, int end) {
  /** Validates that the range is well formed. */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "expected 0 <= start <= end, but found start=" + start + ", end=" + end);
    }
  }

  /** Returns the number of characters in the span. */
  public int length() {
    return end - start;
  }

  /** Returns whether this span lies wholly inside another. */
  public boolean isWithin(TextSpan other) {
    return start >= other.start && end <= other.end;
  }

  /** Returns the text this span covers in the given text. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
