package dev.parley.io.internal.text;

import dev.parley.io.diagnostic.TextPosition;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of decoding a file: its text, or the reason it could not be decoded.
 *
 * @param text the decoded text without any byte order mark, or null on failure
 * @param code the diagnostic code of the failure, or null on success
 * @param message what went wrong, or null on success
 * @param position where the first bad byte is, or unknown
 */
public record DecodedText(
    @Nullable String text, @Nullable String code, @Nullable String message, TextPosition position) {
  /** Validates the fields. */
  public DecodedText {
    Objects.requireNonNull(position, "position");
    if ((text == null) == (code == null)) {
      throw new IllegalArgumentException("expected either text or a failure code");
    }
  }

  static DecodedText ok(String text) {
    return new DecodedText(text, null, null, TextPosition.UNKNOWN);
  }

  static DecodedText failure(String code, String message, TextPosition position) {
    return new DecodedText(null, code, message, position);
  }
}
