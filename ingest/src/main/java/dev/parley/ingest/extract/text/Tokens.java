package dev.parley.ingest.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tokenizes short phrases, such as the aliases of a registry, as documents are tokenized. */
public final class Tokens {
  private Tokens() {}

  /**
   * One token of a phrase.
   *
   * @param text the token as written
   * @param norm the token in the normal form of {@link AnalyzedText#norm(int)}
   */
  public record Token(String text, String norm) {}

  /** Returns the tokens of a phrase. */
  public static List<Token> of(String phrase) {
    List<Token> out = new ArrayList<>();
    Tokenizer.tokenize(
        phrase,
        0,
        phrase.length(),
        (s, e) -> {
          String t = phrase.substring(s, e);
          out.add(new Token(t, normalize(t)));
        });
    return out;
  }

  static String normalize(String t) {
    if (t.length() == 1) {
      switch (t.charAt(0)) {
        case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> {
          return "\"";
        }
        case '\u2018', '\u2019', '\u201a', '\u2032' -> {
          return "'";
        }
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
          return "-";
        }
        default -> {}
      }
    }
    return t.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
