package dev.parley.store.workspace;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.Stance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentIds;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.store.evidence.Citation;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import java.io.IOException;
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
import java.util.EnumMap;
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
import org.apache.lucene.store.LockObtainFailedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;

/**
 * A workspace: the documents Parley has ingested, their evidence and the ingestion runs, in an
 * embedded H2 database ({@code workspace.mv.db}) with a Lucene index ({@code index/}) beside it, in
 * one folder ({@value #DEFAULT_FOLDER} by default). It is created on first use and migrated to the
 * current schema by Flyway whenever it is opened.
 *
 * <p>Storing is idempotent and transactional per document: a document is identified by its content
 * ({@link DocumentIds}), so storing the same content again changes nothing, and a document with all
 * its evidence is committed in one transaction, so a run that stops half-way keeps every document
 * it had stored. The index is derived from the database and repaired from it on open.
 *
 * <p>One process at a time: H2 locks the database file, and a second process gets a {@code
 * workspace-locked} error. An instance is for one thread.
 */
public final class Workspace implements AutoCloseable {
  /** The folder a workspace lives in unless another is given, relative to the working directory. */
  public static final String DEFAULT_FOLDER = ".parley";

  /** The schema version this build migrates a workspace to. */
  public static final int SCHEMA_VERSION = 1;

  private static final String DATABASE = "workspace";
  private static final String INDEX = "index";
  private static final int INDEX_COMMIT_EVERY = 500;
  private static final int MAX_DISPLAY_TEXT = 20_000;

  /*
   * Why the settings below:
   * 1. WRITE_DELAY=0: H2 otherwise writes committed transactions to the file up to 500 ms later, so
   *    a killed process would lose documents it had committed. With 0, a commit reaches the file
   *    (the OS cache) before store() returns.
   * 2. The index is committed every INDEX_COMMIT_EVERY documents and on close, not per document:
   *    a Lucene commit fsyncs, and the database is the record anyway (see the class comment).
   */

  private final Path folder;
  private final Clock clock;
  private final Connection db;
  private final LuceneSearchIndex index;
  private final int repaired;
  private int pendingIndex;

  private Workspace(Path folder, Clock clock, Connection db, LuceneSearchIndex index)
      throws SQLException {
    this.folder = folder;
    this.clock = clock;
    this.db = db;
    this.index = index;
    markInterruptedRuns();
    this.repaired = repairIndex();
  }

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
    LuceneSearchIndex index;
    try {
      index = new LuceneSearchIndex(dir.resolve(INDEX));
    } catch (LockObtainFailedException e) {
      closeQuietly(db, e);
      throw locked(where, e);
    } catch (IOException e) {
      closeQuietly(db, e);
      throw new WorkspaceException(
          where,
          "workspace-unwritable",
          "expected to open the search index, but " + describe(e),
          "delete the index folder inside the workspace; it is rebuilt from the database",
          e);
    }
    try {
      return new Workspace(dir, clock, db, index);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(db, e);
      try {
        index.close();
      } catch (IOException x) {
        e.addSuppressed(x);
      }
      if (e instanceof SQLException sql) {
        throw databaseProblem(where, sql);
      }
      throw (RuntimeException) e;
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
    return new WorkspaceException(
        where,
        "workspace-corrupt",
        "expected a readable workspace database, but H2 reports: " + e.getMessage(),
        "the file may be damaged or not a Parley workspace; use another --workspace",
        e);
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
    return e.getClass().getSimpleName() + ": " + e.getMessage();
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

  // ---------------------------------------------------------------- runs

  /** Records the start of an ingestion run. */
  public RunId startRun(List<String> inputs, String extractor) {
    try (PreparedStatement st =
        db.prepareStatement(
            "INSERT INTO ingestion_run (started_at, status, inputs, extractor)"
                + " VALUES (?, 'running', ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      st.setObject(1, now());
      st.setString(2, String.join("\n", inputs));
      st.setString(3, extractor);
      st.executeUpdate();
      long id;
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      db.commit();
      return new RunId(id);
    } catch (SQLException e) {
      throw rollback(e);
    }
  }

  /** Records the end of a run: its counts and the diagnostics of what failed. */
  public void finishRun(RunId run, RunCounts counts, List<IngestDiagnostic> diagnostics) {
    try (PreparedStatement st =
            db.prepareStatement(
                "UPDATE ingestion_run SET finished_at = ?, status = 'finished',"
                    + " documents_read = ?, documents_stored = ?, skipped_duplicate = ?,"
                    + " skipped_present = ?, failed = ? WHERE id = ?");
        PreparedStatement diag =
            db.prepareStatement(
                "INSERT INTO run_diagnostic (run_id, ordinal, file, line, col, entry, code,"
                    + " message, hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setObject(1, now());
      st.setInt(2, counts.read());
      st.setInt(3, counts.stored());
      st.setInt(4, counts.duplicates());
      st.setInt(5, counts.alreadyPresent());
      st.setInt(6, counts.failed());
      st.setLong(7, run.value());
      st.executeUpdate();
      int ordinal = 0;
      for (IngestDiagnostic d : diagnostics) {
        diag.setLong(1, run.value());
        diag.setInt(2, ordinal++);
        diag.setString(3, d.file());
        diag.setInt(4, d.line());
        diag.setInt(5, d.column());
        diag.setString(6, d.entry());
        diag.setString(7, d.code());
        diag.setString(8, d.message());
        diag.setString(9, d.hint());
        diag.addBatch();
      }
      if (ordinal > 0) {
        diag.executeBatch();
      }
      db.commit();
    } catch (SQLException e) {
      throw rollback(e);
    }
    index.commit();
    pendingIndex = 0;
  }

  /** Returns every run, oldest first. */
  public List<IngestionRun> runs() {
    List<IngestionRun> runs = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, started_at, finished_at, status, inputs, extractor, documents_read,"
                    + " documents_stored, skipped_duplicate, skipped_present, failed"
                    + " FROM ingestion_run ORDER BY id")) {
      while (rs.next()) {
        OffsetDateTime finished = rs.getObject(3, OffsetDateTime.class);
        String inputs = rs.getString(5);
        runs.add(
            new IngestionRun(
                new RunId(rs.getLong(1)),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString(4),
                inputs.isEmpty() ? List.of() : List.of(inputs.split("\n", -1)),
                rs.getString(6),
                new RunCounts(
                    rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11))));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return runs;
  }

  private void markInterruptedRuns() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.executeUpdate("UPDATE ingestion_run SET status = 'interrupted' WHERE status = 'running'");
    }
    db.commit();
  }

