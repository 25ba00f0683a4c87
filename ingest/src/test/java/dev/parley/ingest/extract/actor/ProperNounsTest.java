package dev.parley.ingest.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProperNounsTest {
  private static AnalyzedText analyze(String text) {
    return TextAnalyzer.english()
        .analyze(text, List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)));
  }

  private static int token(AnalyzedText t, String form) {
    for (int i = 0; i < t.tokenCount(); i++) {
      if (t.token(i).equals(form)) {
        return i;
      }
    }
    throw new AssertionError("no token " + form);
  }

  @Test
  void theTagger_tellsANameFromACapitalisedFirstWord() {
    AnalyzedText t = analyze("However, Tobias Wrenfield spoke to the farmers on Tuesday.");
    ProperNouns nouns = new ProperNouns(t);
    assertThat(nouns.isProperNoun(token(t, "However"))).isFalse();
    int tobias = token(t, "Tobias");
    assertThat(nouns.allProper(tobias, tobias + 2)).isTrue();
    assertThat(nouns.isProperNoun(token(t, "farmers"))).isFalse();
  }

  @Test
  void anEmptyRange_isNotAName() {
    AnalyzedText t = analyze("Tobias Wrenfield spoke.");
    assertThat(new ProperNouns(t).allProper(1, 1)).isFalse();
  }
}
