package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Prediction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A forecast in a quote of several sentences is told by the sentences that carry it, not by the
 * sentence the quote opens in; a conditional "could" counts even when an unconditioned "might"
 * comes first; an announced arrangement ("talks will be held") is no forecast. Invented sentences,
 * none from the corpora.
 */
class QuotedForecastSentenceTest {
  private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

  private static List<Prediction> predictions(String text) {
    return ExtractionFixture.EXTRACTOR.extract(ExtractionFixture.document(text, DAY)).predictions();
  }

  @Test
  void aForecastInALaterSentenceOfTheQuote_isToldByThatSentence() {
    String text =
        "Anna Weber, who runs the harbour office, said: \"The cranes are old and slow. The new"
            + " terminal will double the port's freight within a decade.\"";
    List<Prediction> p = predictions(text);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).what())
        .startsWith("The new terminal will double")
        .doesNotContain("cranes are old");
    String sentence = p.get(0).provenance().sentence().of(text);
    assertThat(sentence).startsWith("The new terminal").doesNotContain("cranes are old");
  }

  @Test
  void forecastsInConsecutiveSentences_areOneRunOfSentences() {
    String text =
        "Carlos Ibarra says \"many ferries will raise their fares or they will stop. Then the"
            + " town will have to run its own boats.\"";
    List<Prediction> p = predictions(text);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).what()).contains("raise their fares").contains("run its own boats");
  }

  @Test
  void aConditionalCould_afterAnUnconditionedMight_isTheForecast() {
    String text =
        "Anna Weber, who reviewed the harbour's figures, concluded, \"It might be a passing dip."
            + " But if the fuel price keeps rising, freight could fall to half by winter.\"";
    List<Prediction> p = predictions(text);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).hedge()).isEqualTo("could");
    assertThat(p.get(0).what()).startsWith("But if the fuel price").doesNotContain("passing dip");
  }

  @Test
  void anAnnouncedArrangement_isNoForecast() {
    assertThat(
            predictions(
                "Anna Weber, the deputy mayor, said \"a round table will be held with the"
                    + " ferry operators next month.\""))
        .isEmpty();
    assertThat(
            predictions(
                "Anna Weber, the deputy mayor, said \"the ferry operators will raise their fares"
                    + " next month.\""))
        .hasSize(1);
  }
}
