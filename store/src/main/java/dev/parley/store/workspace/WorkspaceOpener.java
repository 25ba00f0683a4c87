package dev.parley.store.workspace;

import static dev.parley.store.workspace.WorkspaceErrors.brief;
import static dev.parley.store.workspace.WorkspaceErrors.describe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.lucene.store.LockObtainFailedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;

/**
 * Opens a workspace's files: creates the folder, opens the H2 database and migrates it with Flyway,
 * refuses a schema newer than this build's, and opens the Lucene index, deleting one that cannot be
 * read so that the workspace rebuilds it from the database.
 */
final class WorkspaceOpener {
  /** The schema version this build migrates a workspace to. */
  static final int SCHEMA_VERSION = 4;

  /** The index folder's name inside the workspace folder. */
  static final String INDEX = "index";

  private static final String DATABASE = "workspace";

  private static final String SCHEMA_VERSION_SQL =
      "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\"";

  private WorkspaceOpener() {}

  /**
   * A workspace's files, open.
   *
   * @param dir the folder, absolute
   * @param where the folder as the user named it
   * @param db the database, migrated, outside auto-commit
   * @param index the search index, read through or empty
   * @param indexExisted whether an index had been committed before
   * @param indexDamage what was wrong with an index that was deleted, or null
   */
  record Opened(
      Path dir,
      String where,
      Connection db,
      LuceneSearchIndex index,
      boolean indexExisted,
      @Nullable Exception indexDamage) {}

  /** Returns whether a folder holds a workspace (its database file exists). */
  static boolean exists(Path folder) {
    return Files.isRegularFile(folder.resolve(WorkspaceErrors.DATABASE_FILE));
  }

