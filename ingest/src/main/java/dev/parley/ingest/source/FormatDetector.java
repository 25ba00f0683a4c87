package dev.parley.ingest.source;

import dev.parley.ingest.source.raw.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells an input's format from its content: magic bytes (gzip, PDF, common binary formats), then
 * the first characters of its text (a JSON value, an XML feed, HTML markup). The file name only
 * settles the cases the content leaves open.
 */
public final class FormatDetector {
  private static final int HEAD = 8192;

  private FormatDetector() {}

  /** Returns the kind of an input from its bytes and, as a tie-breaker, its file name. */
  public static InputKind detect(byte[] bytes, @Nullable String name) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      return InputKind.GZIP;
    }
    if (startsWith(bytes, "%PDF-")) {
      return InputKind.PDF;
    }
    if (isKnownBinary(bytes) || (!TextDecoder.hasUtf16Bom(bytes) && looksBinary(bytes))) {
      return InputKind.BINARY;
    }
    byte[] head = bytes.length > HEAD ? java.util.Arrays.copyOf(bytes, HEAD) : bytes;
    String text = TextDecoder.decode(head).text();
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == text.length()) {
      return bytes.length > HEAD ? InputKind.TEXT : InputKind.EMPTY;
    }
    char c = text.charAt(i);
    if (c == '{' || c == '[') {
      return InputKind.JSON;
    }
    String lower = text.substring(i, Math.min(text.length(), i + 2048)).toLowerCase(Locale.ROOT);
    if (c == '<') {
      if (lower.contains("<rss") || lower.contains("<rdf:rdf") || isAtom(lower)) {
        return InputKind.FEED;
      }
      return InputKind.HTML;
    }
    if (hasHtmlExtension(name) && lower.contains("<")) {
      return InputKind.HTML;
    }
    return InputKind.TEXT;
  }

  private static boolean isAtom(String lower) {
    int feed = lower.indexOf("<feed");
    return feed >= 0 && (lower.indexOf("<html") < 0 || lower.indexOf("<html") > feed);
  }

  private static boolean hasHtmlExtension(@Nullable String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  private static boolean isKnownBinary(byte[] b) {
    return startsWith(b, "\u0089PNG")
        || (b.length >= 3
            && (b[0] & 0xFF) == 0xFF
            && (b[1] & 0xFF) == 0xD8
            && (b[2] & 0xFF) == 0xFF)
        || startsWith(b, "GIF8")
        || startsWith(b, "PK\u0003\u0004")
        || startsWith(b, "\u007FELF")
        || startsWith(b, "BZh")
        || (b.length >= 6 && (b[0] & 0xFF) == 0xFD && startsWith(b, "\u00FD7zXZ"));
  }

  /** Returns whether the head of the bytes holds NUL bytes or many other control bytes. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, HEAD);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return n > 0 && control > n / 20;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (bytes[i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
