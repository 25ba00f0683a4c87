package dev.parley.io.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of loading a file: the value, or nothing when any error was found, together with
 * every diagnostic (errors and warnings) and the positions of the model's places in the file.
 *
 * <p>A file with errors is never half-loaded: {@link #value()} is null whenever {@link
 * #hasErrors()} is true.
 *
 * @param value the loaded value; null if and only if there is an error
 * @param diagnostics every problem found, in file order where known
 * @param sourceMap where each place of the model was written, for locating later diagnostics
 */
public record LoadResult<T>(
    @Nullable T value, List<LocatedDiagnostic> diagnostics, SourceMap sourceMap) {
  /** Validates that the value is present exactly when there is no error. */
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(sourceMap, "sourceMap");
    boolean errors = diagnostics.stream().anyMatch(LocatedDiagnostic::isError);
    if (errors == (value != null)) {
      throw new IllegalArgumentException(
          "expected a value exactly when there is no error, but found value "
              + (value == null ? "absent" : "present")
              + " with errors "
              + errors);
    }
  }

  /** Returns a failed result with the given diagnostics, of which at least one is an error. */
  public static <T> LoadResult<T> failure(List<LocatedDiagnostic> diagnostics) {
    return new LoadResult<>(null, diagnostics, SourceMap.empty());
  }

  /** Returns whether any diagnostic is an error. */
  public boolean hasErrors() {
    return value == null;
  }

  /** Returns the value if it loaded. */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /** Returns the errors only. */
  public List<LocatedDiagnostic> errors() {
    return diagnostics.stream().filter(LocatedDiagnostic::isError).toList();
  }

  /** Returns the value, or throws with every error listed if it did not load. */
  public T orElseThrow() {
    if (value == null) {
      throw new IllegalStateException(
          "expected a loaded value, but found errors:\n" + DiagnosticPrinter.format(diagnostics));
    }
    return value;
  }
}
