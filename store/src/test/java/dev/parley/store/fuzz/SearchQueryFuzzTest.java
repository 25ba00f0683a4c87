package dev.parley.store.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentIds;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.workspace.RunId;
import dev.parley.store.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any text, read literally or as a Lucene query, searches a small workspace and gives hits or a
 * {@link SearchException} with a code, never another exception or a stack overflow. Runs its corpus
 * as a regression test; {@code JAZZER_FUZZ=1} fuzzes it (docs/reliability.md).
 */
class SearchQueryFuzzTest {
  private static final List<String> SENTENCES =
      List.of(
          "Russian President Vladimir Putin rejected the ceasefire proposal on Tuesday.",
          "\u201cWe will not accept these terms,\u201d Putin said after the talks.",
          "Volodymyr Zelensky urged the European Union to impose new sanctions on Russia.",
          "Donald Trump predicted a peace deal within two weeks.",
          "Round 4 of the talks covered the exchange of 1,000 prisoners.");

  private static Path folder;
  private static Workspace workspace;

  @BeforeAll
  static void open() throws Exception {
    folder = Files.createTempDirectory("parley-search-fuzz-");
    workspace = Workspace.open(folder);
    RunId run = workspace.startRun(List.of("fuzz"), "fuzz");
    EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
    for (String sentence : SENTENCES) {
      workspace.store(extractor.extract(document(sentence)), run);
    }
  }

  @AfterAll
  static void close() throws Exception {
    workspace.close();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @FuzzTest(maxDuration = "60s", maxExecutions = 2000)
  @DictionaryEntries({
    "AND",
    "OR",
    "NOT",
    "&&",
    "||",
    "(",
    ")",
    "\"",
    "~",
    "~2",
    "*",
    "?",
    "^",
    "^2",
    ":",
    "text:",
    "[",
    "]",
    "{",
    "}",
    " TO ",
    "/",
    "\\",
    "+",
    "-",
    "putin",
    "prisoners",
    "sanctions"
  })
  void search_anyText_givesHitsOrACodedRefusal(FuzzedDataProvider data) {
    SearchSyntax syntax = data.consumeBoolean() ? SearchSyntax.LUCENE : SearchSyntax.LITERAL;
    String text = data.consumeRemainingAsString();
    try {
      assertThat(workspace.search(EvidenceQuery.all().withSearch(text, syntax).withLimit(20)))
          .isNotNull();
      assertThat(workspace.searchDocuments(text, syntax, 5)).isNotNull();
    } catch (SearchException e) {
      assertThat(e.code()).startsWith("search-");
      assertThat(e.getMessage()).startsWith("expected");
      assertThat(e.line() == 0).isEqualTo(e.column() == 0);
      assertThat(e.format("--search")).contains("[" + e.code() + "]");
    }
  }

  private static Document document(String sentence) {
    return new Document(
        DocumentIds.of(sentence),
        "fuzz.txt",
        SourceFormat.TEXT,
        sentence,
        List.of(new TextBlock(new TextSpan(0, sentence.length()), BlockKind.PARAGRAPH)),
        DocumentMetadata.none());
  }
}
