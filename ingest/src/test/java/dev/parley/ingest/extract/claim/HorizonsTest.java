package dev.parley.ingest.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Horizons as written, from the patterns of horizons.txt; invented sentences. */
class HorizonsTest {
  private static AnalyzedText analyze(String text) {
    return TextAnalyzer.english()
        .analyze(text, List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)));
  }

  @Test
  void theFormsOfTheResource_areFound() {
    assertThat(Horizons.firstIn("The port could reopen within three weeks."))
        .isEqualTo("within three weeks");
    assertThat(Horizons.firstIn("Yields would fall by 2040, they said.")).isEqualTo("by 2040");
    assertThat(Horizons.firstIn("The fair expects more guests this year.")).isEqualTo("this year");
    assertThat(Horizons.firstIn("Prices rose in the coming weeks of the war."))
        .isEqualTo("in the coming weeks");
    assertThat(Horizons.firstIn("Prices rose in 2040.")).isNull();
  }

  @Test
  void aHorizonInsideThePredictionsWords_winsOverOneBefore() {
    AnalyzedText t = analyze("Next year, Ana Ruiz said, the mill could close within two months.");
    Horizons h = new Horizons(t);
    int end = t.endToken(0);
    int from = end - 8; // "the mill could close within two months ."
    assertThat(h.of(0, from, end)).isEqualTo("within two months");
    assertThat(h.inside(0, from, end)).isTrue();
    assertThat(h.of(0, from, end - 4)).isEqualTo("Next year");
    assertThat(h.inside(0, from, end - 4)).isFalse();
  }
}
