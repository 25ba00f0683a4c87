package dev.parley.store.evidence;

import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import java.util.Objects;

/**
 * A search text the index cannot run: malformed query syntax, parentheses nested too deep, or more
 * terms than a search may have. It carries a stable code, the line and column in the search text
 * where the problem is (0 when it is not about one place), a message in the house shape ("expected
 * … but found …") and a hint.
 */
public final class SearchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int line;
  private final int column;
  private final String hint;

  /**
   * Creates the exception.
   *
   * @param code the stable kebab-case code, such as {@code search-syntax}
   * @param line the 1-based line in the search text, or 0 when the problem has no one place
   * @param column the 1-based column in that line, or 0 when the problem has no one place
   */
  public SearchException(String code, int line, int column, String message, String hint) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "expected a line and column >= 0, but found " + line + ":" + column);
    }
    this.line = line;
    this.column = column;
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  /** Returns the stable code. */
  public String code() {
    return code;
  }

  /** Returns the 1-based line in the search text, or 0 when the problem has no one place. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column in the search text's line, or 0 when there is no one place. */
  public int column() {
    return column;
  }

  /** Returns what to do about it. */
  public String hint() {
    return hint;
  }

  /**
   * Returns the diagnostic as printed: location, code, message, hint and documentation page.
   *
   * @param where what the search text came from, such as the option {@code --search}
   */
  public String format(String where) {
    String at = line > 0 && column > 0 ? where + ":" + line + ":" + column : where;
    return DiagnosticText.format(at, Severity.ERROR, code, String.valueOf(getMessage()), hint);
  }
}
