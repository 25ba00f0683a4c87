package dev.parley.store.workspace;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.evidence.SourceRules;
import dev.parley.core.evidence.Stance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.store.evidence.Citation;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidencePage;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.evidence.SourceProfiles;
import dev.parley.store.evidence.StoredEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workspace: the documents Parley has ingested, their evidence and the ingestion runs, in an
 * embedded H2 database ({@code workspace.mv.db}) with a Lucene index ({@code index/}) beside it, in
 * one folder ({@value #DEFAULT_FOLDER} by default). It is created on first use and migrated to the
 * current schema by Flyway whenever it is opened.
 *
 * <p>Storing is idempotent and transactional per document: a document is identified by its content
 * ({@link dev.parley.ingest.document.DocumentIds}), so storing the same content again changes
 * nothing, and a document with all its evidence is committed in one transaction, so a run that
 * stops half-way keeps every document it had stored. Each stored document also counts towards its
 * run in the same transaction, so a run that never finished still shows what it stored. The index
 * is derived from the database: on open, entries it lacks are added back, and an index that is
 * missing or damaged is rebuilt, with a {@linkplain #warnings() warning}.
 *
 * <p>Failures of the files themselves (a full disk, a damaged page of the database) are reported as
 * {@link WorkspaceException}s, wrapped in an {@link UncheckedWorkspaceException} by the operations
 * that declare none, each saying what was kept.
 *
 * <p>One process at a time: H2 locks the database file, and a second process gets a {@code
 * workspace-locked} error. An instance is for one thread.
 */
public final class Workspace implements AutoCloseable {
  /** The folder a workspace lives in unless another is given, relative to the working directory. */
  public static final String DEFAULT_FOLDER = ".parley";

  /** The schema version this build migrates a workspace to. */
  public static final int SCHEMA_VERSION = 4;

  private static final String DATABASE = "workspace";
  private static final String INDEX = "index";
  private static final int INDEX_COMMIT_EVERY = 500;

  /*
   * Why the settings below:
   * 1. WRITE_DELAY=0: H2 otherwise writes committed transactions to the file up to 500 ms later, so
   *    a killed process would lose documents it had committed. With 0, a commit reaches the file
   *    (the OS cache) before store() returns.
   * 2. The index is committed every INDEX_COMMIT_EVERY documents and on close, not per document:
   *    a Lucene commit fsyncs, and the database is the record anyway (see the class comment).
   */

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Messages of the operating system for a write that found no space, on Linux and Windows. */
  private static final List<String> NO_SPACE =
      List.of(
          "no space left on device",
          "disk quota exceeded",
          "file too large",
          "not enough space on the disk");

  private final Path folder;
  private final String where;
  private final Clock clock;
  private final Connection db;
  private final LuceneSearchIndex index;
  private final int repaired;
  private final List<WorkspaceWarning> warnings = new ArrayList<>();
  private final LedgerStore ledger;
  private final RunLog runs;
  private final Map<String, SourceProfile> profiles =
      new java.util.concurrent.ConcurrentHashMap<>();
  private int pendingIndex;
  private int storedHere;

  private Workspace(Path folder, String where, Clock clock, Connection db, OpenedIndex opened)
      throws SQLException {
    this.folder = folder;
    this.where = where;
    this.clock = clock;
    this.db = db;
    this.index = opened.index();
    StoreFailures failures =
        new StoreFailures() {
          @Override
          public RuntimeException read(SQLException e) {
            return failure(e);
          }

          @Override
          public RuntimeException write(SQLException e, String doing, String kept) {
            return rollback(e, doing, kept);
          }
        };
    this.ledger = new LedgerStore(db, this::now, failures);
    this.runs =
        new RunLog(
            db, this::now, failures, () -> commitIndex("the documents this run stored are kept"));
    RunLog.markInterrupted(db);
    this.repaired =
        new IndexRepair(db, index, this::documentIds, id -> document(id).orElseThrow()).repair();
    String indexWhere = Path.of(where).resolve(INDEX).toString();
    Exception damage = opened.damage();
    if (damage != null) {
      warnings.add(
          new WorkspaceWarning(
              indexWhere,
              "workspace-index-rebuilt",
              "expected a readable search index, but "
                  + brief(damage)
                  + "; it was deleted and rebuilt from the database ("
                  + documentCount()
                  + " documents)",
              "nothing to do: searches use the rebuilt index; if this happens again, check the"
                  + " disk for errors"));
    } else if (!opened.existed() && repaired > 0) {
      warnings.add(
          new WorkspaceWarning(
              indexWhere,
              "workspace-index-rebuilt",
              "expected a search index beside the database, but found none committed; it was"
                  + " rebuilt from the database ("
                  + repaired
                  + " documents)",
              "nothing to do: a run that was stopped before its first index commit leaves no"
                  + " index, and the database has every document it stored"));
    }
  }

  /** The index as opened: rebuilt when the one on disk was damaged, with what was wrong. */
  private record OpenedIndex(
      LuceneSearchIndex index, boolean existed, @Nullable Exception damage) {}

  /** Returns whether a folder holds a workspace (its database file exists). */
  public static boolean exists(Path folder) {
    return Files.isRegularFile(folder.resolve(DATABASE + ".mv.db"));
  }

  /** Opens the workspace in a folder, creating and migrating it as needed. */
  public static Workspace open(Path folder) throws WorkspaceException {
    return open(folder, Clock.systemUTC());
  }

  /**
   * Opens the workspace in a folder with a clock for the times it records.
   *
   * @throws WorkspaceException when the folder cannot be written, another process has the workspace
   *     open, or the workspace was written by a newer Parley
   */
  public static Workspace open(Path folder, Clock clock) throws WorkspaceException {
    Objects.requireNonNull(clock, "clock");
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
    OpenedIndex opened;
    try {
      opened = openIndex(dir.resolve(INDEX));
    } catch (LockObtainFailedException e) {
      closeQuietly(db, e);
      throw locked(where, e);
    } catch (IOException e) {
      closeQuietly(db, e);
      throw new WorkspaceException(
          where,
          damageOf(e) == Damage.FULL ? "workspace-disk-full" : "workspace-unwritable",
          "expected to create the search index, but " + describe(e),
          "check the disk space and the permissions of the index folder inside the workspace",
          e);
    }
    try {
      return new Workspace(dir, where, clock, db, opened);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(db, e);
      try {
        opened.index().close();
      } catch (IOException x) {
        e.addSuppressed(x);
      }
      if (e instanceof SQLException sql) {
        throw databaseProblem(where, sql);
      }
      if (e instanceof UncheckedWorkspaceException w) {
        throw w.getCause();
      }
      String kept = "nothing in the database was changed";
      Damage damage = damageOf(e);
      if (damage == Damage.NONE) {
        throw (RuntimeException) e;
      }
      if (damage == Damage.FULL) {
        throw diskFull(where, "rebuild the search index", kept, e);
      }
      throw new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected to rebuild the search index, but " + brief(e) + "; " + kept,
          "check the disk and the permissions of the index folder inside the workspace",
          e);
    }
  }

  /**
   * Opens the index and reads it through; when that fails for any reason but another process
   * holding it, deletes its files and opens it empty, for the caller to fill from the database.
   */
  private static OpenedIndex openIndex(Path indexFolder) throws IOException {
    boolean existed;
    LuceneSearchIndex index = null;
    try {
      existed = LuceneSearchIndex.exists(indexFolder);
      index = new LuceneSearchIndex(indexFolder);
      index.verify();
      return new OpenedIndex(index, existed, null);
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
      return new OpenedIndex(new LuceneSearchIndex(indexFolder), true, e);
    }
  }

  private static void migrate(JdbcDataSource source, String where) throws WorkspaceException {
    int applied;
    try {
      Flyway.configure(Workspace.class.getClassLoader())
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
    try (Connection c = source.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\""
                    + " WHERE \"success\"")) {
      rs.next();
      applied = rs.getInt(1);
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

  /**
   * Returns the error for a folder that holds no workspace, for commands that only read one.
   *
   * @param folder the folder that was named
   */
  public static WorkspaceException missing(Path folder) {
    return new WorkspaceException(
        folder.toString(),
        "workspace-missing",
        "expected a workspace in this folder, but there is none",
        "run parley ingest PATH first, or name the folder with --workspace",
        new java.io.FileNotFoundException(folder.resolve(DATABASE + ".mv.db").toString()));
  }

  private static WorkspaceException databaseProblem(String where, SQLException e) {
    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return locked(where, e);
    }
    Damage damage = damageOf(e);
    if (damage == Damage.FULL) {
      return diskFull(where, "open the workspace", "nothing was changed", e);
    }
    if (damage == Damage.IO) {
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
        Path.of(where).resolve(DATABASE + ".mv.db").toString(),
        "workspace-corrupt",
        "expected a readable workspace database, but H2 reports: "
            + brief(e)
            + "; nothing was changed",
        "the file may be damaged or not a Parley workspace: keep a copy of the folder, and ingest"
            + " the documents again into another --workspace",
        e);
  }

  // ---------------------------------------------------------------- failures of the files

  /** What a failure of H2 or Lucene says about the workspace's files. */
  enum Damage {
    /** No space for a write: the disk is full, or a quota or file-size limit was reached. */
    FULL,
    /** A page of the database cannot be read back as it was written. */
    CORRUPT,
    /** Another input or output failure, or a store closed after an earlier one. */
    IO,
    /** Nothing about the files; a failure of Parley itself. */
    NONE
  }

  /** Returns what a failure says about the files: the exception chain's codes and messages. */
  static Damage damageOf(Throwable failure) {
    Damage found = Damage.NONE;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (NO_SPACE.stream().anyMatch(message::contains)) {
        return Damage.FULL;
      }
      if (found != Damage.NONE) {
        continue;
      }
      if (t instanceof MVStoreException m) {
        found =
            switch (m.getErrorCode()) {
              case DataUtils.ERROR_WRITING_FAILED, DataUtils.ERROR_CLOSED -> Damage.IO;
              default -> Damage.CORRUPT;
            };
      } else if (t instanceof CorruptIndexException) {
        found = Damage.CORRUPT;
      } else if (t instanceof SQLException sql) {
        found =
            switch (sql.getErrorCode()) {
              case ErrorCode.FILE_CORRUPTED_1,
                  ErrorCode.GENERAL_ERROR_1,
                  ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1,
                  ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2,
                  ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                  ErrorCode.COLUMN_NOT_FOUND_1 ->
                  Damage.CORRUPT;
              case ErrorCode.IO_EXCEPTION_1,
                  ErrorCode.IO_EXCEPTION_2,
                  ErrorCode.DATABASE_IS_CLOSED,
                  ErrorCode.FILE_CREATION_FAILED_1,
                  ErrorCode.FILE_RENAME_FAILED_2,
                  ErrorCode.FILE_DELETE_FAILED_1 ->
                  Damage.IO;
              default -> Damage.NONE;
            };
      } else if (t instanceof IOException || t instanceof AlreadyClosedException) {
        found = Damage.IO;
      }
    }
    return found;
  }

  private static WorkspaceException diskFull(
      String where, String doing, String kept, Throwable cause) {
    return new WorkspaceException(
        where,
        "workspace-disk-full",
        "expected to "
            + doing
            + ", but there is no space left for it ("
            + brief(cause)
            + "); "
            + kept,
        "free some space on that disk, or name a folder on another disk with --workspace, then run"
            + " the same command again: what is stored is kept, and an ingest skips it",
        cause);
  }

  /**
   * Returns the exception to throw for a failure while the workspace was open: a located diagnostic
   * when the files are at fault, else an internal error.
   *
   * @param doing what was being done, after "expected to"
   * @param kept what was kept, in the words the user needs
   */
  private RuntimeException failure(Exception e, String doing, String kept) {
    String dbFile = Path.of(where).resolve(DATABASE + ".mv.db").toString();
    return switch (damageOf(e)) {
      case FULL -> new UncheckedWorkspaceException(diskFull(where, doing, kept, e));
      case CORRUPT ->
          new UncheckedWorkspaceException(
              new WorkspaceException(
                  dbFile,
                  "workspace-corrupt",
                  "expected to "
                      + doing
                      + ", but part of the database file is damaged (H2: "
                      + brief(e)
                      + "); "
                      + kept,
                  "keep a copy of the folder, and ingest the documents again into another"
                      + " --workspace: the evidence is rebuilt from them",
                  e));
      case IO ->
          new UncheckedWorkspaceException(
              new WorkspaceException(
                  where,
                  "workspace-unwritable",
                  "expected to "
                      + doing
                      + ", but the file system failed ("
                      + brief(e)
                      + "); "
                      + kept,
                  "check the disk and the folder's permissions, then run the same command again",
                  e));
      case NONE ->
          new IllegalStateException(
              "expected the workspace at " + folder + " to " + doing + ", but it failed: " + e, e);
    };
  }

  /** Returns the first line of the innermost message of a failure, at most 300 characters. */
  private static String brief(Throwable failure) {
    Throwable inner = failure;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        inner = t;
      }
    }
    String message =
        inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
    String line = message.lines().findFirst().orElse("").strip();
    line = line.replaceFirst("; SQL statement:$", "");
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  private static WorkspaceException locked(String where, Exception e) {
    return new WorkspaceException(
        where,
        "workspace-locked",
        "expected to have the workspace to ourselves, but another process has it open",
        "wait for the other parley command to finish, or use another --workspace",
        e);
  }

  private static String describe(IOException e) {
    return switch (e) {
      case java.nio.file.NoSuchFileException n -> "there is no such file or folder: " + n.getFile();
      case java.nio.file.AccessDeniedException a -> "permission was denied: " + a.getFile();
      case java.nio.file.FileSystemException f when f.getReason() != null ->
          f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }

  private static void closeQuietly(Connection db, Exception cause) {
    try {
      db.close();
    } catch (SQLException x) {
      cause.addSuppressed(x);
    }
  }

  /** Returns the workspace folder, absolute. */
  public Path folder() {
    return folder;
  }

  /** Returns the part that keeps the prediction ledger's records (resolutions). */
  public LedgerStore ledger() {
    return ledger;
  }

  /** Returns the schema version the database has been migrated to. */
  public int schemaVersion() {
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\""
                    + " WHERE \"success\"")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Returns how many documents the index lacked when the workspace was opened and got back. */
  public int repairedOnOpen() {
    return repaired;
  }

  /** Returns what the workspace put right when it was opened (a rebuilt index), for printing. */
  public List<WorkspaceWarning> warnings() {
    return List.copyOf(warnings);
  }

  // ---------------------------------------------------------------- runs

  /**
   * Records the start of an ingestion run, committed at once with the status {@code running}: each
   * document {@link #store stored} for it then counts towards it, so a run that never reaches
   * {@link #finishRun} or {@link #interruptRun} still shows what it stored, as {@code interrupted},
   * when the workspace is next opened.
   */
  public RunId startRun(List<String> inputs, String extractor) {
    return runs.start(inputs, extractor);
  }

  /**
   * Records the end of a run: its counts and the diagnostics of what failed.
   *
   * @throws UncheckedWorkspaceException when the disk is full or the database damaged; the
   *     documents the run stored are kept, and the run shows as interrupted
   */
  public void finishRun(RunId run, RunCounts counts, List<IngestDiagnostic> diagnostics) {
    runs.end(run, "finished", counts, diagnostics);
  }

  /**
   * Records that a run stopped before its end (an error no document could be blamed for, an
   * interruption the process survived), with the counts and diagnostics so far; the documents it
   * stored stay stored. A run whose process was killed needs no call: the next open marks it.
   *
   * @throws UncheckedWorkspaceException when the disk is full or the database damaged; the
   *     documents the run stored are kept, and the run shows as interrupted
   */
  public void interruptRun(RunId run, RunCounts counts, List<IngestDiagnostic> diagnostics) {
    runs.end(run, "interrupted", counts, diagnostics);
  }

  /** Commits the index, reporting a failure of the disk as a diagnostic. */
  private void commitIndex(String kept) {
    try {
      index.commit();
      pendingIndex = 0;
    } catch (UncheckedIOException | AlreadyClosedException e) {
      throw failure(
          e,
          "write the search index",
          kept
              + " in the database, and the index is rebuilt from it when the workspace is next"
              + " opened");
    }
  }

  /** Returns every run, oldest first. */
  public List<IngestionRun> runs() {
    return runs.all();
  }

  // ---------------------------------------------------------------- documents

  /** Returns whether the workspace holds a document with this id. */
  public boolean contains(DocumentId id) {
    try {
      return isStored(id);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private boolean isStored(DocumentId id) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Stores a document and all its evidence in one transaction, unless the workspace already holds a
   * document with the same content.
   *
   * @return whether the document was stored; false when it was already present
   */
  public boolean store(DocumentEvidence evidence, RunId run) {
    Document d = evidence.document();
    String kept =
        d.origin()
            + " was not stored; the "
            + storedHere
            + " documents stored before it by this command, and those of earlier runs, are kept";
    try {
      if (isStored(d.id())) {
        return false;
      }
      insertDocument(d, run);
      insertActors(d.id(), evidence.actors(), evidence.items());
      insertEvidence(d, evidence.items());
      countStored(run);
      db.commit();
    } catch (SQLException e) {
      rollbackQuietly(e);
      if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
        return false;
      }
      throw failure(e, "store " + d.origin(), kept);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(e);
      throw e;
    }
    storedHere++;
    String indexKept = d.origin() + " is stored";
    try {
      index.add(
          d.id(), nonNull(d.metadata().title()), d.text(), IndexRepair.sentences(evidence.items()));
    } catch (UncheckedIOException | AlreadyClosedException e) {
      throw failure(
          e,
          "add " + d.origin() + " to the search index",
          indexKept
              + " in the database, and the index is rebuilt from it when the workspace is next"
              + " opened");
    }
    if (++pendingIndex >= INDEX_COMMIT_EVERY) {
      commitIndex(indexKept);
    }
    return true;
  }

  /** Counts a stored document towards its run, in the transaction that stores it. */
  private void countStored(RunId run) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "UPDATE ingestion_run SET documents_stored = documents_stored + 1 WHERE id = ?")) {
      st.setLong(1, run.value());
      st.executeUpdate();
    }
  }

  private void insertDocument(Document d, RunId run) throws SQLException {
    DocumentMetadata m = d.metadata();
    try (PreparedStatement st =
        db.prepareStatement(
            "INSERT INTO document (id, content_hash, origin, format, title, author, published,"
                + " outlet, url, language, body, blocks, ingested_at, run_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, d.id().value());
      st.setString(2, contentHash(d.text()));
      st.setString(3, d.origin());
      st.setString(4, d.format().name());
      st.setString(5, m.title());
      st.setString(6, m.author());
      st.setObject(7, m.published());
      st.setString(8, m.outlet());
      st.setString(9, m.url());
      st.setString(10, m.language());
      st.setString(11, d.text());
      st.setString(12, blocksJson(d.blocks()));
      st.setObject(13, now());
      st.setLong(14, run.value());
      st.executeUpdate();
    }
  }

  private void insertActors(DocumentId id, List<FoundActor> actors, List<ExtractedItem> items)
      throws SQLException {
    Map<String, StringBuilder> mentions = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    List<ActorMention> mentionItems = new ArrayList<>();
    List<Integer> ordinals = new ArrayList<>();
    for (int ordinal = 0; ordinal < items.size(); ordinal++) {
      if (items.get(ordinal) instanceof ActorMention m) {
        mentionItems.add(m);
        ordinals.add(ordinal);
      }
    }
    List<String> payloads = EvidenceJson.payloads(mentionItems);
    for (int i = 0; i < mentionItems.size(); i++) {
      ActorMention m = mentionItems.get(i);
      StringBuilder json = mentions.computeIfAbsent(m.actor().value(), k -> new StringBuilder());
      json.append(json.length() == 0 ? "" : ",")
          .append("{\"ordinal\":")
          .append(ordinals.get(i))
          .append(',')
          .append(payloads.get(i).substring(1));
      counts.merge(m.actor().value(), 1, Integer::sum);
    }
    List<Object[]> rows = new ArrayList<>();
    int ordinal = 0;
    for (FoundActor a : actors) {
      StringBuilder json = mentions.remove(a.id().value());
      rows.add(
          new Object[] {
            id.value(),
            ordinal++,
            a.id().value(),
            a.name(),
            a.kind().name(),
            a.code(),
            a.affiliation() == null ? null : a.affiliation().value(),
            a.known(),
            EvidenceJson.actorJson(a),
            counts.getOrDefault(a.id().value(), 0),
            "[" + (json == null ? "" : json) + "]"
          });
    }
    if (!mentions.isEmpty()) {
      throw new IllegalArgumentException(
          "expected every mentioned actor among the document's actors, but "
              + mentions.keySet()
              + " are not");
    }
    insertRows(
        "INSERT INTO document_actor (document_id, ordinal, actor_id, name, kind, code,"
            + " affiliation, known, actor, mention_count, items) VALUES ",
        rows);
  }

  private static final int ROWS_PER_INSERT = 64;

  private void insertEvidence(Document d, List<ExtractedItem> items) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    List<ExtractedItem> others = new ArrayList<>();
    for (ExtractedItem item : items) {
      if (!(item instanceof ActorMention)) {
        others.add(item);
      }
    }
    List<String> payloads = EvidenceJson.payloads(others);
    int next = 0;
    for (int ordinal = 0; ordinal < items.size(); ordinal++) {
      ExtractedItem item = items.get(ordinal);
      if (item instanceof ActorMention) {
        continue;
      }
      Columns c = Columns.of(item);
      TextSpan span = item.provenance().span();
      TextSpan sentence = item.provenance().sentence();
      rows.add(
          new Object[] {
            d.id().value(),
            ordinal,
            EvidenceType.of(item).label(),
            c.actor(),
            c.target(),
            c.actors(),
            c.issue(),
            c.action(),
            c.mode(),
            c.factual(),
            span.start(),
            span.end(),
            sentence.start(),
            sentence.end(),
            item.provenance().extractor(),
            item.provenance().extractorVersion(),
            item.provenance().confidence(),
            payloads.get(next++)
          });
    }
    insertRows(
        "INSERT INTO evidence (document_id, ordinal, type, actor, target, actors, issue, action,"
            + " mode, factual, span_start, span_end, sentence_start, sentence_end,"
            + " extractor, extractor_version, confidence, payload) VALUES ",
        rows);
  }

  /** Inserts rows with multi-row VALUES statements, which H2 runs much faster than a batch. */
  private void insertRows(String head, List<Object[]> rows) throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      int width = chunk.get(0).length;
      StringBuilder sql = new StringBuilder(head);
      String tuple = "(" + "?, ".repeat(width - 1) + "?)";
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(tuple);
      }
      try (PreparedStatement st = db.prepareStatement(sql.toString())) {
        int p = 1;
        for (Object[] row : chunk) {
          for (Object value : row) {
            st.setObject(p++, value);
          }
        }
        st.executeUpdate();
      }
    }
  }

  /** Returns a stored document, rebuilt from its row. */
  public Optional<Document> document(DocumentId id) {
    try (PreparedStatement st =
        db.prepareStatement(
            "SELECT origin, format, title, author, published, outlet, url, language, body, blocks"
                + " FROM document WHERE id = ?")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String body = rs.getString(9);
        return Optional.of(
            new Document(
                id,
                rs.getString(1),
                SourceFormat.valueOf(rs.getString(2)),
                body,
                parseBlocks(rs.getString(10)),
                new DocumentMetadata(
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8))));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Returns the ids of every stored document, in id order. */
  public List<DocumentId> documentIds() {
    List<DocumentId> ids = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT id FROM document ORDER BY id")) {
      while (rs.next()) {
        ids.add(new DocumentId(rs.getString(1)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return ids;
  }

  /** Returns the actors a stored document mentions, in order of first mention. */
  public List<FoundActor> actors(DocumentId id) {
    List<FoundActor> actors = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "SELECT actor FROM document_actor WHERE document_id = ? ORDER BY ordinal")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          actors.add(EvidenceJson.readActor(rs.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return actors;
  }

  /** Returns how many documents the workspace holds. */
  public int documentCount() {
    return count("SELECT COUNT(*) FROM document");
  }

  /** Returns how many evidence items of each type the workspace holds (zero types included). */
  public Map<EvidenceType, Integer> evidenceCounts() {
    Map<EvidenceType, Integer> counts = new EnumMap<>(EvidenceType.class);
    for (EvidenceType t : EvidenceType.values()) {
      counts.put(t, 0);
    }
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT type, COUNT(*) FROM evidence GROUP BY type")) {
      while (rs.next()) {
        EvidenceType.parse(rs.getString(1)).ifPresent(t -> counts.put(t, countOf(rs)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    counts.put(
        EvidenceType.MENTION, count("SELECT COALESCE(SUM(mention_count), 0) FROM document_actor"));
    return counts;
  }

  private static int countOf(ResultSet rs) {
    try {
      return rs.getInt(2);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the evidence a query selects, as {@link #search} does, for a query built by code: a
   * search text the index cannot run is a programming error here.
   *
   * @throws IllegalArgumentException when the query's search text is refused (see {@link #search})
   */
  public List<StoredEvidence> find(EvidenceQuery query) {
    try {
      return search(query);
    } catch (SearchException e) {
      throw new IllegalArgumentException(
          "expected a search the index can run, but found: " + e.format("search"), e);
    }
  }

  /**
   * Returns the evidence a query selects: in document date order (undated last), then document and
   * position; with a search, best match first. A search with no word the index holds (only stop
   * words such as "the" or "and") selects nothing.
   *
   * @throws SearchException when the query's search text has more terms than a search may have or,
   *     read as a Lucene query, is malformed or nested too deep
   */
  public List<StoredEvidence> search(EvidenceQuery query) throws SearchException {
    return searchPage(query).items();
  }

  /**
   * Returns the evidence a query selects, as {@link #search} does, with the number of items the
   * query selects before its limit.
   *
   * @throws SearchException as {@link #search} does
   */
  public EvidencePage searchPage(EvidenceQuery query) throws SearchException {
    Map<String, Integer> rank = null;
    Set<String> hitDocuments = null;
    if (query.search() != null && !query.search().isBlank()) {
      Query parsed = index.parse(query.search(), query.searchSyntax());
      if (parsed == null) {
        return new EvidencePage(List.of(), 0);
      }
      rank = new HashMap<>();
      hitDocuments = new TreeSet<>();
      for (LuceneSearchIndex.SentenceHit hit : searchIndex(parsed)) {
        rank.putIfAbsent(hit.document() + "@" + hit.start() + "-" + hit.end(), rank.size());
        hitDocuments.add(hit.document());
      }
      if (hitDocuments.isEmpty()) {
        return new EvidencePage(List.of(), 0);
      }
    }
    Set<String> actorIds = query.actor() == null ? null : actorIds(query.actor());
    List<Found> found = new ArrayList<>();
    Map<String, String> bodies = new HashMap<>();
    long total = 0;
    try {
      Set<EvidenceType> others = EnumSet.noneOf(EvidenceType.class);
      others.addAll(query.types());
      others.remove(EvidenceType.MENTION);
      boolean mentions =
          query.types().contains(EvidenceType.MENTION)
              && query.issue() == null
              && query.action() == null;
      if (!others.isEmpty()) {
        findItems(query, others, actorIds, hitDocuments, rank, bodies, found);
        if (rank == null) {
          total += countItems(query, others, actorIds);
        }
      }
      if (mentions) {
        findMentions(query, actorIds, hitDocuments, rank, bodies, found);
        if (rank == null) {
          total += countMentions(query, actorIds);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    if (rank != null) {
      // with search text every match is gathered before the limit
      total = found.size();
    }
    Comparator<Found> order =
        rank != null
            ? Comparator.comparingInt(Found::rank)
                .thenComparing(f -> f.evidence().citation().document())
                .thenComparingInt(Found::ordinal)
            : Comparator.comparing(
                    (Found f) -> f.evidence().citation().published(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(f -> f.evidence().citation().document())
                .thenComparingInt(Found::ordinal);
    found.sort(order);
    List<StoredEvidence> out = new ArrayList<>();
    for (int i = 0; i < found.size() && out.size() < query.limit(); i++) {
      out.add(found.get(i).evidence());
    }
    return new EvidencePage(out, Math.max(total, out.size()));
  }

  private List<LuceneSearchIndex.SentenceHit> searchIndex(Query parsed) throws SearchException {
    try {
      return index.searchSentences(parsed, 10_000);
    } catch (UncheckedIOException | AlreadyClosedException e) {
      throw new UncheckedWorkspaceException(
          new WorkspaceException(
              Path.of(where).resolve(INDEX).toString(),
              damageOf(e) == Damage.FULL ? "workspace-disk-full" : "workspace-unwritable",
              "expected to read the search index, but " + brief(e) + "; nothing was changed",
              "run the command again: an index that cannot be read is rebuilt from the database"
                  + " when the workspace opens",
              e));
    }
  }

  /** An item found by a query, with what orders it. */
  private record Found(StoredEvidence evidence, int ordinal, int rank) {}

  private void findItems(
      EvidenceQuery query,
      Set<EvidenceType> types,
      @Nullable Set<String> actorIds,
      @Nullable Set<String> hitDocuments,
      @Nullable Map<String, Integer> rank,
      Map<String, String> bodies,
      List<Found> found)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.document_id, e.ordinal, e.payload, d.origin, d.outlet, d.title,"
                + " d.published, d.url, e.span_start, e.span_end, e.sentence_start,"
                + " e.sentence_end, d.author");
    itemsWhere(query, types, actorIds, hitDocuments, sql, args);
    sql.append(" ORDER BY d.published NULLS LAST, e.document_id, e.ordinal");
    if (rank == null) {
      sql.append(" LIMIT ").append(query.limit());
    }
    try (PreparedStatement st = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ExtractedItem item = EvidenceJson.readItem(rs.getString(3));
          add(item, rs.getString(1), rs.getInt(2), citationFields(rs), rank, bodies, found);
        }
      }
    }
  }

  /** Appends the FROM and WHERE clauses that select the stored items a query asks for. */
  private static void itemsWhere(
      EvidenceQuery query,
      Set<EvidenceType> types,
      @Nullable Set<String> actorIds,
      @Nullable Set<String> hitDocuments,
      StringBuilder sql,
      List<Object> args) {
    sql.append(" FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.type");
    in(sql, args, new TreeSet<>(types.stream().map(EvidenceType::label).toList()));
    if (query.issue() != null) {
      sql.append(" AND LOWER(e.issue) = ?");
      args.add(query.issue().toLowerCase(Locale.ROOT));
    }
    if (query.action() != null) {
      sql.append(" AND LOWER(e.action) = ?");
      args.add(query.action().toLowerCase(Locale.ROOT));
    }
    dates(query, sql, args);
    if (actorIds != null) {
      String sep = " AND (";
      for (String id :
          new TreeSet<>(actorIds.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList())) {
        sql.append(sep).append("e.actors LIKE ? ESCAPE '\\'");
        args.add("%|" + id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%");
        sep = " OR ";
      }
      sql.append(')');
    }
    if (hitDocuments != null) {
      sql.append(" AND e.document_id");
      in(sql, args, hitDocuments);
    }
  }

  /** Returns how many stored items (not mentions) a query without search text selects. */
  private long countItems(
      EvidenceQuery query, Set<EvidenceType> types, @Nullable Set<String> actorIds)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
    itemsWhere(query, types, actorIds, null, sql, args);
    return single(sql, args);
  }

  /** Returns how many actor mentions a query without search text selects. */
  private long countMentions(EvidenceQuery query, @Nullable Set<String> actorIds)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT COALESCE(SUM(da.mention_count), 0) FROM document_actor da"
                + " JOIN document d ON d.id = da.document_id WHERE da.mention_count > 0");
    dates(query, sql, args);
    if (actorIds != null) {
      sql.append(" AND da.actor_id");
      in(sql, args, actorIds);
    }
    return single(sql, args);
  }

  private long single(StringBuilder sql, List<Object> args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private void findMentions(
      EvidenceQuery query,
      @Nullable Set<String> actorIds,
      @Nullable Set<String> hitDocuments,
      @Nullable Map<String, Integer> rank,
      Map<String, String> bodies,
      List<Found> found)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT da.document_id, da.items, d.origin, d.outlet, d.title, d.published, d.url,"
                + " d.author FROM document_actor da JOIN document d ON d.id = da.document_id"
                + " WHERE da.mention_count > 0");
    List<Object> args = new ArrayList<>();
    dates(query, sql, args);
    if (actorIds != null) {
      sql.append(" AND da.actor_id");
      in(sql, args, actorIds);
    }
    if (hitDocuments != null) {
      sql.append(" AND da.document_id");
      in(sql, args, hitDocuments);
    }
    sql.append(" ORDER BY d.published NULLS LAST, da.document_id, da.ordinal");
    int before = found.size();
    String current = null;
    try (PreparedStatement st = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String doc = rs.getString(1);
          if (rank == null && !doc.equals(current) && found.size() - before >= query.limit()) {
            break;
          }
          current = doc;
          Object[] cite = {
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getObject(6, LocalDate.class),
            rs.getString(7),
            rs.getString(8)
          };
          for (JsonNode m : MAPPER.readTree(rs.getString(2))) {
            ExtractedItem item = EvidenceJson.readItem(m);
            add(item, doc, m.get("ordinal").asInt(), cite, rank, bodies, found);
          }
        }
      }
    }
  }

  private static Object[] citationFields(ResultSet rs) throws SQLException {
    return new Object[] {
      rs.getString(4),
      rs.getString(5),
      rs.getString(6),
      rs.getObject(7, LocalDate.class),
      rs.getString(8),
      rs.getString(13)
    };
  }

  private void add(
      ExtractedItem item,
      String doc,
      int ordinal,
      Object[] cite,
      @Nullable Map<String, Integer> rank,
      Map<String, String> bodies,
      List<Found> found) {
    TextSpan sentence = item.provenance().sentence();
    int r = 0;
    if (rank != null) {
      Integer hit = rank.get(doc + "@" + sentence.start() + "-" + sentence.end());
      if (hit == null) {
        return;
      }
      r = hit;
    }
    String body = bodies.computeIfAbsent(doc, this::body);
    DocumentId id = new DocumentId(doc);
    found.add(
        new Found(
            new StoredEvidence(
                StoredEvidence.idOf(id, ordinal),
                item,
                sentence.end() <= body.length() ? sentence.of(body) : "",
                new Citation(
                    id,
                    (String) cite[0],
                    (String) cite[1],
                    (String) cite[2],
                    (LocalDate) cite[3],
                    (String) cite[4],
                    item.provenance().span(),
                    profile(doc, cite, body))),
            ordinal,
            r));
  }

  private static void dates(EvidenceQuery query, StringBuilder sql, List<Object> args) {
    if (query.since() != null) {
      sql.append(" AND d.published >= ?");
      args.add(query.since());
    }
    if (query.until() != null) {
      sql.append(" AND d.published <= ?");
      args.add(query.until());
    }
  }

  private static void in(StringBuilder sql, List<Object> args, Collection<String> values) {
    sql.append(" IN (");
    String sep = "";
    for (String v : values) {
      sql.append(sep).append('?');
      args.add(v);
      sep = ", ";
    }
    sql.append(')');
  }

  /** Returns the actor ids a name or id (case ignored) stands for in the stored documents. */
  private Set<String> actorIds(String actor) {
    String key = actor.strip();
    Set<String> ids =
        new TreeSet<>(List.of(key, key.toLowerCase(Locale.ROOT), key.toUpperCase(Locale.ROOT)));
    try (PreparedStatement st =
        db.prepareStatement(
            "SELECT DISTINCT actor_id FROM document_actor"
                + " WHERE LOWER(actor_id) = ? OR LOWER(name) = ?")) {
      st.setString(1, key.toLowerCase(Locale.ROOT));
      st.setString(2, key.toLowerCase(Locale.ROOT));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return ids;
  }

  /**
   * Returns the ids among {@code ids} that name no item the workspace holds, in the order given: an
   * id is a document id, "#", and the item's position among the document's items, as {@link
   * StoredEvidence#id()} gives it (actor mentions included).
   */
  public List<String> unknownEvidence(Collection<String> ids) {
    List<String> unknown = new ArrayList<>();
    try (PreparedStatement item =
            db.prepareStatement("SELECT 1 FROM evidence WHERE document_id = ? AND ordinal = ?");
        PreparedStatement mentions =
            db.prepareStatement("SELECT items FROM document_actor WHERE document_id = ?")) {
      for (String id : ids) {
        if (!holds(id, item, mentions)) {
          unknown.add(id);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return unknown;
  }

  private static boolean holds(String id, PreparedStatement item, PreparedStatement mentions)
      throws SQLException {
    int hash = id.lastIndexOf('#');
    if (hash <= 0 || hash == id.length() - 1) {
      return false;
    }
    int ordinal;
    try {
      ordinal = Integer.parseInt(id.substring(hash + 1));
    } catch (NumberFormatException e) {
      return false;
    }
    String document = id.substring(0, hash);
    item.setString(1, document);
    item.setInt(2, ordinal);
    try (ResultSet rs = item.executeQuery()) {
      if (rs.next()) {
        return true;
      }
    }
    mentions.setString(1, document);
    try (ResultSet rs = mentions.executeQuery()) {
      while (rs.next()) {
        for (JsonNode m : MAPPER.readTree(rs.getString(1))) {
          if (m.path("ordinal").asInt(-1) == ordinal) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns a document's source profile, read from what ingestion stored about it with the standard
   * source rules; cached per document, as a stored document does not change.
   */
  private SourceProfile profile(String doc, Object[] cite, String body) {
    return profiles.computeIfAbsent(
        doc,
        d -> {
          String url = (String) cite[4];
          return SourceProfiles.rules()
              .profile(
                  new SourceRules.Fields(
                      (String) cite[2],
                      url != null ? url : (String) cite[0],
                      (String) cite[1],
                      (String) cite[5],
                      body),
                  cite[3] != null);
        });
  }

  private String body(String documentId) {
    try (PreparedStatement st = db.prepareStatement("SELECT body FROM document WHERE id = ?")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Returns the documents whose title, or a sentence that carries evidence, contain every word of a
   * search read literally, best first.
   *
   * @throws IllegalArgumentException when the search has more words than a search may have
   */
  public List<DocumentHit> searchDocuments(String query, int max) {
    try {
      return searchDocuments(query, SearchSyntax.LITERAL, max);
    } catch (SearchException e) {
      throw new IllegalArgumentException(
          "expected a search the index can run, but found: " + e.format("search"), e);
    }
  }

  /**
   * Returns the documents whose title, or a sentence that carries evidence, match a search read
   * with the given syntax, best first.
   *
   * @throws SearchException when the search is refused, as {@link #search} says
   */
  public List<DocumentHit> searchDocuments(String query, SearchSyntax syntax, int max)
      throws SearchException {
    Query parsed = index.parse(query, syntax);
    return parsed == null ? List.of() : index.searchDocuments(parsed, max);
  }

  // ---------------------------------------------------------------- helpers

  private int count(String sql) {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
  }

  private RuntimeException rollback(SQLException e, String doing, String kept) {
    rollbackQuietly(e);
    return failure(e, doing, kept);
  }

  private void rollbackQuietly(Throwable cause) {
    try {
      db.rollback();
    } catch (SQLException | RuntimeException x) {
      cause.addSuppressed(x);
    }
  }

  /** The failure of a read, which changes nothing. */
  private RuntimeException failure(SQLException e) {
    return failure(e, "read the workspace database", "nothing was changed");
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** Returns the SHA-256 of a body exactly as stored (UTF-8), in hex: the row's checksum. */
  static String contentHash(String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  private static String blocksJson(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder("[");
    for (TextBlock b : blocks) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append('[')
          .append(b.span().start())
          .append(',')
          .append(b.span().end())
          .append(",\"")
          .append(b.kind().name())
          .append("\"]");
    }
    return out.append(']').toString();
  }

  private static List<TextBlock> parseBlocks(String json) {
    List<TextBlock> blocks = new ArrayList<>();
    String inner = json.strip();
    inner = inner.substring(1, inner.length() - 1);
    if (inner.isBlank()) {
      return blocks;
    }
    for (String part : inner.split("\\],\\[", -1)) {
      String[] f = part.replace("[", "").replace("]", "").replace("\"", "").split(",", -1);
      blocks.add(
          new TextBlock(
              new TextSpan(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip())),
              BlockKind.valueOf(f[2].strip())));
    }
    return blocks;
  }

  @Override
  public void close() throws WorkspaceException {
    Exception failure = null;
    try {
      index.close();
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    try {
      db.close();
    } catch (SQLException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      String kept =
          "every document whose store returned is kept in the database, and the search index is"
              + " rebuilt from it when the workspace is next opened";
      if (damageOf(failure) == Damage.FULL) {
        throw diskFull(where, "close the workspace", kept, failure);
      }
      throw new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected the workspace to close cleanly, but " + brief(failure) + "; " + kept,
          "check the disk space and the folder's permissions",
          failure);
    }
  }

  /** The filtered columns of one item other than a mention: who, to whom, on what, which action. */
  private record Columns(
      @Nullable String actor,
      @Nullable String target,
      String actors,
      @Nullable String issue,
      @Nullable String action,
      @Nullable String mode,
      boolean factual) {
    static Columns of(ExtractedItem item) {
      return switch (item) {
        case ActorMention m ->
            new Columns(m.actor().value(), null, bars(List.of(m.actor())), null, null, null, true);
        case Quote q ->
            new Columns(
                q.speaker() == null ? null : q.speaker().value(),
                null,
                bars(q.speaker() == null ? List.of() : List.of(q.speaker())),
                null,
                null,
                null,
                !q.scareQuote());
        case EventMention e -> {
          List<ActorId> all = new ArrayList<>(e.sources());
          all.addAll(e.targets());
          yield new Columns(
              e.sources().get(0).value(),
              e.targets().isEmpty() ? null : e.targets().get(0).value(),
              bars(all),
              e.issue() == null ? null : e.issue().value(),
              e.action().label(),
              e.plover() == null
                  ? null
                  : e.plover().name() + (e.mode() == null ? "" : "/" + e.mode()),
              e.isFactual());
        }
        case PositionClaim p ->
            new Columns(
                p.actor().value(),
                null,
                bars(List.of(p.actor())),
                p.issue().value(),
                verb(p.stance()),
                p.option(),
                true);
        case Prediction p ->
            new Columns(
                p.who().value(), null, bars(List.of(p.who())), null, "predict", p.horizon(), true);
        case NumberMention n -> new Columns(null, null, "|", null, null, n.unit(), true);
      };
    }

    /** Returns actor ids as {@code |a|b|}, lower-cased, so that LIKE '%|a|%' finds each. */
    private static String bars(List<ActorId> ids) {
      StringBuilder out = new StringBuilder("|");
      for (ActorId id : new LinkedHashSet<>(ids)) {
        out.append(id.value().toLowerCase(Locale.ROOT)).append('|');
      }
      return out.toString();
    }

    /** Returns a stance as the verb that events use, so one --action finds both. */
    private static String verb(Stance stance) {
      return switch (stance) {
        case DEMANDS -> "demand";
        case REJECTS -> "reject";
        case PROPOSES -> "propose";
        case ACCEPTS -> "accept";
        case RED_LINE -> "red_line";
      };
    }
  }
}
