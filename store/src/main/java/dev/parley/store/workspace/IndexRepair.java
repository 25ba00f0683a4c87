package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.Document;
import dev.parley.store.evidence.EvidenceJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace's index repair (ADR 0012, the workspace's parts): the database is the record and
 * the search index is derived from it, so when the two disagree on open (a crash between the two
 * commits, a deleted index folder) the index is brought back in line from the database.
 */
final class IndexRepair {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Connection db;
  private final LuceneSearchIndex index;
  private final Supplier<List<DocumentId>> documentIds;
  private final Function<DocumentId, Document> documents;

  IndexRepair(
      Connection db,
      LuceneSearchIndex index,
      Supplier<List<DocumentId>> documentIds,
      Function<DocumentId, Document> documents) {
    this.db = Objects.requireNonNull(db, "db");
    this.index = Objects.requireNonNull(index, "index");
    this.documentIds = Objects.requireNonNull(documentIds, "documentIds");
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  /**
   * Adds to the index every stored document it lacks and deletes from it every document the
   * database does not hold, then commits it if anything changed.
   *
   * @return how many documents were indexed again
   */
  int repair() throws SQLException {
    Set<String> indexed = index.documentIds();
    Set<String> stored = new LinkedHashSet<>();
    for (DocumentId id : documentIds.get()) {
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
    Document d = documents.apply(id);
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
    String title = d.metadata().title();
    index.add(id, title == null ? "" : title, d.text(), sentences(items));
  }

  /** Returns the sentences of the items, in text order, each once: what the index holds. */
  static Set<TextSpan> sentences(List<ExtractedItem> items) {
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
}
