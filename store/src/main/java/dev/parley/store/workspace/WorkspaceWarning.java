package dev.parley.store.workspace;

import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import java.util.Objects;

/**
 * Something the workspace put right when it was opened, such as a search index it rebuilt, told
 * with a stable code, a message in the house shape and a hint; commands print it as a warning.
 *
 * @param where the workspace folder or file concerned
 * @param code the stable kebab-case code, such as {@code workspace-index-rebuilt}
 */
public record WorkspaceWarning(String where, String code, String message, String hint) {
  /** Validates the fields. */
  public WorkspaceWarning {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** Returns the warning as printed: location, code, message, hint and documentation page. */
  public String format() {
    return DiagnosticText.format(where, Severity.WARNING, code, message, hint);
  }
}
