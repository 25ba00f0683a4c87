package dev.parley.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private static AnalyzedText analyze(String text) {
    return ANALYZER.analyze(
        text, List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)));
  }

  private static List<String> tokens(AnalyzedText t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.tokenCount(); i++) {
      out.add(t.token(i));
    }
    return out;
  }

  @Test
  void tokenizer_keepsAbbreviationsHyphensAndNumbers_andSplitsClitics() {
    AnalyzedText t =
        analyze(
            "The U.S. didn\u2019t back Gould-Davies\u2019s 1,000-kilometer plan for $1.5 billion.");
    assertThat(tokens(t))
        .containsExactly(
            "The",
            "U.S.",
            "did",
            "n\u2019t",
            "back",
            "Gould-Davies",
            "\u2019s",
            "1,000-kilometer",
            "plan",
            "for",
            "$",
            "1.5",
            "billion",
            ".");
    assertThat(t.norm(3)).isEqualTo("n't");
  }

  @Test
  void sentences_doNotSplitAfterAbbreviations_andHeadingsAreFlagged() {
    String text = "Putin Meets Trump\nMr. Trump met Mr. Putin in the U.S. on Friday. They talked.";
    AnalyzedText t =
        ANALYZER.analyze(
            text,
            List.of(
                new TextBlock(new TextSpan(0, 17), BlockKind.HEADING),
                new TextBlock(new TextSpan(18, text.length()), BlockKind.PARAGRAPH)));
    assertThat(t.sentenceCount()).isEqualTo(3);
    assertThat(t.isHeading(0)).isTrue();
    assertThat(t.sentenceText(1)).isEqualTo("Mr. Trump met Mr. Putin in the U.S. on Friday.");
    assertThat(t.sentenceText(2)).isEqualTo("They talked.");
  }

  @Test
  void sentences_continueAfterAnAcronymBeforeATitle() {
    AnalyzedText t = analyze("Putin praised U.S. President Donald Trump. Talks resumed.");
    assertThat(t.sentenceCount()).isEqualTo(2);
    assertThat(t.sentenceText(0)).isEqualTo("Putin praised U.S. President Donald Trump.");
  }

  @Test
  void tokens_coverTheTextExactly_onSeededRandomText() {
    SplittableRandom random = new SplittableRandom(20251126L);
    String alphabet = "abcXYZ019 ,.;:'\u2019\u201c\u201d\"-\u2014$()\n";
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(1, 200);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      AnalyzedText t = analyze(text);
      int previousEnd = 0;
      for (int i = 0; i < t.tokenCount(); i++) {
        assertThat(t.start(i))
            .as("seed 20251126, round %d", round)
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(t.end(i)).isGreaterThan(t.start(i));
        assertThat(text.substring(previousEnd, t.start(i)).isBlank()).isTrue();
        previousEnd = t.end(i);
      }
      assertThat(text.substring(previousEnd).isBlank()).isTrue();
    }
  }
}
