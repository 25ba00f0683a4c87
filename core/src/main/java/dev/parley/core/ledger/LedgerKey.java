package dev.parley.core.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The normalised who + what of a prediction, on which reports of the same prediction are merged.
 *
 * <p>Each part is lower-cased (root locale), decomposed with its accents removed, its punctuation
 * turned into spaces (apostrophes dropped, so "won't" stays one word) and its white space
 * collapsed; a leading "that" is dropped from {@code what}. The id is {@code l-} and the first 16
 * hex digits of the SHA-256 of {@code who + "\n" + what} in UTF-8.
 *
 * @param who the normalised speaker
 * @param what the normalised statement
 */
public record LedgerKey(String who, String what) {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc]");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_THAT = Pattern.compile("^that ");

  /** Validates the fields. */
  public LedgerKey {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
  }

  /** Returns the key of a speaker and a statement as printed. */
  public static LedgerKey of(String who, String what) {
    return new LedgerKey(normalise(who), LEADING_THAT.matcher(normalise(what)).replaceFirst(""));
  }

  /** Returns the text lower-cased, without accents or punctuation, white space collapsed. */
  static String normalise(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    String bare = APOSTROPHES.matcher(MARKS.matcher(lower).replaceAll("")).replaceAll("");
    return NON_WORD.matcher(bare).replaceAll(" ").strip();
  }

  /** Returns the id derived from this key. */
  public LedgerEntryId id() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((who + "\n" + what).getBytes(StandardCharsets.UTF_8));
      return new LedgerEntryId("l-" + HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("expected SHA-256 in every Java runtime, but found none", e);
    }
  }
}
