package dev.parley.app;

import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.ReadFailures;
import java.io.IOException;
import java.util.List;

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
   * Returns why a file operation failed, in words: no such file or folder, permission denied, a
   * part of the path that is not a folder, or the system's own message.
   */
  public static String reason(IOException e) {
    return ReadFailures.reason(e);
  }
}
