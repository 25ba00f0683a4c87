package dev.parley.ingest.extract.actor;

import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.parse.Parser;
import dev.parley.ingest.parse.Upos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The proper nouns of a text, by the part-of-speech tagger of the shipped parser ({@link
 * Parser#shipped()}, ADR 0014): a capitalised word is a name candidate only when the tagger calls
 * it {@code PROPN}, so that a sentence-initial "However" or a capitalised common noun in a heading
 * is not taken for a person.
 *
 * <p>Sentences are tagged on first use, each once; a text whose unknown names all fall in a few
 * sentences pays for those few only. Not thread-safe: one instance belongs to one recognition.
 */
final class ProperNouns {
  private static final byte UNTAGGED = 0;
  private static final byte PROPER = 1;
  private static final byte OTHER = 2;

  private final AnalyzedText text;
  private final byte[] tags;
  private final boolean[] tagged;

  ProperNouns(AnalyzedText text) {
    this.text = text;
    this.tags = new byte[text.tokenCount()];
    this.tagged = new boolean[text.sentenceCount()];
  }

  /** Returns whether the tagger reads token {@code i} as a proper noun. */
  boolean isProperNoun(int i) {
    if (tags[i] == UNTAGGED) {
      tag(text.sentenceOf(i));
    }
    return tags[i] == PROPER;
  }

  /** Returns whether every token of {@code [from, to)} is a proper noun. */
  boolean allProper(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isProperNoun(k)) {
        return false;
      }
    }
    return to > from;
  }

  private void tag(int s) {
    if (tagged[s]) {
      return;
    }
    tagged[s] = true;
    int from = text.firstToken(s);
    int to = text.endToken(s);
    List<String> tokens = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      tokens.add(text.token(k));
    }
    List<Upos> upos = tokens.isEmpty() ? List.of() : Parser.shipped().tag(tokens);
    Arrays.fill(tags, from, to, OTHER);
    for (int k = 0; k < upos.size(); k++) {
      if (upos.get(k) == Upos.PROPN) {
        tags[from + k] = PROPER;
      }
    }
  }
}
