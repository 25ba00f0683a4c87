package dev.parley.ingest.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantities in invented sentences: units, ranges, scores, and numbers that are no quantity. */
class NumberExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private static List<NumberMention> numbers(String text) {
    List<TextBlock> blocks =
        List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH));
    return NumberExtractor.extract(new DocumentId("t"), ANALYZER.analyze(text, blocks));
  }

  private static List<String> printed(String text) {
    return numbers(text).stream().map(NumberMention::text).toList();
  }

  @Test
  void unitsOfMeasureAndPercentages_stayWithTheNumber() {
    assertThat(
            printed(
                "The riders covered 300 miles (480 km) and 12 percent of them, some 9% of"
                    + " entrants, finished within 15 per cent of the record on a 4,000 square"
                    + " meter track."))
        .containsExactly(
            "300 miles", "480 km", "12 percent", "9%", "15 per cent", "4,000 square meter");
    assertThat(numbers("Turnout fell to 41 percent.").get(0).unit()).isEqualTo("%");
  }

  @Test
  void currencyCodesBeforeTheSign_andCurrencyWordsAfter_stayWithTheNumber() {
    List<NumberMention> n =
        numbers("Bail was set at NZ$15,000 and the fine at 320,000 euros for the firm.");
    assertThat(n).extracting(NumberMention::text).containsExactly("NZ$15,000", "320,000 euros");
    assertThat(n).extracting(NumberMention::unit).containsExactly("NZD", "EUR");
  }

  @Test
  void agesAndDurations_keepTheirUnit() {
    assertThat(printed("A 17 year old guide led a 3000 year old ritual lasting 40 minutes."))
        .containsExactly("17 year old", "3000 year old", "40 minutes");
  }

  @Test
  void rangesAndScores_areOneValue() {
    assertThat(printed("Pupils aged 7–9 years watched the final end 2 – 1 after extra time."))
        .containsExactly("7–9 years", "2 – 1");
    assertThat(numbers("Pupils aged 7–9 years cheered.").get(0).value()).isEqualTo(7.0);
  }

  @Test
  void timesRanksNamesYearsAndYearRanges_areNoQuantity() {
    assertThat(
            printed(
                "At 14:05 GMT the band rose to number 4 and then #2 on Channel 9, after a"
                    + " study of 1990 - 2020 data from 2015 released by Studio 21."))
        .isEmpty();
  }

  @Test
  void aNumberAfterACapitalisedWordOpeningTheSentence_isStillAQuantity() {
    assertThat(printed("About 250 people came. Nearly 40 buses waited."))
        .containsExactly("250", "40");
  }

  @Test
  void countedNounsAreNotPartOfTheValue() {
    List<NumberMention> n = numbers("They freed 250 of the prisoners and 12 trucks.");
    assertThat(n).extracting(NumberMention::text).containsExactly("250", "12");
    assertThat(n).extracting(NumberMention::counts).containsExactly("prisoners", "trucks");
  }

  @Test
  void numberWordsAndScales_haveTheirValues() {
    List<NumberMention> n = numbers("Three towns asked for two billion dollars over five years.");
    assertThat(n)
        .extracting(NumberMention::text)
        .containsExactly("Three", "two billion dollars", "five years");
    assertThat(n.get(1).value()).isEqualTo(2e9);
  }
}
