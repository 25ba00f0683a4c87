package dev.parley.ingest.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  private static Map<String, List<String>> read() {
    try (InputStream in = ActorCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected " + RESOURCE + " beside ActorCues on the class path, but found none");
      }
      Map<String, List<String>> sections = new LinkedHashMap<>();
      List<String> current = null;
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
          current = new ArrayList<>();
          sections.put(s.substring(1, s.length() - 1), current);
        } else if (current == null) {
          throw new IllegalStateException(
              RESOURCE
                  + ":"
                  + number
                  + ": expected a [section] before the first entry, but found "
                  + s);
        } else {
          current.add(s.toLowerCase(Locale.ROOT));
        }
      }
      Map<String, List<String>> copy = new LinkedHashMap<>();
      sections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
