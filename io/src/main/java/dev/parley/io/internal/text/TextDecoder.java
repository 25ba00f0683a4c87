package dev.parley.io.internal.text;

import dev.parley.io.diagnostic.TextPosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the bytes of a text file strictly: UTF-8 by default, with or without a byte order mark;
 * UTF-16 when a UTF-16 byte order mark says so. Invalid bytes are reported with the line and column
 * of the first of them, never replaced.
 */
public final class TextDecoder {
  /** The code of every decoding failure. */
  public static final String INVALID_ENCODING = "invalid-encoding";

  private TextDecoder() {}

  /** Decodes the bytes, or reports where the first invalid byte is. */
  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decode(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return DecodedText.failure(
          INVALID_ENCODING,
          "expected UTF-8 or UTF-16 text, but found a UTF-32 byte order mark",
          TextPosition.UNKNOWN);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decode(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decode(bytes, 2, StandardCharsets.UTF_16LE);
    }
    return decode(bytes, 0, StandardCharsets.UTF_8);
  }

  /**
   * Decodes the bytes strictly in the given character set (after a byte order mark, if the bytes
   * begin with one for UTF-8 or UTF-16), or reports where the first invalid byte is.
   */
  public static DecodedText decode(byte[] bytes, Charset charset) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)
        || startsWith(bytes, 0xFE, 0xFF)
        || startsWith(bytes, 0xFF, 0xFE)) {
      return decode(bytes);
    }
    return decode(bytes, 0, charset);
  }

  /**
   * Returns the text of the first bytes of a file, for telling its format from its content: UTF-8,
   * or UTF-16 when a byte order mark says so, with any invalid or cut-off byte replaced rather than
   * reported. The byte order mark is left out.
   */
  public static String sniff(byte[] head) {
    Charset charset = StandardCharsets.UTF_8;
    int start = 0;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      start = 3;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
    }
    return new String(head, start, head.length - start, charset);
  }

  private static DecodedText decode(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - start) * 1.1) + 16));
    while (true) {
      // decode before flush even when nothing is left: a decoder may only flush after the call
      // that ends the input, and an empty file (or a bare byte order mark) has no other call
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        if (result.isUnderflow()) {
          break;
        }
      }
      if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      int bad = in.position();
      out.flip();
      TextPosition at = positionAfter(out);
      String hex = String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF);
      String name = charset.name();
      return DecodedText.failure(
          INVALID_ENCODING,
          "expected "
              + name
              + " text, but found the invalid byte "
              + hex
              + " at byte offset "
              + bad,
          at);
    }
    out.flip();
    return DecodedText.ok(out.toString());
  }

  /** Returns the line and column just after the given decoded text. */
  private static TextPosition positionAfter(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return TextPosition.of(line, column);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
