package dev.parley.ingest.parse;

import java.util.Locale;
import java.util.Optional;

/** The seventeen universal part-of-speech tags of Universal Dependencies v2. */
public enum Upos {
  /** Adjective. */
  ADJ,
  /** Adposition. */
  ADP,
  /** Adverb. */
  ADV,
  /** Auxiliary. */
  AUX,
  /** Coordinating conjunction. */
  CCONJ,
  /** Determiner. */
  DET,
  /** Interjection. */
  INTJ,
  /** Noun. */
  NOUN,
  /** Numeral. */
  NUM,
  /** Particle. */
  PART,
  /** Pronoun. */
  PRON,
  /** Proper noun. */
  PROPN,
  /** Punctuation. */
  PUNCT,
  /** Subordinating conjunction. */
  SCONJ,
  /** Symbol. */
  SYM,
  /** Verb. */
  VERB,
  /** Other. */
  X;

  private static final Upos[] ALL = values();

  /** Returns the tag of the given ordinal. */
  static Upos of(int ordinal) {
    return ALL[ordinal];
  }

  /** Returns the tag spelled exactly so (upper case), or empty. */
  public static Optional<Upos> parse(String name) {
    for (Upos tag : ALL) {
      if (tag.name().equals(name)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  /** Returns the tag's number, the index of its class in the tagger's model. */
  @SuppressWarnings("EnumOrdinal") // the model's class numbers are the declaration order, by design
  int index() {
    return ordinal();
  }

  /** Returns the tag's name in lower case, for messages. */
  String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
