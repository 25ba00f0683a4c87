package dev.parley.io.file;

import java.io.Serial;

/**
 * Why an input file could not be read, as a diagnostic code, a message and a hint, so that every
 * reader reports the same failure with the same words.
 */
public final class InputFileException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  private final String code;
  private final String hint;
  private final long size;

  InputFileException(String code, String message, String hint, long size) {
    super(message, null, false, false);
    this.code = code;
    this.hint = hint;
    this.size = size;
  }

  /**
   * The diagnostic code: {@code not-a-file}, {@code file-too-large}, {@code file-changed}, {@code
   * read-timeout} or {@code file-unreadable}.
   */
  public String code() {
    return code;
  }

  /** What the user can do about it. */
  public String hint() {
    return hint;
  }

  /** For {@code file-too-large}: the bytes seen (at least the limit plus one); otherwise -1. */
  public long size() {
    return size;
  }
}
