package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.evidence.StoredEvidence;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search text is taken literally unless query syntax is asked for; either way it gives hits or a
 * located {@link SearchException}, never an internal error (issue 12: {@code --search AND}, a
 * passage of over 1,024 words, 5,000 nested parentheses).
 */
class SearchTextTest {
  @TempDir static Path dir;
  private static Workspace ws;

  @BeforeAll
  static void store() throws Exception {
    ws = Workspace.open(dir);
    RunId run = ws.startRun(List.of("fixtures"), "test");
    for (int i = 1; i <= 3; i++) {
      ws.store(Fixtures.evidence(i), run);
    }
  }

  @AfterAll
  static void close() throws Exception {
    ws.close();
  }

  private static List<StoredEvidence> literal(String text) throws SearchException {
    return ws.search(EvidenceQuery.all().withSearch(text, SearchSyntax.LITERAL));
  }

  private static List<StoredEvidence> lucene(String text) throws SearchException {
    return ws.search(EvidenceQuery.all().withSearch(text, SearchSyntax.LUCENE));
  }

  private static SearchException refused(String text, SearchSyntax syntax) {
    try {
      ws.search(EvidenceQuery.all().withSearch(text, syntax));
    } catch (SearchException e) {
      return e;
    }
    throw new AssertionError("expected the search to be refused: " + text);
  }

  @Test
  void literal_operatorWordsAreWords_notSyntax() throws Exception {
    for (String op : List.of("AND", "OR", "NOT", "a AND", "AND OR NOT", "&&", "||", "!")) {
      assertThat(literal(op)).as(op).isEmpty();
    }
    assertThat(literal("NOT putin")).isNotEmpty().hasSameSizeAs(literal("putin"));
  }

  @Test
  void literal_specialCharactersAreText() throws Exception {
    List<StoredEvidence> plain = literal("new sanctions Zelensky");
    assertThat(plain).isNotEmpty();
    for (String text :
        List.of(
            "\"new sanctions\" AND (Zelensky",
            "new) sanctions] Zelensky:",
            "new* sanctions~ Zelensky^",
            "/new/ {sanctions} Zelensky\\",
            "+new -sanctions Zelensky?")) {
      assertThat(literal(text)).as(text).hasSameSizeAs(plain);
    }
    assertThat(literal("*")).isEmpty();
    assertThat(literal("\"")).isEmpty();
  }

  @Test
  void literal_aPastedPassageOfOverAThousandWords_isSearched() throws Exception {
    String sentence = "Round 2 of the talks covered the exchange of 1,000 prisoners. ";
    String passage = sentence.repeat(120);
    assertThat(passage.split("\\s+")).hasSizeGreaterThan(1_024);
    assertThat(literal(passage)).isNotEmpty();
  }

  @Test
  void literal_atTheTermLimit_runs_andOneMoreIsRefusedWhereItStarts() throws Exception {
    String atLimit = words(LuceneSearchIndex.MAX_TERMS);
    assertThat(literal(atLimit)).isEmpty();

    String over = atLimit + " zzextra";
    SearchException e = refused(over, SearchSyntax.LITERAL);
    assertThat(e.code()).isEqualTo("search-too-many-terms");
    assertThat(e.getMessage()).contains("1,000");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(over.indexOf("zzextra") + 1);
    assertThat(e.format("--search"))
        .startsWith("--search:1:" + e.column() + ": error: [search-too-many-terms] expected")
        .contains("see docs/errors/search-too-many-terms.md");
  }

  @Test
  void lucene_operatorsPhrasesAndGroupsWork() throws Exception {
    assertThat(lucene("\"new sanctions\" AND zelensky")).isNotEmpty();
    assertThat(lucene("\"sanctions new\"")).isEmpty();
    assertThat(lucene("putin AND NOT zelensky")).isNotEmpty();
    assertThat(lucene("zeppelin OR prisoners")).isNotEmpty().hasSameSizeAs(lucene("prisoners"));
    assertThat(lucene("prison*")).isNotEmpty();
    assertThat(lucene("prisn~1")).isNotEmpty();
  }

