package dev.parley.ingest.parse;

import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import java.util.Objects;

/**
 * A CoNLL-U file that is not well formed, located at a line and column.
 *
 * <p>The code is {@code conllu-syntax} (docs/errors/conllu-syntax.md).
 */
public final class ConllUException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The diagnostic code of every CoNLL-U problem. */
  public static final String CODE = "conllu-syntax";

  private final String file;
  private final int line;
  private final int column;
  private final String problem;
  private final String hint;

  ConllUException(String file, int line, int column, String problem, String hint) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  /** Returns the file as it was named to the reader. */
  public String file() {
    return file;
  }

  /** Returns the 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column of the problem (of the offending field). */
  public int column() {
    return column;
  }

  /** Returns what is wrong, in the form "expected … but found …". */
  public String problem() {
    return problem;
  }

  /** Returns how to fix it. */
  public String hint() {
    return hint;
  }

  /**
   * Returns the house's printed shape: {@code file:line:col: error: [code] message}, the hint and
   * the page that explains the code.
   */
  public String format() {
    return DiagnosticText.format(
        file + ":" + line + ":" + column, Severity.ERROR, CODE, problem, hint);
  }
}
