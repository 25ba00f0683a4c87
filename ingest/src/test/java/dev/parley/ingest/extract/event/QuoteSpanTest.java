package dev.parley.ingest.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.extract.syntax.ShallowParse;
import org.junit.jupiter.api.Test;

/** Event sentences widened over a quote of several sentences. Every sentence was written here. */
class QuoteSpanTest {
  @Test
  void aQuoteRunningOnWidensTheSentenceToItsEnd() {
    String text = "Merz said, \"We came to listen. We leave with nothing.\" Macron left early.";
    ShallowParse parse = SpeechFixture.parse(text);
    TextSpan span = QuoteSpan.of(parse, 0);
    assertThat(text.substring(span.start(), span.end()))
        .startsWith("Merz said")
        .contains("We leave with nothing.")
        .doesNotContain("Macron left");
  }

  @Test
  void aSentenceWithoutAQuoteKeepsItsSpan() {
    String text = "Merz said the talks went well. Macron left early.";
    ShallowParse parse = SpeechFixture.parse(text);
    assertThat(QuoteSpan.of(parse, 0)).isEqualTo(parse.text().sentenceSpan(0));
  }
}
