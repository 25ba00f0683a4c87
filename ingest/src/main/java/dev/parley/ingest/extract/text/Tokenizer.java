package dev.parley.ingest.extract.text;

/**
 * A rule-based English tokenizer for news text that records each token's character offsets.
 *
 * <p>Words keep inner hyphens ("Gould-Davies", "three-year-old") and dotted abbreviations ("U.S.");
 * clitics split off ("Trump" + "’s", "does" + "n’t"); numbers keep their separators ("1,000",
 * "1.5"); every other punctuation mark, including each quotation mark and dash, is a token of its
 * own.
 */
final class Tokenizer {
  /*
   * A hand-written scanner rather than OpenNLP's TokenizerME: the statistical tokenizer runs at
   * roughly 130k tokens/s on this machine class (research/anchors-extraction.md), which alone would
   * cap extraction below the 200 articles/s target, while this scanner makes one pass over the
   * characters. News text needs few of the statistical model's decisions.
   */
  private Tokenizer() {}

  /**
   * Appends the tokens of {@code text[from, to)} to {@code out}.
   *
   * @param out receives start and end offsets of each token
   */
  static void tokenize(String text, int from, int to, TokenSink out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        i = word(text, i, to, out);
        continue;
      }
      out.token(i, i + 1);
      i++;
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static int word(String text, int start, int to, TokenSink out) {
    int i = start;
    boolean digits = Character.isDigit(text.charAt(start));
    // "U.S", "U.K", "e.g": whether every dot-separated piece so far is one letter, kept as the
    // word grows so that a long dotted run is read in one pass
    boolean singlePieces = true;
    int pieceStart = start;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if (isHyphen(c) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else if ((c == ',' || c == '.')
          && digits
          && i + 1 < to
          && Character.isDigit(text.charAt(i + 1))
          && Character.isDigit(text.charAt(i - 1))) {
        if (c == '.') {
          singlePieces &= i - pieceStart == 1;
          pieceStart = i + 1;
        }
        i++;
      } else if (c == '.'
          && i + 1 < to
          && Character.isLetter(text.charAt(i + 1))
          && i + 2 <= to
          && (i + 2 == to || text.charAt(i + 2) == '.')
          && singlePieces
          && i - pieceStart == 1) {
        pieceStart = i + 1;
        i++;
      } else {
        break;
      }
    }
    // a dotted abbreviation such as "U.S." keeps its final period
    if (i < to && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.') {
      i++;
    } else if (i < to && text.charAt(i) == '.' && isTitleAbbreviation(text, start, i)) {
      i++;
    }
    // clitics: n't, 's, 're, 'll, 've, 'd, 'm
    int end = i;
    if (i < to && isApostrophe(text.charAt(i)) && i + 1 < to) {
      int j = i + 1;
      while (j < to && Character.isLetter(text.charAt(j))) {
        j++;
      }
      int len = j - (i + 1);
      if (len > 0 && len <= 2) {
        String clitic = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
        if (clitic.equals("t") && end - start >= 2 && (text.charAt(end - 1) | 0x20) == 'n') {
          out.token(start, end - 1);
          out.token(end - 1, j);
          return j;
        }
        if (clitic.equals("s")
            || clitic.equals("re")
            || clitic.equals("ll")
            || clitic.equals("ve")
            || clitic.equals("d")
            || clitic.equals("m")) {
          out.token(start, end);
          out.token(i, j);
          return j;
        }
      }
    }
    out.token(start, end);
    return end;
  }

  private static boolean isTitleAbbreviation(String text, int start, int dot) {
    return switch (text.substring(start, dot)) {
      case "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Gen",
          "Lt",
          "Col",
          "Sgt",
          "Capt",
          "Sen",
          "Rep",
          "Gov",
          "St",
          "Jr",
          "Sr",
          "Prof",
          "Adm",
          "Maj",
          "Brig",
          "Cmdr",
          "Pres",
          "Amb",
          "No",
          "vs",
          "Mt",
          "Ft",
          "Jan",
          "Feb",
          "Aug",
          "Sept",
          "Sep",
          "Oct",
          "Nov",
          "Dec",
          "Inc",
          "Corp",
          "Ltd",
          "Co" ->
          true;
      default -> false;
    };
  }

  /** Receives tokens as half-open character ranges. */
  interface TokenSink {
    /** Accepts the token {@code [start, end)}. */
    void token(int start, int end);
  }
}
