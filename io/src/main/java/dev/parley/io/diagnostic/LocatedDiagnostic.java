package dev.parley.io.diagnostic;

import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import java.util.Objects;

/**
 * A diagnostic together with the file and the place in it where the problem was found.
 *
 * @param file the file name as the user gave it, such as {@code scenarios/trade.yaml}
 * @param position where in the file; {@link TextPosition#UNKNOWN} for the whole file
 */
public record LocatedDiagnostic(Diagnostic diagnostic, String file, TextPosition position) {
  /** Validates the fields. */
  public LocatedDiagnostic {
    Objects.requireNonNull(diagnostic, "diagnostic");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
  }

  /** Returns an error about a file as a whole or a place in it, outside any model path. */
  public static LocatedDiagnostic error(
      String file, String code, TextPosition at, String message, String hint) {
    return new LocatedDiagnostic(Diagnostic.error(code, ModelPath.root(), message, hint), file, at);
  }

  /** Returns a warning about a file as a whole or a place in it, outside any model path. */
  public static LocatedDiagnostic warning(
      String file, String code, TextPosition at, String message, String hint) {
    return new LocatedDiagnostic(
        Diagnostic.warning(code, ModelPath.root(), message, hint), file, at);
  }

  /** Returns whether the diagnostic is an error. */
  public boolean isError() {
    return diagnostic.isError();
  }

  /** Returns the 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return position.line();
  }

  /** Returns the 1-based column, or 0 when the problem concerns the whole file. */
  public int column() {
    return position.column();
  }

  /** Returns the diagnostic's code, such as {@code salience-range}. */
  public String code() {
    return diagnostic.code();
  }
}
