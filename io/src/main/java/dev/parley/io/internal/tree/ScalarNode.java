package dev.parley.io.internal.tree;

import dev.parley.io.diagnostic.TextPosition;
import java.util.Objects;

/**
 * A single value: a string, a number, a boolean or null.
 *
 * @param text the value as written (for strings, the string itself)
 * @param number the numeric value for numbers; NaN otherwise
 */
public record ScalarNode(Kind kind, String text, double number, TextPosition position)
    implements Node {
  /** Validates the fields. */
  public ScalarNode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  @Override
  public long weight() {
    return 1;
  }

  /** Returns whether this is a number. */
  public boolean isNumber() {
    return kind == Kind.INTEGER || kind == Kind.FLOAT;
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> "the string \"" + abbreviate(text) + "\"";
      case INTEGER, FLOAT -> "the number " + text;
      case BOOLEAN -> "the boolean " + text;
      case NULL -> "null";
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** The type of a scalar. */
  public enum Kind {
    /** A string. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A number with a fraction or exponent. */
    FLOAT,
    /** True or false. */
    BOOLEAN,
    /** An explicit null, or an empty value. */
    NULL
  }
}
