package dev.parley.io;

import dev.parley.core.model.Scenario;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.genius.GeniusReader;
import dev.parley.io.geniusweb.GeniusWebReader;
import dev.parley.io.internal.interchange.ImportParts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a negotiation written for another tool: a GENIUS or GeniusWeb domain and its profiles,
 * the format told from the domain file's content.
 */
public final class ScenarioImport {
  private ScenarioImport() {}

  /**
   * Reads the domain and its profiles into a scenario; the profiles become the actors, in order.
   */
  public static LoadResult<Scenario> read(Path domain, List<Path> profiles) {
    FileFormat format = FileFormat.detect(domain).orElse(null);
    if (format == FileFormat.GENIUS_XML) {
      return GeniusReader.read(domain, profiles);
    }
    if (format == FileFormat.GENIUSWEB_JSON) {
      return GeniusWebReader.read(domain, profiles);
    }
    if (format == null) {
      // a file that cannot be read, or holds nothing, is reported as such, not as a format
      List<LocatedDiagnostic> unread = new ArrayList<>();
      ImportParts.readBytes(domain, unread);
      if (!unread.isEmpty()) {
        return LoadResult.failure(unread);
      }
    }
    return LoadResult.failure(
        List.of(
            new LocatedDiagnostic(
                Diagnostic.error(
                    "unknown-format",
                    ModelPath.root(),
                    "expected a GENIUS XML or GeniusWeb JSON domain, but found "
                        + (format == null ? "neither" : "a Parley scenario"),
                    format == null
                        ? "pass the domain file first, then the profiles"
                        : "read Parley scenarios with 'parley validate', not import"),
                domain.toString(),
                TextPosition.UNKNOWN)));
  }
}
