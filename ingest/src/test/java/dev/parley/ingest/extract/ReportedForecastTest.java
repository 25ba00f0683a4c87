package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Prediction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reported forecasts: two speakers in one sentence keep their own words and horizons, a hedged
 * "said … could" with a horizon is a forecast, a doubt is kept in the words, and a person's own
 * commitments and abilities, and passives ("is expected to"), are not forecasts. Invented
 * sentences, none from the corpora.
 */
class ReportedForecastTest {
  private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

  private static List<Prediction> predictions(String text) {
    return ExtractionFixture.EXTRACTOR.extract(ExtractionFixture.document(text, DAY)).predictions();
  }

  @Test
  void twoSpeakersJoinedByAnd_eachKeepsItsOwnWordsAndHorizon() {
    List<Prediction> p =
        predictions(
            "Both sounded upbeat: Anna Weber predicted that the two mayors could sign within two"
                + " weeks, and Carlos Ibarra said a river accord could come within three weeks.");
    assertThat(p).hasSize(2);
    assertThat(p.get(0).what()).isEqualTo("the two mayors could sign within two weeks");
    assertThat(p.get(0).horizon()).isEqualTo("within two weeks");
    assertThat(p.get(0).resolvesBy()).isEqualTo(DAY.plusWeeks(2));
    assertThat(p.get(1).what()).isEqualTo("a river accord could come within three weeks.");
    assertThat(p.get(1).horizon()).isEqualTo("within three weeks");
    assertThat(p.get(1).resolvesBy()).isEqualTo(DAY.plusWeeks(3));
    assertThat(p.get(0).who()).isNotEqualTo(p.get(1).who());
  }

  @Test
  void twoForecastsJoinedByWhile_keepTheirOwnHorizons() {
    List<Prediction> p =
        predictions(
            "Anna Weber predicts the dock strike could end within two weeks, while Carlos"
                + " Ibarra suggests the port may reopen within three weeks.");
    assertThat(p)
        .extracting(Prediction::horizon)
        .containsExactly("within two weeks", "within three weeks");
  }

  @Test
  void aHorizonWrittenBeforeTheForecast_isStillItsHorizon() {
    List<Prediction> p =
        predictions("Within two weeks, Anna Weber predicted, the strike will be over.");
    assertThat(p).extracting(Prediction::horizon).containsExactly("Within two weeks");
  }

  @Test
  void saidWithAHedgedModalAndAHorizon_isAReportedForecast() {
    List<Prediction> p =
        predictions("Anna Weber said the summit could take place within two months.");
    assertThat(p)
        .extracting(Prediction::what)
        .containsExactly("the summit could take place within two months.");
  }

  @Test
  void saidWithTheSpeakersOwnModal_isNoForecast() {
    assertThat(predictions("Anna Weber said she could not attend the summit.")).isEmpty();
    assertThat(predictions("Carlos Ibarra said he would travel to the capital on Monday."))
        .isEmpty();
  }

  @Test
  void aDoubt_keepsTheDoubtInTheWords() {
    List<Prediction> p =
        predictions(
            "Carlos Ibarra said he doubted that the new tariffs would force the board to accept"
                + " the offer.");
    assertThat(p)
        .extracting(Prediction::what)
        .containsExactly("doubted that the new tariffs would force the board to accept the offer.");
  }

  @Test
  void saidWithABackshiftedWouldAndNoHorizon_isNoForecast() {
    assertThat(predictions("Anna Weber said the guarantees would be strong.")).isEmpty();
  }

  @Test
  void aModalPerfect_isAGuessAboutThePast_andMayBeforeANumberOrAfterInIsTheMonth() {
    assertThat(predictions("Anna Weber believes the crew may have left the ship on purpose."))
        .isEmpty();
    assertThat(predictions("Anna Weber thinks the vote was held in May.")).isEmpty();
  }

  @Test
  void isExpectedTo_isAPassiveWithNoForecaster() {
    assertThat(predictions("Anna Weber is expected to resign next week.")).isEmpty();
  }

  @Test
  void expectsAnActorToAct_isAForecast() {
    List<Prediction> p = predictions("Anna Weber expects Russia to reject the offer.");
    assertThat(p).extracting(Prediction::what).containsExactly("Russia to reject the offer.");
  }

  @Test
  void aStatementDateInTheSentence_isWhenThePredictionWasMade_andItsHorizonCountsFromThere() {
    // DAY is Tuesday 4 March 2031; "on Sunday" is 2 March
    List<Prediction> p =
        predictions(
            "Anna Weber said on Sunday that she expected the strike to end within two weeks.");
    assertThat(p).hasSize(1);
    assertThat(p.getFirst().saidOn()).isEqualTo(LocalDate.of(2031, 3, 2));
    assertThat(p.getFirst().resolvesBy()).isEqualTo(LocalDate.of(2031, 3, 16));
  }
}
