package dev.parley.ingest.source.raw;

import java.util.Objects;

/**
 * One reason an input, or one entry of it, could not be read.
 *
 * @param code the stable kebab-case code, such as {@code malformed-json}
 * @param message what is wrong, in the form "expected … but found …" where that fits
 * @param hint how to fix it
 * @param line the 1-based line the problem is at, or 0 when no line applies
 * @param column the 1-based column the problem is at, or 0 when no column applies
 * @param entry the entry of a multi-document input the problem is in (such as {@code 3} for the
 *     third item of a feed), or the empty string when it concerns the whole input
 */
public record InputProblem(
    String code, String message, String hint, int line, int column, String entry) {
  /** Validates the fields. */
  public InputProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(entry, "entry");
    if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("code must be kebab-case, was " + code);
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "expected line and column >= 0, but found " + line + ":" + column);
    }
  }

  /** Returns a problem with the whole input and no location. */
  public static InputProblem of(String code, String message, String hint) {
    return new InputProblem(code, message, hint, 0, 0, "");
  }

  /** Returns this problem located at a line and column. */
  public InputProblem at(int atLine, int atColumn) {
    return new InputProblem(code, message, hint, atLine, atColumn, entry);
  }

  /** Returns this problem attributed to one entry of the input. */
  public InputProblem inEntry(String inEntry) {
    return new InputProblem(code, message, hint, line, column, inEntry);
  }
}
