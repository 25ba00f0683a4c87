package dev.parley.core.validate;

import java.util.Objects;

/**
 * One problem in user input.
 *
 * @param code the stable kebab-case code, such as {@code salience-range}; each code has a page in
 *     {@code docs/errors/}
 * @param where the place in the model the problem is at
 * @param message what is wrong, in the form "expected … but found …" where that fits
 * @param hint how to fix it
 */
public record Diagnostic(
    Severity severity, String code, ModelPath where, String message, String hint) {
  /** Validates the fields. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("code must be kebab-case, was " + code);
    }
  }

  /** Returns an error. */
  public static Diagnostic error(String code, ModelPath where, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, where, message, hint);
  }

  /** Returns a warning. */
  public static Diagnostic warning(String code, ModelPath where, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, where, message, hint);
  }

  /** Returns whether this diagnostic is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
