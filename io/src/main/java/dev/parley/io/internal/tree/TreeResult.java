package dev.parley.io.internal.tree;

import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed document, or the reason it could not be parsed.
 *
 * @param root the document's value, or null if it could not be read
 * @param diagnostics problems found while reading; duplicate keys leave a usable root
 */
public record TreeResult(@Nullable Node root, List<LocatedDiagnostic> diagnostics) {
  /** Copies the diagnostics. */
  public TreeResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
