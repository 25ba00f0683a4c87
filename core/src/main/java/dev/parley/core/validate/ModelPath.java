package dev.parley.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A place in a scenario's model, such as {@code profiles/russia/stances/nato/salience}.
 *
 * <p>Segments are field names, ids of keyed elements and, for plain lists, indexes. The reader of a
 * scenario file records the file location of every path it binds, so a diagnostic at a path can be
 * printed at its line and column.
 */
public record ModelPath(List<String> segments) {
  private static final ModelPath ROOT = new ModelPath(List.of());

  /** Validates and copies the segments. */
  public ModelPath {
    segments = List.copyOf(segments);
  }

  /** Returns the path of the whole model. */
  public static ModelPath root() {
    return ROOT;
  }

  /** Returns the path with the given segments. */
  public static ModelPath of(String... segments) {
    return new ModelPath(List.of(segments));
  }

  /** Returns this path extended by the given segments. */
  public ModelPath child(String... more) {
    List<String> out = new ArrayList<>(segments);
    for (String s : more) {
      out.add(Objects.requireNonNull(s));
    }
    return new ModelPath(out);
  }

  /** Returns this path extended by a list index. */
  public ModelPath index(int i) {
    return child(Integer.toString(i));
  }

  /** Returns the path one segment up; the root's parent is the root. */
  public ModelPath parent() {
    return segments.isEmpty() ? this : new ModelPath(segments.subList(0, segments.size() - 1));
  }

  /** Returns whether this is the root path. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  @Override
  public String toString() {
    return segments.isEmpty() ? "/" : String.join("/", segments);
  }
}
