package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Prediction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Predictions keep their hedge and horizon, read conditionals and "won't", accept organisations as
 * forecasters, and leave out commitments, wishes and general truths. Invented sentences, none from
 * the corpora.
 */
class PredictionHedgesTest {
  private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

  private static List<Prediction> predictions(String text) {
    return ExtractionFixture.EXTRACTOR.extract(ExtractionFixture.document(text, DAY)).predictions();
  }

  @Test
  void theHedgeIsKept_withTheFrameVerb() {
    assertThat(predictions("Anna Weber predicts the strike could end within two weeks."))
        .extracting(Prediction::hedge)
        .containsExactly("predicts could");
    assertThat(predictions("Anna Weber expects Russia to reject the offer."))
        .extracting(Prediction::hedge)
        .containsExactly("expects");
  }

  @Test
  void aNegatedFutureInAQuote_isAForecast_andItsSpeakersFrameIsPartOfTheHedge() {
    List<Prediction> p =
        predictions("\u201cI suspect the dockers won't accept the offer,\u201d Anna Weber said.");
    assertThat(p).extracting(Prediction::hedge).containsExactly("suspect won't");
  }

  @Test
  void aConditionalHedgedForecastInAQuote_isKept() {
    List<Prediction> p =
        predictions(
            "\u201cIf the drought continues, the lake could dry up,\u201d Anna Weber said.");
    assertThat(p).extracting(Prediction::hedge).containsExactly("could");
    assertThat(predictions("\u201cThe lake could dry up,\u201d Anna Weber said.")).isEmpty();
  }

  @Test
  void anOrganisationMayForecast_butNotPlanItsOwnWork() {
    assertThat(
            predictions(
                "\u201cThe rivers will flood the valley,\u201d the World Health Organization"
                    + " said."))
        .extracting(p -> p.who().value())
        .containsExactly("WHO");
    assertThat(
            predictions(
                "\u201cThe World Health Organization will review the data,\u201d the World"
                    + " Health Organization said."))
        .isEmpty();
  }

  @Test
  void wishesCommitmentsAndGeneralTruths_areNoForecasts() {
    assertThat(
            predictions(
                "\u201cWe want a rule whereby late trains will be refunded,\u201d Anna Weber"
                    + " said."))
        .isEmpty();
    assertThat(predictions("\u201cThe mayor and I will rebuild the bridge,\u201d Anna Weber said."))
        .isEmpty();
    assertThat(predictions("\u201cIf a plant gets no light, it will wilt,\u201d Anna Weber said."))
        .isEmpty();
    assertThat(predictions("\u201cHopefully the rain will stop soon,\u201d Anna Weber said."))
        .isEmpty();
  }

  @Test
  void aHorizonByAYear_resolvesToItsLastDay() {
    List<Prediction> p = predictions("Anna Weber predicts the glacier will be gone by 2045.");
    assertThat(p).extracting(Prediction::horizon).containsExactly("by 2045");
    assertThat(p).extracting(Prediction::resolvesBy).containsExactly(LocalDate.of(2045, 12, 31));
  }
}
