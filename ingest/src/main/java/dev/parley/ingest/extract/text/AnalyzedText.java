package dev.parley.ingest.extract.text;

import dev.parley.core.evidence.TextSpan;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document's text split into sentences and tokens, each with its character offsets, held in
 * primitive arrays so that later stages can scan them without allocating.
 *
 * <p>Token {@code i} covers {@code text[start(i), end(i))}; its {@link #norm(int) normal form} is
 * lower-cased with curly apostrophes and quotation marks made straight and dashes made "-".
 * Sentence {@code s} covers tokens {@code [firstToken(s), endToken(s))}. Headings are kept as
 * sentences flagged {@link #isHeading(int)}, so that actors in them are seen, but later stages draw
 * no events or quotes from them.
 */
public final class AnalyzedText {
  private final String text;
  private final int tokenCount;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final String[] norm;
  private final int[] tokenSentence;
  private final int sentenceCount;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  private final int[] sentenceBlock;
  private final boolean[] heading;
  private final List<TextSpan> longSentences;

  AnalyzedText(
      String text,
      int tokenCount,
      int[] tokenStart,
      int[] tokenEnd,
      int sentenceCount,
      int[] sentenceFirst,
      int[] sentenceEnd,
      int[] sentenceBlock,
      boolean[] heading,
      List<TextSpan> longSentences) {
    this.text = text;
    this.tokenCount = tokenCount;
    this.tokenStart = Arrays.copyOf(tokenStart, tokenCount);
    this.tokenEnd = Arrays.copyOf(tokenEnd, tokenCount);
    this.sentenceCount = sentenceCount;
    this.sentenceFirst = Arrays.copyOf(sentenceFirst, sentenceCount);
    this.sentenceEnd = Arrays.copyOf(sentenceEnd, sentenceCount);
    this.sentenceBlock = Arrays.copyOf(sentenceBlock, sentenceCount);
    this.heading = Arrays.copyOf(heading, sentenceCount);
    this.longSentences = List.copyOf(longSentences);
    this.norm = new String[tokenCount];
    this.tokenSentence = new int[tokenCount];
    for (int i = 0; i < tokenCount; i++) {
      norm[i] = normalize(text, tokenStart[i], tokenEnd[i]);
    }
    for (int s = 0; s < sentenceCount; s++) {
      for (int t = sentenceFirst[s]; t < sentenceEnd[s]; t++) {
        tokenSentence[t] = s;
      }
    }
  }

  private static String normalize(String text, int start, int end) {
    if (end - start == 1) {
      char c = text.charAt(start);
      switch (c) {
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
    String s = text.substring(start, end);
    if (s.indexOf('\u2019') >= 0) {
      s = s.replace('\u2019', '\'');
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** Returns the text the offsets index into. */
  public String text() {
    return text;
  }

  /** Returns the number of tokens. */
  public int tokenCount() {
    return tokenCount;
  }

  /** Returns the first character of token {@code i}. */
  public int start(int i) {
    return tokenStart[i];
  }

  /** Returns the character after token {@code i}. */
  public int end(int i) {
    return tokenEnd[i];
  }

  /** Returns token {@code i} lower-cased, with straight quotes and "-" for every dash. */
  public String norm(int i) {
    return norm[i];
  }

  /** Returns token {@code i} as printed. */
  public String token(int i) {
    return text.substring(tokenStart[i], tokenEnd[i]);
  }

  /** Returns whether token {@code i} begins with an upper-case letter. */
  public boolean isCapitalized(int i) {
    return Character.isUpperCase(text.charAt(tokenStart[i]));
  }

  /** Returns whether token {@code i} has letters and all of them are upper-case. */
  public boolean isAllCaps(int i) {
    boolean letter = false;
    for (int k = tokenStart[i]; k < tokenEnd[i]; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Returns whether token {@code i} is a word or number rather than punctuation. */
  public boolean isWord(int i) {
    return Character.isLetterOrDigit(text.charAt(tokenStart[i]));
  }

  /** Returns whether whitespace separates token {@code i} from the token before it. */
  public boolean isSpaceBefore(int i) {
    return i == 0 || tokenStart[i] > tokenEnd[i - 1];
  }

  /** Returns the sentence token {@code i} belongs to. */
  public int sentenceOf(int i) {
    return tokenSentence[i];
  }

  /** Returns the first token of the sentence at or after character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokenCount - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenEnd[mid] > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /**
   * Returns the spans of the sentences that were longer than the analyzer's limit and were cut into
   * pieces, each piece a sentence of its own; empty for ordinary text.
   */
  public List<TextSpan> longSentences() {
    return longSentences;
  }

  /** Returns the number of sentences, headings included. */
  public int sentenceCount() {
    return sentenceCount;
  }

  /** Returns the first token of sentence {@code s}. */
  public int firstToken(int s) {
    return sentenceFirst[s];
  }

  /** Returns the token after the last token of sentence {@code s}. */
  public int endToken(int s) {
    return sentenceEnd[s];
  }

  /** Returns the index of the block (paragraph or heading) sentence {@code s} lies in. */
  public int blockOf(int s) {
    return sentenceBlock[s];
  }

  /** Returns whether sentence {@code s} is a heading rather than running text. */
  public boolean isHeading(int s) {
    return heading[s];
  }

  /** Returns the characters of sentence {@code s}. */
  public TextSpan sentenceSpan(int s) {
    if (sentenceEnd[s] == sentenceFirst[s]) {
      return new TextSpan(0, 0);
    }
    return new TextSpan(tokenStart[sentenceFirst[s]], tokenEnd[sentenceEnd[s] - 1]);
  }

  /** Returns the text of sentence {@code s}. */
  public String sentenceText(int s) {
    return sentenceSpan(s).of(text);
  }

  /** Returns the characters of tokens {@code [from, to)}. */
  public TextSpan span(int from, int to) {
    return new TextSpan(tokenStart[from], tokenEnd[to - 1]);
  }

  /** Returns the text of tokens {@code [from, to)} as printed. */
  public String text(int from, int to) {
    return text.substring(tokenStart[from], tokenEnd[to - 1]);
  }
}
