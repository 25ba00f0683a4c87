package dev.parley.ingest.source;

import dev.parley.ingest.source.raw.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The files a folder walk found, in path order, and a diagnostic for each entry it left out on
 * purpose or could not list (a link whose target lies outside the folder, an unreadable subfolder).
 *
 * @param folder the folder as given
 * @param realFolder the folder's real path (links resolved); files read from the listing must stay
 *     under it unless links are followed
 * @param followLinks whether links out of the folder were followed
 */
public record FolderListing(
    Path folder,
    Path realFolder,
    boolean followLinks,
    List<Path> files,
    List<IngestDiagnostic> diagnostics) {
  /** Validates and copies the fields. */
  public FolderListing {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(realFolder, "realFolder");
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Checks again, just before a listed file is read, that it has not become a link out of the
   * folder since it was listed.
   *
   * @return null when the file may be read; otherwise the {@code link-outside} warning to report
   */
  public @Nullable IngestDiagnostic recheck(Path file) {
    if (followLinks || !Files.isSymbolicLink(file)) {
      return null;
    }
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      return null;
    }
    return target.startsWith(realFolder) ? null : linkOutside(file, target, folder);
  }

  /** Returns the warning for a link whose target lies outside the folder walked. */
  static IngestDiagnostic linkOutside(Path link, Path target, Path folder) {
    return IngestDiagnostic.warning(
        link.toString(),
        InputProblem.of(
            "link-outside",
            "expected the files of "
                + folder
                + " to lie inside it, but this link leads out of it to "
                + target
                + "; it was skipped",
            "give the target's path itself, or pass --follow-links to follow links out of the"
                + " folder"));
  }
}
