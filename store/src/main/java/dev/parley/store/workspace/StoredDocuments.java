package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidenceType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a workspace's stored documents back: a document, the ids, its actors and the counts. */
final class StoredDocuments {
  private final Connection db;
  private final StoreFailures failures;

  StoredDocuments(Connection db, StoreFailures failures) {
    this.db = db;
    this.failures = failures;
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
      throw failures.read(e);
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
      throw failures.read(e);
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
      throw failures.read(e);
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
      throw failures.read(e);
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

  private int count(String sql) {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failures.read(e);
    }
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
}
