package dev.parley.ingest.extract.event;

import dev.parley.core.evidence.EventAction;
import dev.parley.ingest.extract.text.SectionedWords;
import java.util.Set;

/** The closed word lists the event rules consult, kept apart from the rules themselves. */
final class EventWords {
  /** The word lists of this class, one section each, in resources. */
  private static final String RESOURCE = "event-words.txt";

  private EventWords() {}

  static final Set<String> DETERMINERS =
      SectionedWords.of(EventWords.class, RESOURCE).words("determiners");

  static final Set<String> ARTICLE_LIKE =
      SectionedWords.of(EventWords.class, RESOURCE).words("article-like");

  static final Set<String> SPEECH_HEADS =
      SectionedWords.of(EventWords.class, RESOURCE).words("speech-heads");

  static final Set<String> TARGET_PREPOSITIONS =
      SectionedWords.of(EventWords.class, RESOURCE).words("target-prepositions");

  static final Set<String> CONDITIONALS =
      SectionedWords.of(EventWords.class, RESOURCE).words("conditionals");

  static final Set<String> MUST_GOVERNORS =
      SectionedWords.of(EventWords.class, RESOURCE).words("must-governors");

  static final Set<String> WARNING_WORDS =
      SectionedWords.of(EventWords.class, RESOURCE).words("warning-words");

  static final Set<String> PLACE_PREPOSITIONS =
      SectionedWords.of(EventWords.class, RESOURCE).words("place-prepositions");

  static final Set<String> RESTATING =
      SectionedWords.of(EventWords.class, RESOURCE).words("restating");

  static final Set<String> PARTICIPATION =
      SectionedWords.of(EventWords.class, RESOURCE).words("participation");

  static final Set<String> COMMISSIVE_VERBS =
      SectionedWords.of(EventWords.class, RESOURCE).words("commissive-verbs");

  /** Nouns that refer back to a demand, appeal, proposal or threat, with the action each names. */
  static final java.util.Map<String, EventAction> ANAPHORIC_NOUNS = anaphoricNouns();

  private static java.util.Map<String, EventAction> anaphoricNouns() {
    java.util.Map<String, EventAction> map = new java.util.HashMap<>();
    for (String line : SectionedWords.of(EventWords.class, RESOURCE).entries("anaphoric-nouns")) {
      String[] f = line.split("\t", -1);
      if (f.length != 2) {
        throw new IllegalStateException(
            RESOURCE
                + " [anaphoric-nouns]: expected a noun, a tab and an action, but found "
                + line);
      }
      map.put(f[0], EventAction.valueOf(f[1]));
    }
    return java.util.Map.copyOf(map);
  }

  static final Set<String> LIGHT_VERBS =
      SectionedWords.of(EventWords.class, RESOURCE).words("light-verbs");
}
