package dev.parley.io.diagnostic;

import dev.parley.core.validate.ModelPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each bound place of a model came from in its file: a map from {@link ModelPath} to {@link
 * TextPosition}.
 *
 * <p>A lookup of a path that was not recorded answers with its nearest recorded ancestor, so a
 * diagnostic about a value the file left out points at the mapping that should have held it.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<ModelPath, TextPosition> positions;

  private SourceMap(Map<ModelPath, TextPosition> positions) {
    this.positions = positions;
  }

  /** Returns a map that knows no positions. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the position of the path, or of its nearest recorded ancestor, or unknown. */
  public TextPosition locate(ModelPath path) {
    ModelPath at = path;
    while (true) {
      TextPosition found = positions.get(at);
      if (found != null) {
        return found;
      }
      if (at.isRoot()) {
        return TextPosition.UNKNOWN;
      }
      at = at.parent();
    }
  }

  /** Returns whether the exact path was recorded. */
  public boolean contains(ModelPath path) {
    return positions.containsKey(path);
  }

  /** Records positions; the first position recorded for a path wins. */
  public static final class Builder {
    private final Map<ModelPath, TextPosition> positions = new HashMap<>();

    private Builder() {}

    /** Records the position of a path unless the path already has one. */
    public Builder put(ModelPath path, TextPosition position) {
      positions.putIfAbsent(Objects.requireNonNull(path), Objects.requireNonNull(position));
      return this;
    }

    /** Returns the map. */
    public SourceMap build() {
      return new SourceMap(Map.copyOf(positions));
    }
  }
}
