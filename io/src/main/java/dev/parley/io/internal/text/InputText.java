package dev.parley.io.internal.text;

import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.file.InputFileException;
import dev.parley.io.file.InputFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one way the readers get the bytes and the text of an input file: through {@link InputFiles}
 * (regular files only, within a size limit, never blocking on a FIFO), with every failure turned
 * into a diagnostic at the file under the code {@link InputFileException#code()} gives.
 */
public final class InputText {
  /** How many bytes are read to tell a file's format from its content. */
  public static final int SNIFF_BYTES = 64 * 1024;

  private InputText() {}

  /**
   * Returns the bytes of a file of at most {@code maxBytes} bytes, or adds why they could not be
   * read ({@code not-a-file}, {@code file-too-large}, {@code file-changed}, {@code read-timeout},
   * {@code file-unreadable}) to the sink and returns null.
   *
   * @param what what the file should hold, for messages ("a scenario")
   * @param tooLargeHint the hint for a file over the limit, or null for the general one
   */
  public static byte @Nullable [] readBytes(
      Path file,
      long maxBytes,
      String what,
      @Nullable String tooLargeHint,
      List<LocatedDiagnostic> sink) {
    try {
      return InputFiles.read(file, maxBytes, what);
    } catch (InputFileException e) {
      sink.add(
          failure(
              file.toString(),
              e,
              tooLargeHint != null && e.code().equals("file-too-large") ? tooLargeHint : e.hint()));
      return null;
    }
  }

  /** Returns the diagnostic of a file that could not be read, with the exception's hint. */
  public static LocatedDiagnostic failure(String file, InputFileException e) {
    return failure(file, e, e.hint());
  }

  private static LocatedDiagnostic failure(String file, InputFileException e, String hint) {
    return LocatedDiagnostic.error(
        file,
        e.code(),
        TextPosition.UNKNOWN,
        Objects.requireNonNullElse(e.getMessage(), "expected a readable file"),
        hint);
  }

  /**
   * Returns the text of a file's bytes ({@link TextDecoder}), or adds {@code invalid-encoding} (at
   * the first bad byte) or {@code empty-file} (nothing but a byte order mark and white space) to
   * the sink and returns null.
   *
   * @param what what the file should hold, for messages ("a KTAB scenario")
   * @param emptyHint the hint for an empty file
   */
  public static @Nullable String decode(
      String file, byte[] bytes, String what, String emptyHint, List<LocatedDiagnostic> sink) {
    DecodedText decoded = TextDecoder.decode(bytes);
    String text = decoded.text();
    if (text == null) {
      sink.add(encodingFailure(file, decoded));
      return null;
    }
    if (text.isBlank()) {
      sink.add(empty(file, what, emptyHint));
      return null;
    }
    return text;
  }

  /** Returns the diagnostic of bytes that did not decode. */
  public static LocatedDiagnostic encodingFailure(String file, DecodedText decoded) {
    return LocatedDiagnostic.error(
        file,
        Objects.requireNonNull(decoded.code(), "code"),
        decoded.position(),
        Objects.requireNonNull(decoded.message(), "message"),
        "save the file as UTF-8");
  }

  /** Returns the {@code empty-file} diagnostic of a file that holds nothing. */
  public static LocatedDiagnostic empty(String file, String what, String hint) {
    return LocatedDiagnostic.error(
        file,
        "empty-file",
        TextPosition.UNKNOWN,
        "expected " + what + ", but found an empty file",
        hint);
  }

  /**
   * Returns the text of the first {@link #SNIFF_BYTES} bytes of a regular file, for telling its
   * format ({@link TextDecoder#sniff}), or the empty string if it cannot be read; reading it later
   * reports why.
   */
  public static String head(Path file) {
    return head(file, SNIFF_BYTES);
  }

  /**
   * Returns the text of the first {@code maxBytes} bytes of a regular file, or the empty string.
   */
  public static String head(Path file, int maxBytes) {
    try {
      return TextDecoder.sniff(InputFiles.readHead(file, maxBytes, "a file"));
    } catch (InputFileException e) {
      return "";
    }
  }

  /**
   * Returns whether bytes hold no text: nothing, or only a byte order mark and white space (read
   * leniently, so a file that is not text at all is not empty).
   */
  public static boolean isBlank(byte[] bytes) {
    return TextDecoder.sniff(bytes).isBlank();
  }
}
