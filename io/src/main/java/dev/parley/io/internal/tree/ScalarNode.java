package dev.parley.io.internal.tree;

import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.Excerpt;
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
      case STRING -> "the string \"" + Excerpt.of(text) + "\"";
      case INTEGER, FLOAT -> "the number " + Excerpt.of(text);
      case BOOLEAN -> "the boolean " + Excerpt.of(text);
      case NULL -> "null";
    };
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
