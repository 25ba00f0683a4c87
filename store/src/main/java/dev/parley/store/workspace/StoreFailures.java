package dev.parley.store.workspace;

import java.sql.SQLException;

/**
 * How the workspace's parts turn a failed statement into the workspace's exception: the workspace
 * decides what damage an exception means (a full disk, a damaged database) and rolls back a failed
 * write, so that every part reports failures alike.
 */
interface StoreFailures {
  /** Returns the exception for a failed read, which changed nothing. */
  RuntimeException read(SQLException e);

  /** Rolls back and returns the exception for a failed write. */
  RuntimeException write(SQLException e, String doing, String kept);
}
