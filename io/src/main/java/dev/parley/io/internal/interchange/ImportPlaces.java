package dev.parley.io.internal.interchange;

import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each place of an imported scenario was read: the file (the domain or one of the profiles)
 * and the line and column in it, so that a problem the validator finds in the model is reported
 * where the value was written.
 *
 * <p>A path that was not recorded is located at its nearest recorded ancestor, as in {@link
 * dev.parley.io.diagnostic.SourceMap}.
 */
public final class ImportPlaces {
  private record Place(String file, TextPosition position) {}

  private final Map<ModelPath, Place> places = new HashMap<>();

  /** Records where a path was read, unless it already has a place. */
  public void put(ModelPath path, String file, TextPosition position) {
    places.putIfAbsent(
        Objects.requireNonNull(path, "path"),
        new Place(Objects.requireNonNull(file, "file"), Objects.requireNonNull(position)));
  }

  /**
   * Returns the diagnostic at the place its model path was read, or at {@code fallback} (the domain
   * file, as a whole) when no place of the path or its ancestors was recorded.
   */
  public LocatedDiagnostic locate(Diagnostic diagnostic, String fallback) {
    ModelPath at = diagnostic.where();
    while (true) {
      Place place = places.get(at);
      if (place != null) {
        return new LocatedDiagnostic(diagnostic, place.file(), place.position());
      }
      if (at.isRoot()) {
        return new LocatedDiagnostic(diagnostic, fallback, TextPosition.UNKNOWN);
      }
      at = at.parent();
    }
  }
}
