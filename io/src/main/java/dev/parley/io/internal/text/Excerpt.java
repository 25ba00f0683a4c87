package dev.parley.io.internal.text;

/**
 * The short form in which a message repeats what it found in a file: at most {@link #MAX_LENGTH}
 * characters followed by "…" when there is more, with line breaks and other control characters
 * written as escapes, so a diagnostic stays one readable line however long or odd the value.
 */
public final class Excerpt {
  /** The most characters (code points) of a value a message repeats. */
  public static final int MAX_LENGTH = 60;

  private Excerpt() {}

  /** Returns the value as a message repeats it: shortened and with control characters escaped. */
  public static String of(String value) {
    return of(value, MAX_LENGTH);
  }

  /**
   * Returns a text as a message repeats it, at most {@code maxLength} characters (code points)
   * long: for a library's explanation, which may quote the input but is worth keeping whole when
   * short.
   */
  public static String of(String value, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength + 8));
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      if (count == maxLength) {
        return out.append('…').toString();
      }
      int c = value.codePointAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
          } else if (Character.isSurrogate((char) c)) {
            out.append('\uFFFD');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
      count++;
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** Returns the value as a message repeats it, in single quotes: {@code 'abc'}. */
  public static String quoted(String value) {
    return "'" + of(value) + "'";
  }
}
