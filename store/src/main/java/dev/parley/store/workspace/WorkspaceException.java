package dev.parley.store.workspace;

import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import java.util.Objects;

/**
 * A workspace that cannot be opened or written, with a stable code, a message in the house shape
 * ("expected … but found …") and a hint; the command line prints it as a diagnostic.
 */
public final class WorkspaceException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String code;
  private final String hint;

  /**
   * Creates the exception.
   *
   * @param where the workspace folder or file concerned
   * @param code the stable kebab-case code, such as {@code workspace-locked}
   */
  public WorkspaceException(
      String where, String code, String message, String hint, Throwable cause) {
    super(message, cause);
    this.where = Objects.requireNonNull(where, "where");
    this.code = Objects.requireNonNull(code, "code");
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  /** Returns the workspace folder or file concerned. */
  public String where() {
    return where;
  }

  /** Returns the stable code. */
  public String code() {
    return code;
  }

  /** Returns what to do about it. */
  public String hint() {
    return hint;
  }

  /** Returns the diagnostic as printed: location, code, message, hint and documentation page. */
  public String format() {
    return DiagnosticText.format(where, Severity.ERROR, code, String.valueOf(getMessage()), hint);
  }
}
