package dev.parley.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmallRulesTest {
  @Test
  void dates_parseTheFormsPagesAndFeedsUse() {
    assertThat(Dates.parse("2025-08-19T09:41:13")).isEqualTo(LocalDate.of(2025, 8, 19));
    assertThat(Dates.parse("Mon, 06 Jan 2025 07:30:00 +0000")).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(Dates.parse("Published June 5, 2025")).isEqualTo(LocalDate.of(2025, 6, 5));
    assertThat(Dates.parse("5th June 2025")).isEqualTo(LocalDate.of(2025, 6, 5));
    assertThat(Dates.parse("2025/06/05")).isEqualTo(LocalDate.of(2025, 6, 5));
    assertThat(Dates.parse("no date here")).isNull();
    assertThat(Dates.parse("2025-02-31")).isNull();
  }

  @Test
  void bylines_dropByAndRole() {
    assertThat(Bylines.author("by James Example Senior News Editor")).isEqualTo("James Example");
    assertThat(Bylines.author("By Ana Sample, Foreign Correspondent")).isEqualTo("Ana Sample");
    assertThat(Bylines.author("by Chief Editor")).isEqualTo("Chief Editor");
    assertThat(Bylines.isByline("by Chief Editor")).isTrue();
    assertThat(Bylines.isByline("By the end of the week the river had fallen.")).isFalse();
  }

  @Test
  void languageGuesser_tellsCommonLanguagesApart() {
    assertThat(
            LanguageGuesser.guess(
                "The talks were held in the capital and the delegates said that it was a start."))
        .isEqualTo("en");
    assertThat(
            LanguageGuesser.guess(
                "Die Gespräche fanden in der Hauptstadt statt, und die Delegierten sagten, dass es"
                    + " ein Anfang sei, auch wenn nicht alle mit dem Ergebnis zufrieden waren."))
        .isEqualTo("de");
    assertThat(
            LanguageGuesser.guess(
                "Les discussions ont eu lieu dans la capitale et les délégués ont dit que ce"
                    + " n'était pas la fin, mais un début pour les deux pays."))
        .isEqualTo("fr");
    assertThat(
            LanguageGuesser.guess(
                "Las conversaciones se celebraron en la capital y los delegados dijeron que era un"
                    + " comienzo para los dos países, pero no el final."))
        .isEqualTo("es");
    assertThat(
            LanguageGuesser.guess(
                "Переговоры прошли в столице, и делегаты сказали, что это только начало, но он"
                    + " уже был готов к тому, что они не согласятся."))
        .isEqualTo("ru");
    assertThat(
            LanguageGuesser.guess(
                "Переговори відбулися у столиці, і делегати сказали, що це лише початок, але він"
                    + " вже був готовий до того, що вони не погодяться, та ще й пізно."))
        .isEqualTo("uk");
    assertThat(LanguageGuesser.guess("Ferry")).isNull();
  }

  @Test
  void outlets_nameTheHostWithoutWww() {
    assertThat(Outlets.fromUrl("https://www.example.org/a/b")).isEqualTo("example.org");
    assertThat(Outlets.fromUrl("not a url")).isNull();
    assertThat(Outlets.fromUrl(null)).isNull();
  }
}
