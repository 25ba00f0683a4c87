package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index refuses a search whose wildcards or fuzzy terms expand past Lucene's clause limit. */
class LuceneSearchIndexTest {
  @TempDir Path dir;

  @Test
  void fuzzyTermsThatExpandPastTheClauseLimit_areASearchProblem() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      for (int i = 0; i < 2_000; i++) {
        String body = String.format(Locale.ROOT, "Delegate w%04d spoke.", i);
        index.add(new DocumentId("doc-" + i), "", body, List.of(new TextSpan(0, body.length())));
      }
      String fuzzy =
          IntStream.range(0, 40)
              .mapToObj(i -> String.format(Locale.ROOT, "w%02d00~2", i))
              .collect(Collectors.joining(" OR "));
      Query parsed = index.parse(fuzzy, SearchSyntax.LUCENE);
      assertThat(parsed).isNotNull();
      assertThatThrownBy(() -> index.searchSentences(parsed, 10))
          .isInstanceOf(SearchException.class)
          .satisfies(
              e -> {
                SearchException s = (SearchException) e;
                assertThat(s.code()).isEqualTo("search-too-many-terms");
                assertThat(s.getMessage()).contains("once its wildcards and fuzzy terms");
              });
      Query one = index.parse("w0100~1", SearchSyntax.LUCENE);
      assertThat(index.searchSentences(one, 100)).isNotEmpty();
    }
  }
}