  // ---------------------------------------------------------------- documents

  /** Returns whether the workspace holds a document with this id. */
  public boolean contains(DocumentId id) {
    try (PreparedStatement st = db.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure(e);
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
    if (contains(d.id())) {
      return false;
    }
    try {
      insertDocument(d, run);
      insertActors(d.id(), evidence.actors());
      insertEvidence(d, evidence.items());
      db.commit();
    } catch (SQLException e) {
      try {
        db.rollback();
      } catch (SQLException x) {
        e.addSuppressed(x);
      }
      if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
        return false;
      }
      throw failure(e);
    }
    index.add(d.id(), nonNull(d.metadata().title()), d.text(), sentences(evidence.items()));
    if (++pendingIndex >= INDEX_COMMIT_EVERY) {
      index.commit();
      pendingIndex = 0;
    }
    return true;
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

  private void insertActors(DocumentId id, List<FoundActor> actors) throws SQLException {
    if (actors.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "INSERT INTO document_actor (document_id, ordinal, actor_id, name, kind, code,"
                + " affiliation, known, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (FoundActor a : actors) {
        st.setString(1, id.value());
        st.setInt(2, ordinal++);
        st.setString(3, a.id().value());
        st.setString(4, a.name());
        st.setString(5, a.kind().name());
        st.setString(6, a.code());
        st.setString(7, a.affiliation() == null ? null : a.affiliation().value());
        st.setBoolean(8, a.known());
        st.setString(9, EvidenceJson.actorJson(a));
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void insertEvidence(Document d, List<ExtractedItem> items) throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
            db.prepareStatement(
                "INSERT INTO evidence (id, document_id, ordinal, type, actor, target, issue,"
                    + " action, mode, factual, span_start, span_end, sentence_start,"
                    + " sentence_end, sentence, text, extractor, extractor_version, confidence,"
                    + " payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement roles =
            db.prepareStatement(
                "INSERT INTO evidence_actor (evidence_id, actor_id, role) VALUES (?, ?, ?)")) {
      int ordinal = 0;
      int roleRows = 0;
      for (ExtractedItem item : items) {
        String id = StoredEvidence.idOf(d.id(), ordinal);
        Columns c = Columns.of(item);
        TextSpan span = item.provenance().span();
        TextSpan sentence = item.provenance().sentence();
        st.setString(1, id);
        st.setString(2, d.id().value());
        st.setInt(3, ordinal);
        st.setString(4, EvidenceType.of(item).label());
        st.setString(5, c.actor());
        st.setString(6, c.target());
        st.setString(7, c.issue());
        st.setString(8, c.action());
        st.setString(9, c.mode());
        st.setBoolean(10, c.factual());
        st.setInt(11, span.start());
        st.setInt(12, span.end());
        st.setInt(13, sentence.start());
        st.setInt(14, sentence.end());
        st.setString(15, display(sentence.of(d.text())));
        st.setString(16, display(c.text()));
        st.setString(17, item.provenance().extractor());
        st.setString(18, item.provenance().extractorVersion());
        st.setDouble(19, item.provenance().confidence());
        st.setString(20, EvidenceJson.payload(item));
        st.addBatch();
        for (Map.Entry<String, Set<String>> role : c.roles().entrySet()) {
          for (String actor : role.getValue()) {
            roles.setString(1, id);
            roles.setString(2, actor);
            roles.setString(3, role.getKey());
            roles.addBatch();
            roleRows++;
          }
        }
        ordinal++;
      }
      st.executeBatch();
      if (roleRows > 0) {
        roles.executeBatch();
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
            "SELECT mentions FROM document_actor WHERE document_id = ? ORDER BY ordinal")) {
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
   * Returns the evidence a query selects: in document date order (undated last), then document and
   * position; with a search, best match first.
   */
  public List<StoredEvidence> find(EvidenceQuery query) {
    Map<String, Integer> rank = null;
    Set<String> hitDocuments = null;
    if (query.search() != null && !query.search().isBlank()) {
      rank = new HashMap<>();
      hitDocuments = new TreeSet<>();
      for (LuceneSearchIndex.SentenceHit hit : index.searchSentences(query.search(), 10_000)) {
        rank.putIfAbsent(hit.document() + "@" + hit.start() + "-" + hit.end(), rank.size());
        hitDocuments.add(hit.document());
      }
      if (hitDocuments.isEmpty()) {
        return List.of();
      }
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.id, e.payload, e.sentence, e.document_id, d.origin, d.outlet, d.title,"
                + " d.published, d.url, e.span_start, e.span_end, e.sentence_start,"
                + " e.sentence_end FROM evidence e JOIN document d ON d.id = e.document_id"
                + " WHERE e.type IN (");
    List<Object> args = new ArrayList<>();
    String sep = "";
    for (EvidenceType t : new TreeSet<>(query.types())) {
      sql.append(sep).append('?');
      args.add(t.label());
      sep = ", ";
    }
    sql.append(')');
    if (query.issue() != null) {
      sql.append(" AND LOWER(e.issue) = ?");
      args.add(query.issue().toLowerCase(Locale.ROOT));
    }
    if (query.action() != null) {
      sql.append(" AND LOWER(e.action) = ?");
      args.add(query.action().toLowerCase(Locale.ROOT));
    }
    if (query.since() != null) {
      sql.append(" AND d.published >= ?");
      args.add(query.since());
    }
    if (query.until() != null) {
      sql.append(" AND d.published <= ?");
      args.add(query.until());
    }
    if (query.actor() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM evidence_actor a LEFT JOIN document_actor da"
              + " ON da.document_id = e.document_id AND da.actor_id = a.actor_id"
              + " WHERE a.evidence_id = e.id AND (LOWER(a.actor_id) = ? OR LOWER(da.name) = ?))");
      String actor = query.actor().strip().toLowerCase(Locale.ROOT);
      args.add(actor);
      args.add(actor);
    }
    if (hitDocuments != null) {
      sql.append(" AND e.document_id IN (");
      sep = "";
      for (String doc : hitDocuments) {
        sql.append(sep).append('?');
        args.add(doc);
        sep = ", ";
      }
      sql.append(')');
    }
    sql.append(" ORDER BY d.published NULLS LAST, e.document_id, e.ordinal");
    if (rank == null) {
      sql.append(" LIMIT ").append(query.limit());
    }
    List<StoredEvidence> out = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Integer r = null;
          if (rank != null) {
            r = rank.get(rs.getString(4) + "@" + rs.getInt(12) + "-" + rs.getInt(13));
            if (r == null) {
              continue;
            }
          }
          ExtractedItem item = EvidenceJson.readItem(rs.getString(2));
          out.add(
              new StoredEvidence(
                  rs.getString(1),
                  item,
                  rs.getString(3),
                  new Citation(
                      new DocumentId(rs.getString(4)),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getObject(8, LocalDate.class),
                      rs.getString(9),
                      new TextSpan(rs.getInt(10), rs.getInt(11)))));
          ranks.add(r == null ? 0 : r);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    if (rank == null) {
      return out;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(ranks.get(a), ranks.get(b)));
    List<StoredEvidence> ranked = new ArrayList<>();
    for (int i = 0; i < order.size() && ranked.size() < query.limit(); i++) {
      ranked.add(out.get(order.get(i)));
    }
    return ranked;
  }

  /** Returns the documents whose title or body match a full-text query, best first. */
  public List<DocumentHit> searchDocuments(String query, int max) {
    return index.searchDocuments(query, max);
  }

  // ---------------------------------------------------------------- index repair

  private int repairIndex() throws SQLException {
    Set<String> indexed = index.documentIds();
    Set<String> stored = new LinkedHashSet<>();
    for (DocumentId id : documentIds()) {
      stored.add(id.value());
    }
    int repairedCount = 0;
    for (String id : stored) {
      if (!indexed.contains(id)) {
        reindex(new DocumentId(id));
        repairedCount++;
      }
    }
    boolean removed = false;
    for (String id : indexed) {
      if (!stored.contains(id)) {
        index.delete(id);
        removed = true;
      }
    }
    if (repairedCount > 0 || removed) {
      index.commit();
    }
    return repairedCount;
  }

  private void reindex(DocumentId id) throws SQLException {
    Document d = document(id).orElseThrow();
    Set<TextSpan> spans = new LinkedHashSet<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "SELECT DISTINCT sentence_start, sentence_end FROM evidence WHERE document_id = ?"
                + " ORDER BY sentence_start, sentence_end")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          spans.add(new TextSpan(rs.getInt(1), rs.getInt(2)));
        }
      }
    }
    index.add(id, nonNull(d.metadata().title()), d.text(), spans);
  }

  private static Set<TextSpan> sentences(List<ExtractedItem> items) {
    Set<TextSpan> spans =
        new TreeSet<>(
            (a, b) ->
                a.start() != b.start()
                    ? Integer.compare(a.start(), b.start())
                    : Integer.compare(a.end(), b.end()));
    for (ExtractedItem item : items) {
      spans.add(item.provenance().sentence());
    }
    return spans;
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

  private IllegalStateException rollback(SQLException e) {
    try {
      db.rollback();
    } catch (SQLException x) {
      e.addSuppressed(x);
    }
    return failure(e);
  }

  private IllegalStateException failure(SQLException e) {
    return new IllegalStateException(
        "expected the workspace database at " + folder + " to answer, but H2 failed: " + e, e);
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String display(String s) {
    return s.length() <= MAX_DISPLAY_TEXT ? s : s.substring(0, MAX_DISPLAY_TEXT) + "\u2026";
  }

  static String contentHash(String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(DocumentIds.normalize(body).getBytes(StandardCharsets.UTF_8));
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
    for (String part : inner.split("\\],\\[")) {
      String[] f = part.replace("[", "").replace("]", "").replace("\"", "").split(",");
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
      throw new WorkspaceException(
          folder.toString(),
          "workspace-unwritable",
          "expected the workspace to close cleanly, but " + failure,
          "check the disk space and the folder's permissions",
          failure);
    }
  }

  /** The indexed columns of one item: who, to whom, on what, which action, and the text. */
  private record Columns(
      @Nullable String actor,
      @Nullable String target,
      @Nullable String issue,
      @Nullable String action,
      @Nullable String mode,
      boolean factual,
      String text,
      Map<String, Set<String>> roles) {
    static Columns of(ExtractedItem item) {
      Map<String, Set<String>> roles = new java.util.TreeMap<>();
      return switch (item) {
        case ActorMention m -> {
          role(roles, "actor", m.actor());
          yield new Columns(m.actor().value(), null, null, null, null, true, m.text(), roles);
        }
        case Quote q -> {
          if (q.speaker() != null) {
            role(roles, "speaker", q.speaker());
          }
          yield new Columns(
              q.speaker() == null ? null : q.speaker().value(),
              null,
              null,
              null,
              null,
              !q.scareQuote(),
              q.text(),
              roles);
        }
        case EventMention e -> {
          for (ActorId a : e.sources()) {
            role(roles, "source", a);
          }
          for (ActorId a : e.targets()) {
            role(roles, "target", a);
          }
          String mode =
              e.plover() == null
                  ? null
                  : e.plover().name() + (e.mode() == null ? "" : "/" + e.mode());
          yield new Columns(
              e.sources().get(0).value(),
              e.targets().isEmpty() ? null : e.targets().get(0).value(),
              e.issue() == null ? null : e.issue().value(),
              e.action().label(),
              mode,
              e.isFactual(),
              e.trigger(),
              roles);
        }
        case PositionClaim p -> {
          role(roles, "actor", p.actor());
          yield new Columns(
              p.actor().value(),
              null,
              p.issue().value(),
              verb(p.stance()),
              p.option(),
              true,
              p.statement(),
              roles);
        }
        case Prediction p -> {
          role(roles, "who", p.who());
          yield new Columns(
              p.who().value(), null, null, "predict", p.horizon(), true, p.what(), roles);
        }
        case NumberMention n ->
            new Columns(null, null, null, null, n.unit(), true, n.text(), roles);
      };
    }

    private static void role(Map<String, Set<String>> roles, String role, ActorId actor) {
      roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(actor.value());
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
