package dev.parley.io.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Words for why reading or writing a file failed, for messages such as {@code file-unreadable}. */
public final class ReadFailures {
  private ReadFailures() {}

  /**
   * Returns the message of a failed read: "expected a readable file, but …" followed by the reason
   * in words.
   */
  public static String message(IOException e) {
    boolean said =
        e instanceof NoSuchFileException
            || e instanceof AccessDeniedException
            || e instanceof NotDirectoryException;
    return "expected a readable file, but " + (said ? "" : "reading failed: ") + reason(e);
  }

  /**
   * Returns why a file operation failed, in words: no such file or folder, permission denied, a
   * part of the path that is not a folder, or the system's own message.
   */
  public static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> "there is no such file or folder";
      case AccessDeniedException a -> "permission was denied";
      case NotDirectoryException d -> "a part of the path is not a folder";
      case FileSystemException f when f.getReason() != null ->
          f.getReason().toLowerCase(Locale.ROOT);
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }
}
