package dev.parley.web;

import java.util.List;

/**
 * A request the server refuses: the HTTP status, a diagnostic code with its page under docs/errors,
 * a message and a hint, and for a scenario with errors the located diagnostics as {@code parley
 * validate --format json} would print them.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String hint;
  private final transient List<String> details;

  ApiException(int status, String code, String message, String hint) {
    this(status, code, message, hint, List.of());
  }

  ApiException(int status, String code, String message, String hint, List<String> details) {
    super(message);
    this.status = status;
    this.code = code;
    this.hint = hint;
    this.details = List.copyOf(details);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String hint() {
    return hint;
  }

  /** The problems behind the error, each a formatted diagnostic line. */
  List<String> details() {
    return details;
  }
}
