package dev.parley.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence cut into words, each with where it sits, for the claim rules to match. */
final class ClaimText {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");

  final String text;
  final String[] words;
  final String[] printed;
  final int[] starts;
  final int[] ends;

  ClaimText(String text) {
    this.text = text;
    List<String> w = new ArrayList<>();
    List<String> p = new ArrayList<>();
    List<Integer> s = new ArrayList<>();
    List<Integer> e = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String printedWord = m.group();
      w.add(normal(printedWord));
      p.add(printedWord);
      s.add(m.start());
      e.add(m.end());
    }
    words = w.toArray(String[]::new);
    printed = p.toArray(String[]::new);
    starts = s.stream().mapToInt(Integer::intValue).toArray();
    ends = e.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns the words of a text as the rules match them. */
  static String[] words(String text) {
    return new ClaimText(text).words;
  }

  /** Lower case, curly apostrophes straight, a possessive ending dropped. */
  private static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s") && w.length() > 2) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  int size() {
    return words.length;
  }

  boolean capitalised(int i) {
    return Character.isUpperCase(printed[i].codePointAt(0));
  }

  /** Returns the word at or after a character offset, or size() when none. */
  int wordAt(int offset) {
    for (int i = 0; i < words.length; i++) {
      if (ends[i] > offset) {
        return i;
      }
    }
    return words.length;
  }

  /** Returns the printed text of words [from, to). */
  String printed(int from, int to) {
    return from >= to ? "" : text.substring(starts[from], ends[to - 1]);
  }
}
