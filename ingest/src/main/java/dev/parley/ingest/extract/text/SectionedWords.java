package dev.parley.ingest.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A resource of word lists, one per section, beside the class that uses them: a section starts with
 * {@code [name]}, then one entry a line, kept as written (case and punctuation); blank lines and
 * lines starting with {@code #} are skipped. Each resource is read once per class loader.
 *
 * <p>Extraction rules keep their closed word classes (prepositions, auxiliaries, trigger words)
 * here rather than in Java source, so that a list is data that can be read, reviewed and extended
 * without touching code (issue 9, "rules as data").
 */
public final class SectionedWords {
  private static final Map<String, SectionedWords> READ = new ConcurrentHashMap<>();

  private final String name;
  private final Map<String, List<String>> sections;

  private SectionedWords(String name, Map<String, List<String>> sections) {
    this.name = name;
    this.sections = sections;
  }

  /**
   * Returns the lists of the resource {@code resource} in the package of {@code owner}.
   *
   * @throws IllegalStateException if the resource is missing or malformed (a build error)
   */
  public static SectionedWords of(Class<?> owner, String resource) {
    String key = owner.getPackageName().replace('.', '/') + "/" + resource;
    return READ.computeIfAbsent(key, k -> read(owner, resource, k));
  }

  /**
   * Returns the entries of a section as a set.
   *
   * @throws IllegalArgumentException if the resource has no such section
   */
  public Set<String> words(String section) {
    return Set.copyOf(entries(section));
  }

  /**
   * Returns the entries of a section in the order written.
   *
   * @throws IllegalArgumentException if the resource has no such section
   */
  public List<String> entries(String section) {
    List<String> entries = sections.get(section);
    if (entries == null) {
      throw new IllegalArgumentException(
          "expected a section [" + section + "] in " + name + ", but found none");
    }
    return entries;
  }

  /** Returns the names of the sections, in the order written. */
  public Set<String> sections() {
    return sections.keySet();
  }

  private static SectionedWords read(Class<?> owner, String resource, String name) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + name + ", but found none");
      }
      return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }

  /** Parses the text of a resource; package-private for tests. */
  static SectionedWords parse(String name, BufferedReader reader) throws IOException {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.startsWith("[") && entry.endsWith("]")) {
        String section = entry.substring(1, entry.length() - 1);
        if (sections.containsKey(section)) {
          throw new IllegalStateException(
              name + ":" + number + ": expected each section once, but [" + section + "] repeats");
        }
        current = new ArrayList<>();
        sections.put(section, current);
      } else if (current == null) {
        throw new IllegalStateException(
            name + ":" + number + ": expected a [section] before the first entry");
      } else {
        current.add(entry);
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new SectionedWords(name, frozen);
  }
}