  /**
   * Opens the files of the workspace in a folder, creating and migrating them as needed.
   *
   * @throws WorkspaceException when the folder cannot be written, another process has the workspace
   *     open, or the workspace was written by a newer Parley
   */
  static Opened open(Path folder) throws WorkspaceException {
    Path dir = folder.toAbsolutePath().normalize();
    String where = folder.toString();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected a folder Parley can create and write, but " + describe(e),
          "choose another folder with --workspace, or fix its permissions",
          e);
    }
    if (!Files.isWritable(dir)) {
      throw new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected a writable folder, but it is read-only",
          "choose another folder with --workspace, or fix its permissions",
          new IOException("not writable: " + dir));
    }
    // WRITE_DELAY=0: H2 otherwise writes committed transactions to the file up to 500 ms later, so
    // a killed process would lose documents it had committed. With 0, a commit reaches the file
    // (the OS cache) before a store returns.
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:file:" + dir.resolve(DATABASE) + ";WRITE_DELAY=0");
    source.setUser("parley");
    source.setPassword("");
    Connection db;
    try {
      db = source.getConnection();
    } catch (SQLException e) {
      throw databaseProblem(where, e);
    }
    try {
      migrate(source, where);
      db.setAutoCommit(false);
    } catch (WorkspaceException e) {
      closeQuietly(db, e);
      throw e;
    } catch (SQLException e) {
      closeQuietly(db, e);
      throw databaseProblem(where, e);
    }
    try {
      return openIndex(dir, where, db);
    } catch (LockObtainFailedException e) {
      closeQuietly(db, e);
      throw WorkspaceErrors.locked(where, e);
    } catch (IOException e) {
      closeQuietly(db, e);
      throw new WorkspaceException(
          where,
          FileDamage.of(e) == FileDamage.FULL ? "workspace-disk-full" : "workspace-unwritable",
          "expected to create the search index, but " + describe(e),
          "check the disk space and the permissions of the index folder inside the workspace",
          e);
    }
  }

  /**
   * Closes the files of a workspace that failed while it was being set up on them (marking
   * interrupted runs, repairing the index), and returns the exception to throw for the failure.
   */
  static Exception abandon(Opened opened, Exception e) {
    closeQuietly(opened.db(), e);
    try {
      opened.index().close();
    } catch (IOException x) {
      e.addSuppressed(x);
    }
    String where = opened.where();
    if (e instanceof SQLException sql) {
      return databaseProblem(where, sql);
    }
    if (e instanceof UncheckedWorkspaceException w) {
      return w.getCause();
    }
    String kept = "nothing in the database was changed";
    FileDamage damage = FileDamage.of(e);
    if (damage == FileDamage.NONE) {
      return e;
    }
    if (damage == FileDamage.FULL) {
      return WorkspaceErrors.diskFull(where, "rebuild the search index", kept, e);
    }
    return new WorkspaceException(
        where,
        "workspace-unwritable",
        "expected to rebuild the search index, but " + brief(e) + "; " + kept,
        "check the disk and the permissions of the index folder inside the workspace",
        e);
  }

  /**
   * Opens the index and reads it through; when that fails for any reason but another process
   * holding it, deletes its files and opens it empty, for the caller to fill from the database.
   */
  private static Opened openIndex(Path dir, String where, Connection db) throws IOException {
    Path indexFolder = dir.resolve(INDEX);
    boolean existed;
    LuceneSearchIndex index = null;
    try {
      existed = LuceneSearchIndex.exists(indexFolder);
      index = new LuceneSearchIndex(indexFolder);
      index.verify();
      return new Opened(dir, where, db, index, existed, null);
    } catch (LockObtainFailedException e) {
      if (index != null) {
        index.discard(e);
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      if (index != null) {
        index.discard(e);
      }
      LuceneSearchIndex.deleteFiles(indexFolder);
      return new Opened(dir, where, db, new LuceneSearchIndex(indexFolder), true, e);
    }
  }

  private static void migrate(JdbcDataSource source, String where) throws WorkspaceException {
    int applied;
    try {
      Flyway.configure(WorkspaceOpener.class.getClassLoader())
          .dataSource(source)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new WorkspaceException(
          where,
          "workspace-corrupt",
          "expected the workspace's schema to migrate, but Flyway failed: " + e.getMessage(),
          "the database may be damaged or not a Parley workspace; use another --workspace",
          e);
    }
    try (Connection c = source.getConnection()) {
      applied = schemaVersion(c);
    } catch (SQLException e) {
      throw databaseProblem(where, e);
    }
    if (applied > SCHEMA_VERSION) {
      throw new WorkspaceException(
          where,
          "workspace-version",
          "expected a workspace of schema version "
              + SCHEMA_VERSION
              + " or older, but it has version "
              + applied
              + ", written by a newer Parley",
          "use the Parley that wrote it, or ingest into a new workspace",
          new SQLException("schema version " + applied));
    }
  }

  /** Returns the schema version a database has been migrated to. */
  static int schemaVersion(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(SCHEMA_VERSION_SQL)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Returns the error for a folder that holds no workspace, for commands that only read one. */
  static WorkspaceException missing(Path folder) {
    return new WorkspaceException(
        folder.toString(),
        "workspace-missing",
        "expected a workspace in this folder, but there is none",
        "run parley ingest PATH first, or name the folder with --workspace",
        new java.io.FileNotFoundException(
            folder.resolve(WorkspaceErrors.DATABASE_FILE).toString()));
  }

  private static WorkspaceException databaseProblem(String where, SQLException e) {
    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return WorkspaceErrors.locked(where, e);
    }
    FileDamage damage = FileDamage.of(e);
    if (damage == FileDamage.FULL) {
      return WorkspaceErrors.diskFull(where, "open the workspace", "nothing was changed", e);
    }
    if (damage == FileDamage.IO) {
      return new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected to open the workspace database, but the file system failed ("
              + brief(e)
              + "); nothing was changed",
          "check the disk and the folder's permissions, then run the command again",
          e);
    }
    return new WorkspaceException(
        Path.of(where).resolve(WorkspaceErrors.DATABASE_FILE).toString(),
        "workspace-corrupt",
        "expected a readable workspace database, but H2 reports: "
            + brief(e)
            + "; nothing was changed",
        "the file may be damaged or not a Parley workspace: keep a copy of the folder, and ingest"
            + " the documents again into another --workspace",
        e);
  }

  private static void closeQuietly(Connection db, Exception cause) {
    try {
      db.close();
    } catch (SQLException x) {
      cause.addSuppressed(x);
    }
  }
}
