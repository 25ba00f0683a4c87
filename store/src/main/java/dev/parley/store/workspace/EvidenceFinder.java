package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.evidence.SourceRules;
import dev.parley.core.evidence.TextSpan;
import dev.parley.store.evidence.Citation;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidencePage;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.evidence.SourceProfiles;
import dev.parley.store.evidence.StoredEvidence;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds a workspace's evidence: a query's filters (type, actor, issue, action, dates) run in the
 * database, its search text in the index, and each item found comes back with its sentence and its
 * citation (the document, its source profile and the item's span).
 */
final class EvidenceFinder {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Connection db;
  private final LuceneSearchIndex index;
  private final String where;
  private final StoreFailures failures;
  private final Map<String, SourceProfile> profiles = new ConcurrentHashMap<>();

  EvidenceFinder(Connection db, LuceneSearchIndex index, String where, StoreFailures failures) {
    this.db = db;
    this.index = index;
    this.where = where;
    this.failures = failures;
  }

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
      throw failures.read(e);
    }
    if (rank != null) {
      // with search text every match is gathered before the limit
      total = found.size();
    }
    Comparator<Found> order =
        rank != null
            ? Comparator.comparingInt(Found::rank)
                .thenComparing(Found::document)
                .thenComparingInt(Found::ordinal)
            : Comparator.comparing(
                    Found::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Found::document)
                .thenComparingInt(Found::ordinal);
    found.sort(order);
    List<StoredEvidence> out = new ArrayList<>();
    for (int i = 0; i < found.size() && out.size() < query.limit(); i++) {
      // only the items listed are read from their stored JSON
      out.add(found.get(i).evidence().get());
    }
    return new EvidencePage(out, Math.max(total, out.size()));
  }

  private List<LuceneSearchIndex.SentenceHit> searchIndex(Query parsed) throws SearchException {
    try {
      return index.searchSentences(parsed, 10_000);
    } catch (UncheckedIOException | AlreadyClosedException e) {
      throw new UncheckedWorkspaceException(
          new WorkspaceException(
              Path.of(where).resolve(WorkspaceOpener.INDEX).toString(),
              FileDamage.of(e) == FileDamage.FULL ? "workspace-disk-full" : "workspace-unwritable",
              "expected to read the search index, but "
                  + WorkspaceErrors.brief(e)
                  + "; nothing was changed",
              "run the command again: an index that cannot be read is rebuilt from the database"
                  + " when the workspace opens",
              e));
    }
  }

  /**
   * An item found by a query, with what orders it; the item itself is built only when it is listed,
   * since a search gathers every match before the limit.
   */
  private record Found(
      DocumentId document,
      @Nullable LocalDate published,
      int ordinal,
      int rank,
      Supplier<StoredEvidence> evidence) {}

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
    try (PreparedStatement st = prepare(sql, args)) {
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String doc = rs.getString(1);
          int r = rankOf(rank, doc, rs.getInt(11), rs.getInt(12));
          if (r < 0) {
            continue;
          }
          String payload = rs.getString(3);
          int ordinal = rs.getInt(2);
          Object[] cite = citationFields(rs);
          found.add(
              new Found(
                  new DocumentId(doc),
                  (LocalDate) cite[3],
                  ordinal,
                  r,
                  () -> stored(EvidenceJson.readItem(payload), doc, ordinal, cite, bodies)));
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
    try (PreparedStatement st = prepare(sql, args)) {
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
    try (PreparedStatement st = prepare(sql, args)) {
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
            TextSpan sentence = item.provenance().sentence();
            int r = rankOf(rank, doc, sentence.start(), sentence.end());
            if (r >= 0) {
              int ordinal = m.get("ordinal").asInt();
              StoredEvidence stored = stored(item, doc, ordinal, cite, bodies);
              found.add(
                  new Found(new DocumentId(doc), (LocalDate) cite[3], ordinal, r, () -> stored));
            }
          }
        }
      }
    }
  }

  /** Returns the statement of a query built with its arguments, the arguments bound in order. */
  private PreparedStatement prepare(StringBuilder sql, List<Object> args) throws SQLException {
    PreparedStatement st = db.prepareStatement(sql.toString());
    try {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
    } catch (SQLException | RuntimeException e) {
      st.close();
      throw e;
    }
    return st;
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

  /**
   * Returns the rank of the search hit on a sentence: 0 when the query has no search text, -1 when
   * the sentence is no hit.
   */
  private static int rankOf(
      @Nullable Map<String, Integer> rank, String doc, int sentenceStart, int sentenceEnd) {
    if (rank == null) {
      return 0;
    }
    Integer hit = rank.get(doc + "@" + sentenceStart + "-" + sentenceEnd);
    return hit == null ? -1 : hit;
  }

  /** Returns an item as stored evidence: with its sentence and its citation. */
  private StoredEvidence stored(
      ExtractedItem item, String doc, int ordinal, Object[] cite, Map<String, String> bodies) {
    TextSpan sentence = item.provenance().sentence();
    String body = bodies.computeIfAbsent(doc, this::body);
    DocumentId id = new DocumentId(doc);
    return new StoredEvidence(
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
            profile(doc, cite, body)));
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
      throw failures.read(e);
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
      throw failures.read(e);
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
      throw failures.read(e);
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
}
