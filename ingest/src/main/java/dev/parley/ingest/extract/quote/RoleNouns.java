package dev.parley.ingest.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Nouns that name a speaker by office or kind ("the secretary", "the ministry", "the paper"), read
 * from the resource {@code role-nouns.tsv}: the noun, a tab, and {@code person} or {@code body}.
 */
final class RoleNouns {
  /** Who a role noun stands for. */
  enum Holder {
    /** An office held by one person. */
    PERSON,
    /** A body, organisation or outlet. */
    BODY
  }

  static final String RESOURCE = "role-nouns.tsv";

  private static final Map<String, Holder> NOUNS = read();

  private RoleNouns() {}

  /** Returns who the noun, in any case, stands for, or empty when it is no role noun. */
  static Optional<Holder> holder(String noun) {
    return Optional.ofNullable(NOUNS.get(noun.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Holder> read() {
    try (InputStream in = RoleNouns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected " + RESOURCE + " beside RoleNouns on the class path, but found none");
      }
      Map<String, Holder> nouns = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 2) {
          throw new IllegalStateException(
              RESOURCE + ":" + number + ": expected a noun and person or body, but found " + line);
        }
        nouns.put(
            fields[0].strip().toLowerCase(Locale.ROOT),
            Holder.valueOf(fields[1].strip().toUpperCase(Locale.ROOT)));
      }
      return Map.copyOf(nouns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
