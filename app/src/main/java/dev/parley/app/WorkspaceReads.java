package dev.parley.app;

import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import dev.parley.store.workspace.WorkspaceWarning;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens a workspace for a use case that reads it and reports its problems as formatted lines: a
 * missing, locked or damaged workspace becomes an error line and no value, its warnings become
 * lines beside the value.
 */
public final class WorkspaceReads {
  private WorkspaceReads() {}

  /** What a use case does with an open workspace. */
  @FunctionalInterface
  public interface Body<T> {
    /** Reads the workspace. */
    T read(Workspace workspace);
  }

  /**
   * Returns what {@code body} reads from the workspace, adding the workspace's warnings to {@code
   * messages}; null, with the error added to {@code messages}, when it cannot be read.
   */
  public static <T> @Nullable T read(Path workspace, List<String> messages, Body<T> body) {
    if (!Workspace.exists(workspace)) {
      messages.add(Workspace.missing(workspace).format());
      return null;
    }
    try (Workspace ws = Workspace.open(workspace)) {
      for (WorkspaceWarning w : ws.warnings()) {
        messages.add(w.format());
      }
      return body.read(ws);
    } catch (WorkspaceException e) {
      messages.add(e.format());
      return null;
    } catch (UncheckedWorkspaceException e) {
      messages.add(e.getCause().format());
      return null;
    }
  }
}
