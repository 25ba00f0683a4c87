package dev.parley.ingest.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.extract.number.NumberLexicon.Kind;
import org.junit.jupiter.api.Test;

/** The resources of {@link NumberLexicon} are read whole and each phrase has its kind. */
class NumberLexiconTest {
  @Test
  void numberWordsAndScales_areRead() {
    assertThat(NumberLexicon.number("seventeen")).isEqualTo(17.0);
    assertThat(NumberLexicon.number("one")).isNull();
    assertThat(NumberLexicon.scale("million")).isEqualTo(1e6);
  }

  @Test
  void contextPhrases_haveTheirKindAndUnit_longestFirst() {
    assertThat(NumberLexicon.is("#", Kind.RANK)).isTrue();
    assertThat(NumberLexicon.is("march", Kind.MONTH)).isTrue();
    assertThat(java.util.Objects.requireNonNull(NumberLexicon.single("percent")).unit())
        .isEqualTo("%");
    assertThat(NumberLexicon.phrases().get(0).tokens().length)
        .isGreaterThanOrEqualTo(NumberLexicon.phrases().getLast().tokens().length);
    assertThat(NumberLexicon.notCounted("instead")).isTrue();
  }
}
