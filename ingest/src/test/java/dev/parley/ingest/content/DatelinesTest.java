package dev.parley.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.DocumentMetadata;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Datelines at the start of a story, and the date they give a text with no dated header. */
class DatelinesTest {
  @Test
  void anAgencyDatelineWithDayAndMonth_takesTheYearWhenOneIsKnown() {
    String p = "OSLO, Mar 9 (Nordwire) – The ferry union agreed on Tuesday to end its strike.";
    assertThat(Datelines.of(p)).isEqualTo("OSLO, Mar 9 (Nordwire)");
    assertThat(Datelines.dateOf(p, 2031)).isEqualTo(LocalDate.of(2031, 3, 9));
    assertThat(Datelines.dateOf(p, null)).isNull();
  }

  @Test
  void aPlaceOnlyDateline_isADatelineWithoutADate() {
    String p = "LISBON — The harbour board voted to raise the mooring fees by a fifth.";
    assertThat(Datelines.of(p)).isEqualTo("LISBON");
    assertThat(Datelines.dateOf(p, 2031)).isNull();
  }

  @Test
  void aDatelineWithAWeekdayAndAFullDate_givesThatDate() {
    String p = "Monday, June 2, 2031 — The two mayors met at the bridge to sign the river accord.";
    assertThat(Datelines.dateOf(p, null)).isEqualTo(LocalDate.of(2031, 6, 2));
    String q = "BERLIN, Monday, June 2, 2031 -- The council approved the new tram line.";
    assertThat(Datelines.dateOf(q, null)).isEqualTo(LocalDate.of(2031, 6, 2));
  }

  @Test
  void anOrdinarySentenceWithADash_isNoDateline() {
    assertThat(Datelines.of("The mayor said the plan – drafted in May – would pass.")).isNull();
    assertThat(Datelines.of("Prices rose sharply in March — and then fell again.")).isNull();
  }

  @Test
  void scrapedText_withNoDatedHeader_takesTheDatelinesDate() {
    String text =
        "Ferry Strike Ends\n\nOSLO, Mar 9 (Nordwire) – The ferry union agreed on Tuesday to end"
            + " its strike after two weeks of talks with the operators.\n\nThe first boats sail"
            + " again on Thursday morning, the union's spokesman said.\n";
    DocumentMetadata base =
        new DocumentMetadata(
            null, null, null, null, "https://example.org/news/2031/03/ferry", null);
    DocumentMetadata m = new ScrapedTextExtractor().extract(text, base).metadata();
    assertThat(m.published()).isEqualTo(LocalDate.of(2031, 3, 9));
  }

  @Test
  void htmlPage_withNoDateInItsMetadata_takesTheDatelinesDate() {
    String html =
        "<html><head><title>Tram line approved</title></head><body><article>"
            + "<p>BERLIN, Monday, June 2, 2031 -- The council approved the new tram line after a"
            + " long debate about its cost and its route through the old town.</p>"
            + "<p>Work on the line starts next spring and should take three years, the council's"
            + " planning office said in a statement on Monday evening.</p>"
            + "</article></body></html>";
    DocumentMetadata m = new ContentExtractor().extract(html, null).metadata();
    assertThat(m.published()).isEqualTo(LocalDate.of(2031, 6, 2));
  }
}
