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
import org.apache.lucene.store.LockObtainFailedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
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
 * stops half-way keeps every document it had stored. The index is derived from the database and
 * repaired from it on open.
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

  /*
   * Why the settings below:
   * 1. WRITE_DELAY=0: H2 otherwise writes committed transactions to the file up to 500 ms later, so
   *    a killed process would lose documents it had committed. With 0, a commit reaches the file
   *    (the OS cache) before store() returns.
   * 2. The index is committed every INDEX_COMMIT_EVERY documents and on close, not per document:
   *    a Lucene commit fsyncs, and the database is the record anyway (see the class comment).
   */

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

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
      insertActors(d.id(), evidence.actors(), evidence.items());
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
    Set<String> actorIds = query.actor() == null ? null : actorIds(query.actor());
    List<Found> found = new ArrayList<>();
    Map<String, String> bodies = new HashMap<>();
    try {
      Set<EvidenceType> others = EnumSet.noneOf(EvidenceType.class);
      others.addAll(query.types());
      others.remove(EvidenceType.MENTION);
      if (!others.isEmpty()) {
        findItems(query, others, actorIds, hitDocuments, rank, bodies, found);
      }
      if (query.types().contains(EvidenceType.MENTION)
          && query.issue() == null
          && query.action() == null) {
        findMentions(query, actorIds, hitDocuments, rank, bodies, found);
      }
    } catch (SQLException e) {
      throw failure(e);
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
    return out;
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
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.document_id, e.ordinal, e.payload, d.origin, d.outlet, d.title,"
                + " d.published, d.url, e.span_start, e.span_end, e.sentence_start,"
                + " e.sentence_end FROM evidence e JOIN document d ON d.id = e.document_id"
                + " WHERE e.type");
    List<Object> args = new ArrayList<>();
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
            "SELECT da.document_id, da.items, d.origin, d.outlet, d.title, d.published, d.url"
                + " FROM document_actor da JOIN document d ON d.id = da.document_id"
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
            rs.getString(7)
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
      rs.getString(8)
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
                    item.provenance().span())),
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
   * Returns the documents whose title, or a sentence that carries evidence, match a full-text
   * query, best first.
   */
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
    List<ExtractedItem> items = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement("SELECT payload FROM evidence WHERE document_id = ?")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          items.add(EvidenceJson.readItem(rs.getString(1)));
        }
      }
    }
    try (PreparedStatement st =
        db.prepareStatement("SELECT items FROM document_actor WHERE document_id = ?")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          for (JsonNode m : MAPPER.readTree(rs.getString(1))) {
            items.add(EvidenceJson.readItem(m));
          }
        }
      }
    }
    index.add(id, nonNull(d.metadata().title()), d.text(), sentences(items));
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
      throw new WorkspaceException(
          folder.toString(),
          "workspace-unwritable",
          "expected the workspace to close cleanly, but " + failure,
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
