package dev.parley.ingest.source;

import dev.parley.ingest.source.raw.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells an input's format from its content: magic bytes (gzip, PDF, common binary formats), then
 * the first characters of its text (a JSON value, an XML feed, HTML markup). The file name only
 * settles the cases the content leaves open.
 *
 * <p>Markup is told by its first element, found by skipping the prolog: whitespace, the XML
 * declaration, processing instructions, comments and a document type declaration. The scan reads at
 * most the first {@value #PROLOG_WINDOW} bytes; a prolog longer than that is judged by what the
 * window contains.
 */
public final class FormatDetector {
  private static final int HEAD = 8192;

  /** How many bytes the search for the first element reads at most. */
  static final int PROLOG_WINDOW = 256 * 1024;

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
    byte[] head =
        bytes.length > PROLOG_WINDOW ? java.util.Arrays.copyOf(bytes, PROLOG_WINDOW) : bytes;
    String text = TextDecoder.decode(head).text();
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == text.length()) {
      return bytes.length > head.length ? InputKind.TEXT : InputKind.EMPTY;
    }
    char c = text.charAt(i);
    if (c == '{' || c == '[') {
      return InputKind.JSON;
    }
    String lower = text.substring(i, Math.min(text.length(), i + 2048)).toLowerCase(Locale.ROOT);
    if (c == '<') {
      String element = firstElement(text, i);
      if (element == null) {
        String window = text.substring(i).toLowerCase(Locale.ROOT);
        return window.contains("<rss") || window.contains("<rdf:rdf") || isAtom(window)
            ? InputKind.FEED
            : InputKind.HTML;
      }
      return element.equals("rss") || element.equals("rdf:rdf") || element.equals("feed")
          ? InputKind.FEED
          : InputKind.HTML;
    }
    if (hasHtmlExtension(name) && lower.contains("<")) {
      return InputKind.HTML;
    }
    return InputKind.TEXT;
  }

  /**
   * Returns the lower-case name of the first element at or after {@code from}, past the prolog, or
   * the empty string when text other than markup comes first, or null when the text ends inside or
   * right after the prolog (the window was too short to tell).
   */
  static @Nullable String firstElement(String text, int from) {
    int i = from;
    int n = text.length();
    while (true) {
      while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
        i++;
      }
      if (i >= n) {
        return null;
      }
      if (text.charAt(i) != '<') {
        return "";
      }
      if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return null;
        }
        i = end + 3;
      } else if (text.startsWith("<!", i)) {
        int end = declarationEnd(text, i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 1;
      } else {
        int start = i + 1;
        int end = start;
        while (end < n && isNameChar(text.charAt(end))) {
          end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
      }
    }
  }

  /**
   * Returns the index of the {@code >} that closes a declaration such as {@code <!DOCTYPE …>},
   * skipping quoted strings and an internal subset in brackets, or -1 when the text ends first.
   */
  private static int declarationEnd(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '>' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
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
