package dev.parley.core.validate;

import java.util.Objects;

/**
 * One problem in user input.
 *
 * <p>A message or hint repeats names from the input; a name longer than {@link #LONG_WORD}
 * characters is cut to its first {@link #KEPT} with its length, so that one absurd id cannot turn a
 * diagnostic into megabytes.
 *
 * @param code the stable kebab-case code, such as {@code salience-range}; each code has a page in
 *     {@code docs/errors/}
 * @param where the place in the model the problem is at
 * @param message what is wrong, in the form "expected … but found …" where that fits
 * @param hint how to fix it
 */
public record Diagnostic(
    Severity severity, String code, ModelPath where, String message, String hint) {
  /** The length of a word (a run without white space) beyond which a message cuts it. */
  public static final int LONG_WORD = 80;

  /** How many characters of a long word a message keeps. */
  public static final int KEPT = 60;

  /** Validates the fields and cuts long words in the message and hint. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    message = cutLongWords(Objects.requireNonNull(message, "message"));
    hint = cutLongWords(Objects.requireNonNull(hint, "hint"));
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

  /**
   * Returns the text with every run of more than {@link #LONG_WORD} characters without white space
   * cut to its first {@link #KEPT} characters (never inside a surrogate pair), followed by "…" and
   * the run's length.
   */
  static String cutLongWords(String text) {
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i - start > LONG_WORD) {
        if (out == null) {
          out = new StringBuilder(n);
          out.append(text, 0, start);
        }
        int cut = start + KEPT;
        if (Character.isLowSurrogate(text.charAt(cut))) {
          cut--;
        }
        out.append(text, start, cut)
            .append("\u2026 (")
            .append(String.format(java.util.Locale.ROOT, "%,d", i - start))
            .append(" characters)");
      } else if (out != null) {
        out.append(text, start, i);
      }
      if (out != null && i < n) {
        int ws = i;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        out.append(text, ws, i);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Returns whether this diagnostic is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
