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
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidenceType;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.store.AlreadyClosedException;
import org.h2.api.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Writes documents into a workspace: each document with its actors and evidence in one transaction,
 * counted towards its run in the same transaction, then added to the search index, which is
 * committed every {@value #INDEX_COMMIT_EVERY} documents and at the end of a run.
 */
final class DocumentWriter {
  /*
   * The index is committed every INDEX_COMMIT_EVERY documents and at the end of a run, not per
   * document: a Lucene commit fsyncs, and the database is the record anyway.
   */
  static final int INDEX_COMMIT_EVERY = 500;

  private static final int ROWS_PER_INSERT = 64;

  private final Connection db;
  private final LuceneSearchIndex index;
  private final StoreFailures failures;
  private final Supplier<OffsetDateTime> now;
  private int pendingIndex;
  private int storedHere;

  DocumentWriter(
      Connection db,
      LuceneSearchIndex index,
      StoreFailures failures,
      Supplier<OffsetDateTime> now) {
    this.db = db;
    this.index = index;
    this.failures = failures;
    this.now = now;
  }

  /** Returns whether the workspace holds a document with this id. */
  boolean isStored(DocumentId id) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
      st.setString(1, id.value());
      try (java.sql.ResultSet rs = st.executeQuery()) {
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
      throw failures.of(e, "store " + d.origin(), kept);
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
      throw failures.of(
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
      st.setObject(13, now.get());
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

  /** Commits the index, reporting a failure of the disk as a diagnostic. */
  void commitIndex(String kept) {
    try {
      index.commit();
      pendingIndex = 0;
    } catch (UncheckedIOException | AlreadyClosedException e) {
      throw failures.of(
          e,
          "write the search index",
          kept
              + " in the database, and the index is rebuilt from it when the workspace is next"
              + " opened");
    }
  }

  private void rollbackQuietly(Throwable cause) {
    try {
      db.rollback();
    } catch (SQLException | RuntimeException x) {
      cause.addSuppressed(x);
    }
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
