package dev.parley.app.ledger;

import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;

/** The ledger use cases' diagnostics: the workspace's failures in the one located shape. */
final class LedgerDiagnostics {
  private LedgerDiagnostics() {}

  /** Returns a workspace failure as a located diagnostic, at the workspace or file concerned. */
  static LocatedDiagnostic of(WorkspaceException e) {
    return LocatedDiagnostic.error(
        e.where(), e.code(), TextPosition.UNKNOWN, String.valueOf(e.getMessage()), e.hint());
  }

  /** Returns the error for a folder that holds no workspace. */
  static LocatedDiagnostic missing(Path folder) {
    return of(Workspace.missing(folder));
  }

  /** Returns an error at a place named by the command line (a folder, an option). */
  static LocatedDiagnostic error(String where, String code, String message, String hint) {
    return LocatedDiagnostic.error(where, code, TextPosition.UNKNOWN, message, hint);
  }

  /** Returns the diagnostics as printed, three lines each. */
  static String printed(List<LocatedDiagnostic> diagnostics) {
    return DiagnosticPrinter.format(diagnostics);
  }
}
