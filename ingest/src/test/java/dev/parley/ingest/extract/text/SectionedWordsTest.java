package dev.parley.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ingest.extract.syntax.Words;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The sectioned word lists: parsing, errors, and the shipped lists being read. */
class SectionedWordsTest {
  private static SectionedWords parse(String text) throws Exception {
    return SectionedWords.parse("test.txt", new BufferedReader(new StringReader(text)));
  }

  @Test
  void sections_keepTheirEntriesAsWritten_andSkipCommentsAndBlankLines() throws Exception {
    SectionedWords w = parse("# a comment\n\n[marks]\n;\n'S\n\n[verbs]\n  go  \n# not an entry\n");
    assertThat(w.sections()).containsExactly("marks", "verbs");
    assertThat(w.entries("marks")).containsExactly(";", "'S");
    assertThat(w.words("verbs")).containsExactly("go");
  }

  @Test
  void aMissingSection_anEntryBeforeAnySection_andARepeatedSection_areErrors() {
    assertThatThrownBy(() -> parse("[a]\nx\n").words("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[b]");
    assertThatThrownBy(() -> parse("x\n[a]\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.txt:1");
    assertThatThrownBy(() -> parse("[a]\nx\n[a]\ny\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.txt:3");
  }

  @Test
  void theShippedLists_areReadFromResources() {
    assertThat(Words.PREPOSITIONS).contains("of", "between").doesNotContain("said");
    assertThat(Words.CLAUSE_BREAKS).contains(";", "(");
    assertThatThrownBy(() -> SectionedWords.of(Words.class, "no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-list.txt");
  }
}
