package dev.parley.app;

import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import dev.parley.core.validate.Spelling;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.ReadFailures;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The words of app's answers for a terminal, so that the command line prints diagnostics and file
 * failures without reaching the io module itself (docs/adr/0012).
 */
public final class Messages {
  private Messages() {}

  /** Returns diagnostics as the command line prints them, one located line and a hint each. */
  public static String diagnostics(List<LocatedDiagnostic> diagnostics) {
    return DiagnosticPrinter.format(diagnostics);
  }

  /** Returns the errors among diagnostics as the command line prints them, leaving warnings out. */
  public static String errors(List<LocatedDiagnostic> diagnostics) {
    return DiagnosticPrinter.format(
        diagnostics.stream().filter(LocatedDiagnostic::isError).toList());
  }

  /**
   * Returns an error in the one printed shape of diagnostics (docs/adr/0004), for a problem the
   * command line finds itself, such as a file named on it that does not exist.
   *
   * @param place where the problem is: a file, or an option such as {@code --search}
   * @param code the stable kebab-case code, which has a page in {@code docs/errors/}
   */
  public static String error(String place, String code, String message, String hint) {
    return DiagnosticText.format(place, Severity.ERROR, code, message, hint);
  }

  /**
   * Returns the candidate nearest to a misspelt word by edit distance, for a "did you mean" hint,
   * or nothing when none is near enough.
   */
  public static Optional<String> nearest(String word, List<String> candidates) {
    return Spelling.nearest(word, candidates);
  }

  /**
   * Returns the workspace's error, formatted, when a failure is a workspace that could not be read
   * in the middle of a command; null for any other failure.
   */
  public static @Nullable String workspaceError(Throwable failure) {
    return failure instanceof UncheckedWorkspaceException w ? w.getCause().format() : null;
  }

  /**
   * Returns why a file operation failed, in words: no such file or folder, permission denied, a
   * part of the path that is not a folder, or the system's own message.
   */
  public static String reason(IOException e) {
    return ReadFailures.reason(e);
  }
}
