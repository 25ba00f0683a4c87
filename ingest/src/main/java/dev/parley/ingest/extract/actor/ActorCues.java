package dev.parley.ingest.extract.actor;

import dev.parley.ingest.extract.text.SectionedWords;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the actor stage (titles, organisation head nouns, body words, surname
 * particles, …), read once from the sectioned resource {@code cues.txt}: a section starts with
 * {@code [name]}, then one lower-case entry a line.
 */
final class ActorCues {
  static final String RESOURCE = "cues.txt";

  private static final Map<String, List<String>> SECTIONS = read();

  private ActorCues() {}

  /** Returns the words of a section; a missing section is a programmer error. */
  static Set<String> words(String section) {
    return Set.copyOf(lines(section));
  }

  /** Returns a section whose lines are a word, a tab, and the roles it names separated by "|". */
  static Map<String, Set<String>> roles(String section) {
    Map<String, Set<String>> map = new HashMap<>();
    for (String line : lines(section)) {
      String[] f = line.split("\t", -1);
      if (f.length != 2) {
        throw new IllegalStateException(
            RESOURCE + " [" + section + "]: expected a word, a tab and roles, but found " + line);
      }
      map.put(f[0], Set.of(f[1].split("\\|", -1)));
    }
    return Map.copyOf(map);
  }

  private static List<String> lines(String section) {
    List<String> lines = SECTIONS.get(section);
    if (lines == null) {
      throw new IllegalArgumentException(
          "expected a section [" + section + "] in " + RESOURCE + ", but found none");
    }
    return lines;
  }

  /** Reads the sections through {@link SectionedWords}, each entry in lower case. */
  private static Map<String, List<String>> read() {
    SectionedWords words = SectionedWords.of(ActorCues.class, RESOURCE);
    Map<String, List<String>> sections = new LinkedHashMap<>();
    for (String section : words.sections()) {
      sections.put(
          section, words.entries(section).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }
    return sections;
  }
}
