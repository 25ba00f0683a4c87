package dev.parley.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario files a server was started with, each under a name. Requests name a scenario; a name
 * is only ever looked up in this fixed map, never turned into a path, so no request can read
 * another file (docs/adr/0013).
 */
public final class Catalog {
  /**
   * One scenario file.
   *
   * @param name the name requests use
   * @param file the file, as the server was given it (the {@code inputs} of the JSON it writes)
   */
  public record Entry(String name, Path file) {}

  private final Map<String, Entry> byName;

  private Catalog(Map<String, Entry> byName) {
    this.byName = byName;
  }

  /**
   * Names the files: a {@code scenario.yaml} (or {@code .yml}, {@code .json}) by its folder's name,
   * any other file by its name without the extension; a name already taken gets {@code -2}, {@code
   * -3}.
   */
  public static Catalog of(List<Path> files) {
    Map<String, Entry> names = new LinkedHashMap<>();
    for (Path file : files) {
      String base = baseName(file);
      String name = base;
      for (int n = 2; names.containsKey(name); n++) {
        name = base + "-" + n;
      }
      names.put(name, new Entry(name, file));
    }
    return new Catalog(names);
  }

  static String baseName(Path file) {
    Path fileName = file.getFileName();
    String leaf = fileName == null ? "scenario" : fileName.toString();
    int dot = leaf.lastIndexOf('.');
    String stem = dot > 0 ? leaf.substring(0, dot) : leaf;
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (stem.equals("scenario") && parent != null && parent.getFileName() != null) {
      stem = parent.getFileName().toString();
    }
    String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    return slug.isEmpty() || slug.startsWith(".") ? "scenario" + slug : slug;
  }

  /** Returns the entry named {@code name}. */
  public Optional<Entry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Returns every entry, in the order the files were given. */
  public List<Entry> entries() {
    return new ArrayList<>(byName.values());
  }
}
