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

  /**
   * Returns the exception for a failure of the files outside a transaction (the search index), or
   * an internal error when the files are not at fault.
   *
   * @param doing what was being done, after "expected to"
   * @param kept what was kept, in the words the user needs
   */
  RuntimeException of(Exception e, String doing, String kept);
}
