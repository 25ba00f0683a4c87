package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's full-text index: one Lucene entry per document (its title) and one per sentence
 * that carries evidence (every sentence that mentions an actor, quotes or counts something),
 * analysed with Lucene's English analyzer (stop words, Porter stemming), so that "rejects" finds
 * "rejected".
 *
 * <p>The database is the record; this index is derived from it. Additions become searchable at once
 * (near-real-time reader) and durable at {@link #commit()}; a crash before a commit loses only
 * index entries, which {@link Workspace} re-creates from the database when it next opens, and an
 * index that cannot be read is deleted and rebuilt from the database.
 *
 * <p>A search text is read literally (every word a term, all required) or in Lucene's classic query
 * syntax; either way it is refused with a {@link SearchException} rather than run when it has more
 * than {@value #MAX_TERMS} terms, parentheses nested more than {@value #MAX_NESTING} deep, or
 * malformed syntax.
 */
final class LuceneSearchIndex implements AutoCloseable {
  /** The most terms a search may have, counted after analysis (stop words left out). */
  static final int MAX_TERMS = 1000;

  /** The deepest a search in query syntax may nest parentheses. */
  static final int MAX_NESTING = 64;

  private static final String KIND = "kind";
  private static final String DOC = "doc";
  private static final String START = "start";
  private static final String END = "end";
  private static final String TEXT = "text";
  private static final String KIND_DOCUMENT = "document";
  private static final String KIND_SENTENCE = "sentence";
  private static final int SHOWN = 40;
  private static final Pattern LEXICAL_PLACE = Pattern.compile("line (\\d+), column (\\d+)");

  /*
   * Why searches are checked before they run:
   * 1. Lucene's classic parser is recursive descent: each parenthesis costs stack frames, so a few
   *    thousand nested ones overflow the stack. The nesting is counted on the text first.
   * 2. Its regular expressions (/.../) can ask for automata of any size (a{2147483647} exhausts the
   *    heap) and their parser recurses per alternative; they are refused, wildcards and fuzzy terms
   *    cover what a search of stemmed words needs.
   * 3. Lucene refuses a query of more than IndexSearcher.getMaxClauseCount() (1024) clauses in all,
   *    the kind filter included; MAX_TERMS leaves room for that filter. Wildcards and fuzzy terms
   *    expand when the query runs, so that limit is caught there too.
   */

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
    try {
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (IOException | RuntimeException x) {
        e.addSuppressed(x);
      }
      analyzer.close();
      directory.close();
      throw e;
    }
  }

  /** Returns whether a folder holds a committed index. */
  static boolean exists(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory d = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** Deletes every file of the index in a folder, so that the next open starts empty. */
  static void deleteFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(f);
        }
      }
    }
  }

  /**
   * Reads every file of every segment through to its checksum, so that a damaged file is found now
   * rather than by a search.
   *
   * @throws IOException when a file is damaged or cannot be read
   */
  void verify() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        leaf.reader().checkIntegrity();
      }
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Closes the index without committing anything, for an index about to be deleted; a failure to
   * close is added to {@code cause}, the problem that condemned the index.
   */
  void discard(Throwable cause) {
    try {
      searchers.close();
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    } finally {
      analyzer.close();
      try {
        directory.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
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

  // ---------------------------------------------------------------- reading a search

  /**
   * Returns the query a search text stands for, or null when it has no term the index holds words
   * for (every word a stop word, or no word at all).
   *
   * @throws SearchException when the text has more than {@value #MAX_TERMS} terms or, in query
   *     syntax, is malformed or nests parentheses more than {@value #MAX_NESTING} deep
   */
  @Nullable Query parse(String text, SearchSyntax syntax) throws SearchException {
    return switch (syntax) {
      case LITERAL -> literal(text);
      case LUCENE -> lucene(text);
    };
  }

  /** Every word a required term, with nothing read as an operator. */
  private @Nullable Query literal(String text) throws SearchException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (terms.add(term.toString()) && terms.size() > MAX_TERMS) {
          int at = offset.startOffset();
          throw new SearchException(
              "search-too-many-terms",
              lineOf(text, at),
              columnOf(text, at),
              "expected at most "
                  + String.format(java.util.Locale.ROOT, "%,d", MAX_TERMS)
                  + " distinct words in a search, but found more; the word here is the first"
                  + " over the limit",
              "search for a few distinctive words of the passage rather than all of it");
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("expected to analyse a search held in memory", e);
    }
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String t : terms) {
      all.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.MUST);
    }
    return all.build();
  }

  /** Lucene's classic syntax, checked for depth before it is parsed and for size after. */
  private @Nullable Query lucene(String text) throws SearchException {
    checkNesting(text);
    QueryParser parser = new RegexFreeParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query parsed;
    try {
      parsed = parser.parse(text);
    } catch (ParseException e) {
      throw syntaxError(text, e);
    } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
      throw new SearchException(
          "search-syntax",
          0,
          0,
          "expected a Lucene query, but Lucene refused it: " + firstLine(e.getMessage()),
          SYNTAX_HINT);
    }
    if (parsed == null) {
      return null;
    }
    int terms = countTerms(parsed);
    if (terms > MAX_TERMS) {
      throw tooManyTerms("has " + String.format(java.util.Locale.ROOT, "%,d", terms) + " terms");
    }
    if (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return null;
    }
    return parsed;
  }

  private static final String SYNTAX_HINT =
      "check the operators, quotes and brackets near that place, escape a special character with"
          + " \\, or leave out --query-syntax to search for the words as they are";

  private static SearchException tooManyTerms(String found) {
    return new SearchException(
        "search-too-many-terms",
        0,
        0,
        "expected a search of at most "
            + String.format(java.util.Locale.ROOT, "%,d", MAX_TERMS)
            + " terms, but this one "
            + found,
        "search for fewer words, or use fewer wildcards and fuzzy terms (each term they match"
            + " counts)");
  }

  /** Refuses parentheses nested deeper than {@value #MAX_NESTING} before the parser sees them. */
  private static void checkNesting(String text) throws SearchException {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        if (++depth > MAX_NESTING) {
          throw new SearchException(
              "search-nesting",
              lineOf(text, i),
              columnOf(text, i),
              "expected parentheses nested at most "
                  + MAX_NESTING
                  + " deep, but this one opens level "
                  + depth,
              "flatten the query: a AND (b OR c) needs no more than a level or two");
        }
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
  }

  private static SearchException syntaxError(String text, ParseException wrapped) {
    Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return tooManyTerms(
          "has more than " + IndexSearcher.getMaxClauseCount() + " clauses in one group");
    }
    if (cause instanceof ParseException p
        && p.currentToken != null
        && p.currentToken.next != null) {
      Token at = p.currentToken.next;
      int offset = Math.min(Math.max(at.beginColumn, 0), text.length());
      String found =
          at.kind == QueryParserConstants.EOF
              ? "the end of the search"
              : "'" + shorten(at.image) + "'";
      return new SearchException(
          "search-syntax",
          lineOf(text, offset),
          columnOf(text, offset),
          "expected a term, a \"phrase\" or a (group) in Lucene query syntax, but found " + found,
          SYNTAX_HINT);
    }
    if (cause instanceof TokenMgrError lexical) {
      int offset = unclosedQuote(text);
      String what = "an unclosed quote";
      if (offset < 0) {
        Matcher m = LEXICAL_PLACE.matcher(String.valueOf(lexical.getMessage()));
        offset = m.find() ? Math.min(Integer.parseInt(m.group(2)), text.length()) : text.length();
        what = "a character the query syntax cannot read there";
      }
      return new SearchException(
          "search-syntax",
          lineOf(text, offset),
          columnOf(text, offset),
          "expected a Lucene query, but found " + what,
          SYNTAX_HINT);
    }
    String message = String.valueOf(cause.getMessage());
    return new SearchException(
        "search-syntax",
        0,
        0,
        "expected a Lucene query, but the parser reports: " + firstLine(message),
        SYNTAX_HINT);
  }

  /** Returns the offset of a double quote that opens a phrase and is never closed, or -1. */
  private static int unclosedQuote(String text) {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** Counts the terms of a parsed query as Lucene's clause limit counts them. */
  private static int countTerms(Query query) {
    int[] n = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            n[0] += terms.length;
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            n[0]++;
          }

          @Override
          public void visitLeaf(Query q) {
            n[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return n[0];
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(String text, int offset) {
    int at = Math.min(Math.max(offset, 0), text.length());
    int start = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    return at - start + 1;
  }

  private static String shorten(@Nullable String s) {
    String t = s == null ? "" : s;
    return t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "…";
  }

  private static String firstLine(@Nullable String s) {
    String t = s == null ? "" : s.lines().findFirst().orElse("");
    t = t.replaceFirst("^Cannot parse '.*?': ", "");
    return t.length() <= 200 ? t : t.substring(0, 200) + "…";
  }

  /** The classic parser, refusing regular expressions (see the class comment). */
  private static final class RegexFreeParser extends QueryParser {
    RegexFreeParser(String field, Analyzer analyzer) {
      super(field, analyzer);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException(
          "regular expressions (/.../) are not supported in a search; use wildcards (* and ?)"
              + " or fuzzy terms (~) instead");
    }
  }

  // ---------------------------------------------------------------- running a search

  /** Returns the sentences matching a parsed query, best first. */
  List<SentenceHit> searchSentences(Query query, int max) throws SearchException {
    return withSearcher(
        searcher -> {
          TopDocs top = run(searcher, restricted(KIND_SENTENCE, query), max);
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
   * Returns the documents whose title, or one of whose sentences, matches a parsed query, best
   * first: a document scores its best entry.
   */
  List<DocumentHit> searchDocuments(Query query, int max) throws SearchException {
    return withSearcher(
        searcher -> {
          Map<String, Float> best = new LinkedHashMap<>();
          for (String kind : List.of(KIND_DOCUMENT, KIND_SENTENCE)) {
            TopDocs top = run(searcher, restricted(kind, query), Math.max(max, 1) * 20);
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
              best.merge(fields.document(sd.doc).get(DOC), sd.score, Math::max);
            }
          }
          List<DocumentHit> hits = new ArrayList<>();
          best.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Float>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(max)
              .forEach(e -> hits.add(new DocumentHit(new DocumentId(e.getKey()), e.getValue())));
          return hits;
        });
  }

  /** Runs a query, reporting one that expands past Lucene's limits as a search problem. */
  private static TopDocs run(IndexSearcher searcher, Query query, int max)
      throws IOException, SearchException {
    try {
      return searcher.search(query, max);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms(
          "matches more than "
              + IndexSearcher.getMaxClauseCount()
              + " terms of the index once its wildcards and fuzzy terms are expanded");
    } catch (TooComplexToDeterminizeException | FuzzyTermsEnum.FuzzyTermsException e) {
      throw new SearchException(
          "search-syntax",
          0,
          0,
          "expected a wildcard or fuzzy term Lucene can expand, but it refused one as too complex: "
              + firstLine(e.getMessage()),
          "use a shorter term before the wildcard or ~, or search for the words as they are");
    }
  }

  private static Query restricted(String kind, Query query) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
        .add(query, BooleanClause.Occur.MUST)
        .build();
  }

  private interface SearchFunction<T, X extends Exception> {
    T apply(IndexSearcher searcher) throws IOException, X;
  }

  private <T, X extends Exception> T withSearcher(SearchFunction<T, X> f) throws X {
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
