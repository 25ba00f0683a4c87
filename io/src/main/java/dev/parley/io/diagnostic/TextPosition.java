package dev.parley.io.diagnostic;

/**
 * A place in a text file: a 1-based line and column, or {@link #UNKNOWN} for the file as a whole.
 *
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column (in characters), or 0 when unknown
 */
public record TextPosition(int line, int column) {
  /** The position of a problem that concerns the whole file. */
  public static final TextPosition UNKNOWN = new TextPosition(0, 0);

  /** Validates that line and column are both known or both unknown. */
  public TextPosition {
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException(
          "expected a 1-based line and column or both 0, but found " + line + ":" + column);
    }
  }

  /** Returns the position at the given 1-based line and column. */
  public static TextPosition of(int line, int column) {
    return new TextPosition(line, column);
  }

  /** Returns whether the position is known. */
  public boolean isKnown() {
    return line > 0;
  }
}
