package dev.parley.io.internal.tree;

import dev.parley.io.diagnostic.TextPosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A mapping, its keys unique and in file order. */
public record MapNode(List<Entry> entries, TextPosition position, long weight) implements Node {
  /** Validates and copies the fields. */
  public MapNode {
    entries = List.copyOf(entries);
    Objects.requireNonNull(position, "position");
  }

  /** Returns the entry with the given key, if there is one. */
  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Returns the value at the given key, if there is one. */
  public Optional<Node> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String describe() {
    return "a mapping";
  }

  /** One key and its value. */
  public record Entry(String key, TextPosition keyPosition, Node value) {
    /** Validates the fields. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyPosition, "keyPosition");
      Objects.requireNonNull(value, "value");
    }
  }
}
