package dev.parley.store.workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The located errors of a workspace's files: each says what was expected, what was found, what was
 * kept and what to do. One place, so that opening, storing, searching and closing word the same
 * failure alike.
 */
final class WorkspaceErrors {
  /** The database file's name inside the workspace folder. */
  static final String DATABASE_FILE = "workspace.mv.db";

  private WorkspaceErrors() {}

  /** Returns the error for a write that found no space. */
  static WorkspaceException diskFull(String where, String doing, String kept, Throwable cause) {
    return new WorkspaceException(
        where,
        "workspace-disk-full",
        "expected to "
            + doing
            + ", but there is no space left for it ("
            + brief(cause)
            + "); "
            + kept,
        "free some space on that disk, or name a folder on another disk with --workspace, then run"
            + " the same command again: what is stored is kept, and an ingest skips it",
        cause);
  }

  /**
   * Returns the exception to throw for a failure while the workspace was open: a located diagnostic
   * when the files are at fault, else an internal error.
   *
   * @param where the workspace folder as the user named it
   * @param folder the workspace folder, absolute, for an internal error
   * @param doing what was being done, after "expected to"
   * @param kept what was kept, in the words the user needs
   */
  static RuntimeException failure(
      String where, Path folder, Exception e, String doing, String kept) {
    String dbFile = Path.of(where).resolve(DATABASE_FILE).toString();
    return switch (FileDamage.of(e)) {
      case FULL -> new UncheckedWorkspaceException(diskFull(where, doing, kept, e));
      case CORRUPT ->
          new UncheckedWorkspaceException(
              new WorkspaceException(
                  dbFile,
                  "workspace-corrupt",
                  "expected to "
                      + doing
                      + ", but part of the database file is damaged (H2: "
                      + brief(e)
                      + "); "
                      + kept,
                  "keep a copy of the folder, and ingest the documents again into another"
                      + " --workspace: the evidence is rebuilt from them",
                  e));
      case IO ->
          new UncheckedWorkspaceException(
              new WorkspaceException(
                  where,
                  "workspace-unwritable",
                  "expected to "
                      + doing
                      + ", but the file system failed ("
                      + brief(e)
                      + "); "
                      + kept,
                  "check the disk and the folder's permissions, then run the same command again",
                  e));
      case NONE ->
          new IllegalStateException(
              "expected the workspace at " + folder + " to " + doing + ", but it failed: " + e, e);
    };
  }

  /** Returns the first line of the innermost message of a failure, at most 300 characters. */
  static String brief(Throwable failure) {
    Throwable inner = failure;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        inner = t;
      }
    }
    String message =
        inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
    String line = message.lines().findFirst().orElse("").strip();
    line = line.replaceFirst("; SQL statement:$", "");
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  /** Returns the error for a workspace another process holds. */
  static WorkspaceException locked(String where, Exception e) {
    return new WorkspaceException(
        where,
        "workspace-locked",
        "expected to have the workspace to ourselves, but another process has it open",
        "wait for the other parley command to finish, or use another --workspace",
        e);
  }

  /** Returns what an input or output failure says, in the user's words. */
  static String describe(IOException e) {
    return switch (e) {
      case java.nio.file.NoSuchFileException n -> "there is no such file or folder: " + n.getFile();
      case java.nio.file.AccessDeniedException a -> "permission was denied: " + a.getFile();
      case java.nio.file.FileSystemException f when f.getReason() != null ->
          f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }
}
