package dev.parley.ingest.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Statement dates read from the sentence, relative to the document's date (a Tuesday). */
class StatementDatesTest {
  private static final LocalDate TUESDAY = LocalDate.of(2031, 8, 19);

  private static LocalDate said(String sentence) {
    return StatementDates.saidOn(sentence, sentence.length(), sentence.length(), TUESDAY);
  }

  @Test
  void aWeekday_isTheLatestOneOnOrBeforeTheDocument() {
    assertThat(said("The minister said on Sunday that")).isEqualTo(LocalDate.of(2031, 8, 17));
    assertThat(said("The minister said on Tuesday that")).isEqualTo(TUESDAY);
    assertThat(said("The minister said on Wednesday that")).isEqualTo(LocalDate.of(2031, 8, 13));
  }

  @Test
  void lastWeekday_isBeforeTheDocumentsDay() {
    assertThat(said("She said last Tuesday that")).isEqualTo(LocalDate.of(2031, 8, 12));
  }

  @Test
  void yesterday_isTheDayBefore() {
    assertThat(said("He told reporters yesterday that")).isEqualTo(LocalDate.of(2031, 8, 18));
  }

  @Test
  void aDayOfTheMonth_isInTheDocumentsYear_orTheYearBefore() {
    assertThat(said("In an interview on August 3, she said")).isEqualTo(LocalDate.of(2031, 8, 3));
    assertThat(said("In an interview on 3 August, she said")).isEqualTo(LocalDate.of(2031, 8, 3));
    assertThat(said("In a speech on December 12, he said")).isEqualTo(LocalDate.of(2030, 12, 12));
  }

  @Test
  void aDateInsideThePredictionsWords_isNotTheStatementsDate() {
    String s = "She predicted the talks would resume on Friday.";
    assertThat(StatementDates.saidOn(s, 14, s.length(), TUESDAY)).isNull();
  }

  @Test
  void noDate_andTheModalMay_giveNothing() {
    assertThat(said("The minister said that")).isNull();
    assertThat(said("talks may 5 times fail")).isNull();
    assertThat(said("on February 30 he said")).isNull();
  }
}