  @Test
  void lucene_malformedSyntax_isRefusedWithItsLineAndColumn() {
    record Case(String text, int line, int column) {}
    for (Case c :
        List.of(
            new Case("AND", 1, 1),
            new Case("putin AND", 1, 10),
            new Case("(putin", 1, 7),
            new Case("putin)", 1, 6),
            new Case("zelensky \"new sanctions", 1, 10),
            new Case("putin\nAND)", 2, 4),
            new Case("\nAND", 2, 1),
            new Case("sanctions:", 1, 11))) {
      SearchException e = refused(c.text(), SearchSyntax.LUCENE);
      assertThat(e.code()).as(c.text()).isEqualTo("search-syntax");
      assertThat(e.line() + ":" + e.column()).as(c.text()).isEqualTo(c.line() + ":" + c.column());
      assertThat(e.getMessage()).as(c.text()).startsWith("expected").doesNotContain("\n");
    }
  }

  @Test
  void lucene_fiveThousandNestedParentheses_areRefusedBeforeParsing() {
    String deep = "(".repeat(5_000) + "putin" + ")".repeat(5_000);
    SearchException e = refused(deep, SearchSyntax.LUCENE);
    assertThat(e.code()).isEqualTo("search-nesting");
    assertThat(e.column()).isEqualTo(LuceneSearchIndex.MAX_NESTING + 1);
    assertThat(e.getMessage()).contains(Integer.toString(LuceneSearchIndex.MAX_NESTING));
  }

  @Test
  void lucene_nestingAtTheLimit_runs_andQuotedParenthesesDoNotCount() throws Exception {
    int n = LuceneSearchIndex.MAX_NESTING;
    assertThat(lucene("(".repeat(n) + "putin" + ")".repeat(n))).isNotEmpty();
    assertThat(lucene("\"" + "(".repeat(5_000) + "\" putin")).isNotEmpty();
    assertThat(lucene("\\(".repeat(5_000) + " putin")).isNotEmpty();
  }

  @Test
  void lucene_regularExpressions_areRefused() {
    for (String regex : List.of("/a{2147483647}/", "/" + "a|".repeat(20_000) + "a/", "/[/")) {
      SearchException e = refused(regex, SearchSyntax.LUCENE);
      assertThat(e.code()).isEqualTo("search-syntax");
      assertThat(e.getMessage()).contains("regular expressions");
    }
  }

  @Test
  void lucene_moreTermsThanTheLimit_isRefused() {
    SearchException spread = refused(words(LuceneSearchIndex.MAX_TERMS + 1), SearchSyntax.LUCENE);
    assertThat(spread.code()).isEqualTo("search-too-many-terms");
    assertThat(spread.getMessage()).contains("1,000").contains("1,001 terms");

    SearchException oneGroup = refused(words(1_100), SearchSyntax.LUCENE);
    assertThat(oneGroup.code()).isEqualTo("search-too-many-terms");

    String groups =
        IntStream.range(0, 600)
            .mapToObj(i -> "(w" + i + "a OR w" + i + "b)")
            .collect(Collectors.joining(" "));
    assertThat(refused(groups, SearchSyntax.LUCENE).code()).isEqualTo("search-too-many-terms");
  }

  @Test
  void find_keepsItsContract_andSaysWhyASearchIsRefused() {
    assertThatThrownBy(() -> ws.find(EvidenceQuery.all().withSearch("(putin", SearchSyntax.LUCENE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[search-syntax]");
    assertThat(ws.find(EvidenceQuery.all().withSearch("AND"))).isEmpty();
  }

  @Test
  void searchDocuments_readsLiterallyOrAsAsked() throws Exception {
    assertThat(ws.searchDocuments("round 2 AND", 10)).isNotEmpty();
    assertThat(ws.searchDocuments("round AND 2", SearchSyntax.LUCENE, 10)).isNotEmpty();
    assertThatThrownBy(() -> ws.searchDocuments("round AND", SearchSyntax.LUCENE, 10))
        .isInstanceOf(SearchException.class);
  }

  /** Returns n distinct words no fixture contains. */
  private static String words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "zq" + i + "x").collect(Collectors.joining(" "));
  }
}
