package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.store.evidence.EvidencePage;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.evidence.StoredEvidence;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 *
 * <p>This class is a façade over parts with one job each: {@code WorkspaceOpener} (the files,
 * Flyway's migrations, the lock), {@link RunLog} (the runs), {@code DocumentWriter} (storing
 * documents), {@code StoredDocuments} (reading them back), {@code EvidenceFinder} (queries), {@link
 * IndexRepair} (the index against the database) and {@link LedgerStore} (the ledger's records);
 * {@code WorkspaceErrors} words their failures alike.
 */
public final class Workspace implements AutoCloseable {
  /** The folder a workspace lives in unless another is given, relative to the working directory. */
  public static final String DEFAULT_FOLDER = ".parley";

  /** The schema version this build migrates a workspace to. */
  public static final int SCHEMA_VERSION = WorkspaceOpener.SCHEMA_VERSION;

  private final Path folder;
  private final String where;
  private final Clock clock;
  private final Connection db;
  private final LuceneSearchIndex index;
  private final int repaired;
  private final List<WorkspaceWarning> warnings = new ArrayList<>();
  private final LedgerStore ledger;
  private final RunLog runs;
  private final DocumentWriter writer;
  private final StoredDocuments documents;
  private final EvidenceFinder finder;

  private Workspace(WorkspaceOpener.Opened opened, Clock clock) throws SQLException {
    this.folder = opened.dir();
    this.where = opened.where();
    this.clock = clock;
    this.db = opened.db();
    this.index = opened.index();
    StoreFailures failures =
        new StoreFailures() {
          @Override
          public RuntimeException read(SQLException e) {
            return failure(e, "read the workspace database", "nothing was changed");
          }

          @Override
          public RuntimeException write(SQLException e, String doing, String kept) {
            rollbackQuietly(e);
            return failure(e, doing, kept);
          }

          @Override
          public RuntimeException of(Exception e, String doing, String kept) {
            return failure(e, doing, kept);
          }
        };
    this.ledger = new LedgerStore(db, this::now, failures);
    this.writer = new DocumentWriter(db, index, failures, this::now);
    this.documents = new StoredDocuments(db, failures);
    this.finder = new EvidenceFinder(db, index, where, failures);
    this.runs =
        new RunLog(
            db,
            this::now,
            failures,
            () -> writer.commitIndex("the documents this run stored are kept"));
    RunLog.markInterrupted(db);
    this.repaired =
        new IndexRepair(db, index, documents::documentIds, id -> document(id).orElseThrow())
            .repair();
    String indexWhere = Path.of(where).resolve(WorkspaceOpener.INDEX).toString();
    Exception damage = opened.indexDamage();
    if (damage != null) {
      warnings.add(
          new WorkspaceWarning(
              indexWhere,
              "workspace-index-rebuilt",
              "expected a readable search index, but "
                  + WorkspaceErrors.brief(damage)
                  + "; it was deleted and rebuilt from the database ("
                  + documentCount()
                  + " documents)",
              "nothing to do: searches use the rebuilt index; if this happens again, check the"
                  + " disk for errors"));
    } else if (!opened.indexExisted() && repaired > 0) {
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

  /** Returns whether a folder holds a workspace (its database file exists). */
  public static boolean exists(Path folder) {
    return WorkspaceOpener.exists(folder);
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
    WorkspaceOpener.Opened opened = WorkspaceOpener.open(folder);
    try {
      return new Workspace(opened, clock);
    } catch (SQLException | RuntimeException e) {
      Exception thrown = WorkspaceOpener.abandon(opened, e);
      if (thrown instanceof WorkspaceException w) {
        throw w;
      }
      throw (RuntimeException) thrown;
    }
  }

  /**
   * Returns the error for a folder that holds no workspace, for commands that only read one.
   *
   * @param folder the folder that was named
   */
  public static WorkspaceException missing(Path folder) {
    return WorkspaceOpener.missing(folder);
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
    try {
      return WorkspaceOpener.schemaVersion(db);
    } catch (SQLException e) {
      throw failure(e, "read the workspace database", "nothing was changed");
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

  /** Returns every run, oldest first. */
  public List<IngestionRun> runs() {
    return runs.all();
  }

  // ---------------------------------------------------------------- documents

  /** Returns whether the workspace holds a document with this id. */
  public boolean contains(DocumentId id) {
    try {
      return writer.isStored(id);
    } catch (SQLException e) {
      throw failure(e, "read the workspace database", "nothing was changed");
    }
  }

  /**
   * Stores a document and all its evidence in one transaction, unless the workspace already holds a
   * document with the same content.
   *
   * @return whether the document was stored; false when it was already present
   */
  public boolean store(DocumentEvidence evidence, RunId run) {
    return writer.store(evidence, run);
  }

  /** Returns a stored document, rebuilt from its row. */
  public Optional<Document> document(DocumentId id) {
    return documents.document(id);
  }

  /** Returns the ids of every stored document, in id order. */
  public List<DocumentId> documentIds() {
    return documents.documentIds();
  }

  /** Returns the actors a stored document mentions, in order of first mention. */
  public List<FoundActor> actors(DocumentId id) {
    return documents.actors(id);
  }

  /** Returns how many documents the workspace holds. */
  public int documentCount() {
    return documents.documentCount();
  }

  /** Returns how many evidence items of each type the workspace holds (zero types included). */
  public Map<EvidenceType, Integer> evidenceCounts() {
    return documents.evidenceCounts();
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the evidence a query selects, as {@link #search} does, for a query built by code: a
   * search text the index cannot run is a programming error here.
   *
   * @throws IllegalArgumentException when the query's search text is refused (see {@link #search})
   */
  public List<StoredEvidence> find(EvidenceQuery query) {
    return finder.find(query);
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
    return finder.search(query);
  }

  /**
   * Returns the evidence a query selects, as {@link #search} does, with the number of items the
   * query selects before its limit.
   *
   * @throws SearchException as {@link #search} does
   */
  public EvidencePage searchPage(EvidenceQuery query) throws SearchException {
    return finder.searchPage(query);
  }

  /**
   * Returns the ids among {@code ids} that name no item the workspace holds, in the order given: an
   * id is a document id, "#", and the item's position among the document's items, as {@link
   * StoredEvidence#id()} gives it (actor mentions included).
   */
  public List<String> unknownEvidence(Collection<String> ids) {
    return finder.unknownEvidence(ids);
  }

  /**
   * Returns the documents whose title, or a sentence that carries evidence, contain every word of a
   * search read literally, best first.
   *
   * @throws IllegalArgumentException when the search has more words than a search may have
   */
  public List<DocumentHit> searchDocuments(String query, int max) {
    return finder.searchDocuments(query, max);
  }

  /**
   * Returns the documents whose title, or a sentence that carries evidence, match a search read
   * with the given syntax, best first.
   *
   * @throws SearchException when the search is refused, as {@link #search} says
   */
  public List<DocumentHit> searchDocuments(String query, SearchSyntax syntax, int max)
      throws SearchException {
    return finder.searchDocuments(query, syntax, max);
  }

  // ---------------------------------------------------------------- helpers

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
  }

  private RuntimeException failure(Exception e, String doing, String kept) {
    return WorkspaceErrors.failure(where, folder, e, doing, kept);
  }

  private void rollbackQuietly(Throwable cause) {
    try {
      db.rollback();
    } catch (SQLException | RuntimeException x) {
      cause.addSuppressed(x);
    }
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
      if (FileDamage.of(failure) == FileDamage.FULL) {
        throw WorkspaceErrors.diskFull(where, "close the workspace", kept, failure);
      }
      throw new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected the workspace to close cleanly, but "
              + WorkspaceErrors.brief(failure)
              + "; "
              + kept,
          "check the disk space and the folder's permissions",
          failure);
    }
  }
}
