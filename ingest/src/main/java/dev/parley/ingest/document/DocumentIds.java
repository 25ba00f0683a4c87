package dev.parley.ingest.document;

import dev.parley.core.evidence.DocumentId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable document ids computed from a body's normalised content, so that the same article read
 * twice, from any format or encoding, gets the same id.
 */
public final class DocumentIds {
  /** The number of hex digits of the SHA-256 digest an id keeps. */
  public static final int HEX_DIGITS = 16;

  private DocumentIds() {}

  /**
   * Returns the id of a body: the first {@value #HEX_DIGITS} hex digits of the SHA-256 digest of
   * its {@linkplain #normalize normalised} form, prefixed with {@code doc-}.
   */
  public static DocumentId of(String body) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
    byte[] digest = sha.digest(normalize(body).getBytes(StandardCharsets.UTF_8));
    return new DocumentId("doc-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS));
  }

  /**
   * Returns the form of a body that ids are computed from: Unicode NFKC, curly quotes made
   * straight, every run of whitespace a single space, trimmed and lower-cased.
   */
  public static String normalize(String body) {
    String nfkc = Normalizer.normalize(body, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(straighten(Character.toLowerCase(c)));
    }
    return out.toString();
  }

  /** Returns whether two bodies have the same normalised content, and so the same id. */
  public static boolean isSameContent(String body, String other) {
    return normalize(body).equals(normalize(other));
  }

  private static char straighten(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      default -> c;
    };
  }
}
