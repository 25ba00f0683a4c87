package dev.parley.store.workspace;

import java.util.Objects;

/**
 * A {@link WorkspaceException} thrown by an operation on an open workspace that declares none, such
 * as {@link Workspace#store}: the disk filled up, or the database file turned out to be damaged.
 * The cause carries the code, the place, what was kept and what to do; a command prints {@code
 * getCause().format()} and stops.
 */
public final class UncheckedWorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final WorkspaceException diagnostic;

  /** Wraps the diagnostic. */
  public UncheckedWorkspaceException(WorkspaceException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
    this.diagnostic = cause;
  }

  /** Returns the diagnostic. */
  @Override
  public synchronized WorkspaceException getCause() {
    return diagnostic;
  }
}
