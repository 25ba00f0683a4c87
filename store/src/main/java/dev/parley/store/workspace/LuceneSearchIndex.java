package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The workspace's full-text index: one Lucene entry per document (its title) and one per sentence
 * that carries evidence (every sentence that mentions an actor, quotes or counts something),
 * analysed with Lucene's English analyzer (stop words, Porter stemming), so that "rejects" finds
 * "rejected".
 *
 * <p>The database is the record; this index is derived from it. Additions become searchable at once
 * (near-real-time reader) and durable at {@link #commit()}; a crash before a commit loses only
 * index entries, which {@link Workspace} re-creates from the database when it next opens.
 */
final class LuceneSearchIndex implements AutoCloseable {
  private static final String KIND = "kind";
  private static final String DOC = "doc";
  private static final String START = "start";
  private static final String END = "end";
  private static final String TEXT = "text";
  private static final String KIND_DOCUMENT = "document";
  private static final String KIND_SENTENCE = "sentence";

  private final FSDirectory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  LuceneSearchIndex(Path folder) throws IOException {
    this.directory = FSDirectory.open(folder);
    this.analyzer = new EnglishAnalyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(32);
    IndexWriter w;
    try {
      w = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      analyzer.close();
      directory.close();
      throw e;
    }
    this.writer = w;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Adds a document's entry and one entry per sentence span. */
  void add(DocumentId id, String title, String body, Collection<TextSpan> sentences) {
    try {
      Document doc = new Document();
      doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
      doc.add(new StringField(DOC, id.value(), Field.Store.YES));
      doc.add(new TextField(TEXT, title, Field.Store.NO));
      List<Document> entries = new ArrayList<>();
      entries.add(doc);
      for (TextSpan s : sentences) {
        Document sentence = new Document();
        sentence.add(new StringField(KIND, KIND_SENTENCE, Field.Store.NO));
        sentence.add(new StringField(DOC, id.value(), Field.Store.YES));
        sentence.add(new StoredField(START, s.start()));
        sentence.add(new StoredField(END, s.end()));
        sentence.add(new TextField(TEXT, s.of(body), Field.Store.NO));
        entries.add(sentence);
      }
      writer.addDocuments(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every entry of a document. */
  void delete(String documentId) {
    try {
      writer.deleteDocuments(new Term(DOC, documentId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every addition so far durable. */
  void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the ids of the documents the index holds. */
  Set<String> documentIds() {
    return withSearcher(
        searcher -> {
          Set<String> ids = new HashSet<>();
          Query q = new TermQuery(new Term(KIND, KIND_DOCUMENT));
          int n = Math.max(1, searcher.getIndexReader().maxDoc());
          TopDocs top = searcher.search(q, n);
          StoredFields fields = searcher.storedFields();
          for (ScoreDoc sd : top.scoreDocs) {
            ids.add(fields.document(sd.doc).get(DOC));
          }
          return ids;
        });
  }

  /** Returns the number of entries, documents and sentences together. */
  int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Returns the sentences matching a query, best first. */
  List<SentenceHit> searchSentences(String query, int max) {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(restricted(KIND_SENTENCE, query), max);
          StoredFields fields = searcher.storedFields();
          List<SentenceHit> hits = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = fields.document(sd.doc);
            hits.add(
                new SentenceHit(
                    d.get(DOC),
                    d.getField(START).numericValue().intValue(),
                    d.getField(END).numericValue().intValue(),
                    sd.score));
          }
          return hits;
        });
  }

  /**
   * Returns the documents whose title, or one of whose sentences, matches a query, best first: a
   * document scores its best entry.
   */
  List<DocumentHit> searchDocuments(String query, int max) {
    return withSearcher(
        searcher -> {
          java.util.Map<String, Float> best = new java.util.LinkedHashMap<>();
          for (String kind : List.of(KIND_DOCUMENT, KIND_SENTENCE)) {
            TopDocs top = searcher.search(restricted(kind, query), Math.max(max, 1) * 20);
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
              best.merge(fields.document(sd.doc).get(DOC), sd.score, Math::max);
            }
          }
          List<DocumentHit> hits = new ArrayList<>();
          best.entrySet().stream()
              .sorted(
                  java.util.Map.Entry.<String, Float>comparingByValue()
                      .reversed()
                      .thenComparing(java.util.Map.Entry.comparingByKey()))
              .limit(max)
              .forEach(e -> hits.add(new DocumentHit(new DocumentId(e.getKey()), e.getValue())));
          return hits;
        });
  }

  private Query restricted(String kind, String text) {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query parsed;
    try {
      parsed = parser.parse(text);
    } catch (ParseException e) {
      try {
        parsed = parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new IllegalStateException("an escaped query always parses: " + text, again);
      }
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
        .add(parsed, BooleanClause.Occur.MUST)
        .build();
  }

  private interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearchFunction<T> f) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return f.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      analyzer.close();
      directory.close();
    }
  }

  /** A sentence entry that matched a query. */
  record SentenceHit(String document, int start, int end, float score) {}
}
