package dev.parley.io.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words for why reading a file failed, for the message of a {@code file-unreadable} error. */
public final class ReadFailures {
  private ReadFailures() {}

  /**
   * Returns the message of a failed read: "expected a readable file, but …" followed by the reason
   * in words (no file there, permission denied, a folder, or the system's own message).
   */
  public static String message(IOException e) {
    String reason =
        switch (e) {
          case NoSuchFileException n -> "there is no file at this path";
          case AccessDeniedException a -> "permission to read it was denied";
          case NotDirectoryException d -> "a part of the path is not a folder";
          default ->
              e.getMessage() == null
                  ? "reading failed (" + e.getClass().getSimpleName() + ")"
                  : "reading failed: " + e.getMessage();
        };
    return "expected a readable file, but " + reason;
  }
}
