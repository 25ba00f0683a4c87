package dev.parley.ingest.source;

import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import dev.parley.ingest.source.raw.InputProblem;
import java.util.Locale;
import java.util.Objects;

/**
 * One input, or one entry of an input, that could not be read, or a notice about one that was.
 *
 * @param file the path of the input as given or found in a folder
 * @param line the 1-based line of the problem, or 0 when no line applies
 * @param column the 1-based column of the problem, or 0 when no column applies
 * @param entry the entry of a feed or post list (1-based), or the empty string
 * @param code the stable kebab-case code, such as {@code too-large}
 */
public record IngestDiagnostic(
    Severity severity,
    String file,
    int line,
    int column,
    String entry,
    String code,
    String message,
    String hint) {
  /** Validates the fields. */
  public IngestDiagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** Returns an error about a file from a reader's problem. */
  public static IngestDiagnostic error(String file, InputProblem problem) {
    return new IngestDiagnostic(
        Severity.ERROR,
        file,
        problem.line(),
        problem.column(),
        problem.entry(),
        problem.code(),
        problem.message(),
        problem.hint());
  }

  /** Returns an error about a whole file. */
  public static IngestDiagnostic error(String file, String code, String message, String hint) {
    return error(file, InputProblem.of(code, message, hint));
  }

  /** Returns a warning about a file from a problem: the file was left out or read with a caveat. */
  public static IngestDiagnostic warning(String file, InputProblem problem) {
    return new IngestDiagnostic(
        Severity.WARNING,
        file,
        problem.line(),
        problem.column(),
        problem.entry(),
        problem.code(),
        problem.message(),
        problem.hint());
  }

  /**
   * Returns the error for an input or document that ran out of memory while {@code what} (such as
   * "the pdf reader") handled it, naming the heap limit.
   */
  public static IngestDiagnostic outOfMemory(String file, String what) {
    long heap = Runtime.getRuntime().maxMemory();
    String limit =
        heap == Long.MAX_VALUE
            ? "no set limit"
            : String.format(Locale.ROOT, "%,d MB", heap / (1024 * 1024));
    return IngestDiagnostic.error(
        file,
        "out-of-memory",
        "expected "
            + what
            + " to fit in the heap ("
            + limit
            + ") but it ran out of memory; the document was skipped",
        "raise the heap, as in PARLEY_HEAP=8g ./parley ... (java -Xmx8g), or split the document");
  }

  /** Returns whether this diagnostic is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the diagnostic as printed: {@code file:line:col: error: [code] message}, then the hint
   * and the code's documentation page on indented lines. The line and column are left out when they
   * do not apply, and an entry is shown as {@code file#entry}.
   */
  public String format() {
    StringBuilder out = new StringBuilder(file);
    if (!entry.isEmpty()) {
      out.append('#').append(entry);
    }
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return DiagnosticText.format(out.toString(), severity, code, message, hint);
  }

  @Override
  public String toString() {
    return format();
  }
}
