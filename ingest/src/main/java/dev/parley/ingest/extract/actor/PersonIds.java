package dev.parley.ingest.extract.actor;

import java.util.Locale;
import java.util.Set;

/**
 * Forms the id of a person the registry does not know from the name as written, by the rules of the
 * gold standard ({@code shared/gold/README.md}): the lower-case surname, with a hyphen or a space
 * inside a surname written as {@code _} ("Gould-Davies" → {@code gould_davies}, "De Vincenti" →
 * {@code de_vincenti}). A surname particle (listed as data in the {@code surname-particles} section
 * of {@code cues.txt}: de, van, al, …) joins the word after it.
 */
final class PersonIds {
  private static final Set<String> PARTICLES = ActorCues.words("surname-particles");

  private PersonIds() {}

  /**
   * Returns the id for a name given as its words, the surname last; {@code words} must not be
   * empty.
   */
  static String of(String[] words) {
    if (words.length == 0) {
      throw new IllegalArgumentException("expected at least one word of a name, but found none");
    }
    int first = words.length - 1;
    while (first > 0 && PARTICLES.contains(words[first - 1].toLowerCase(Locale.ROOT))) {
      first--;
    }
    StringBuilder id = new StringBuilder();
    for (int k = first; k < words.length; k++) {
      if (id.length() > 0) {
        id.append('_');
      }
      id.append(words[k].toLowerCase(Locale.ROOT));
    }
    return id.toString().replace('-', '_').replace("'", "").replace("’", "").replace(".", "");
  }
}
