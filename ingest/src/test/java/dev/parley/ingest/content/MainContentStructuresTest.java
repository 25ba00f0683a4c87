package dev.parley.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

/**
 * Page structures of issue 9's main-content rules, on invented pages: a round-up article whose body
 * is a list of linked headlines each followed by its own sentences, a heading and list that open
 * the article, an embedded post in a media wrapper, an image caption inside the body, a body that
 * is one paragraph broken by line breaks, and a scraped text that ends in mid-sentence.
 */
class MainContentStructuresTest {
  private static String item(String headline, String summary) {
    return "<li><strong><a href=\"/news/"
        + headline.length()
        + "\">"
        + headline
        + "</a>.</strong> "
        + summary
        + "</li>";
  }

  @Test
  void aRoundUpListOfLinkedHeadlinesWithSentences_isTheBody() {
    String html =
        "<html><head><title>Five things from the harbour today</title></head><body>"
            + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
            + "<div class=\"post-content\"><p>Good evening! Here is the harbour news you need"
            + " tonight.</p><ol>"
            + item(
                "The ferry board has approved a new timetable for the winter months",
                "Boats will leave every forty minutes instead of every half hour from December.")
            + item(
                "The lighthouse on the north pier is closing for repairs",
                "Engineers found cracks in the lantern room during a routine inspection last week.")
            + item(
                "Dock workers voted to accept the pay offer from the port authority",
                "The vote ends a dispute that had delayed three cargo ships since the spring.")
            + item(
                "A new fish market opens on the quay this weekend with twenty stalls",
                "Local traders say the covered hall will let them sell through the winter rain.")
            + "</ol></div>"
            + "<div class=\"related\"><h3>More news</h3><ul>"
            + "<li><a href=\"/a\">Council election results are in for every ward</a></li>"
            + "<li><a href=\"/b\">Weather warning for the coast as storms move in</a></li>"
            + "</ul></div></body></html>";
    String text = new ContentExtractor().extract(html, null).text();
    assertThat(text)
        .contains("Good evening!")
        .contains("The ferry board has approved a new timetable")
        .contains("Engineers found cracks in the lantern room")
        .contains("The vote ends a dispute")
        .contains("sell through the winter rain.")
        .doesNotContain("Council election results", "Weather warning", "Home");
  }

  @Test
  void aHeadingAndListThatOpenTheArticle_stayInTheBody() {
    String html =
        "<html><head><title>Ferry timetable</title></head><body><div class=\"story\">"
            + "<h2>What changes</h2><ul><li>Boats every forty minutes</li><li>First boat at"
            + " six</li><li>Fares unchanged until March</li></ul>"
            + "<p>The ferry board approved a new winter timetable on Tuesday after a long debate"
            + " about what the island can afford.</p>"
            + "<p>Boats will leave every forty minutes, the board said, and the first boat will"
            + " sail at six in the morning.</p></div></body></html>";
    String text = new ContentExtractor().extract(html, null).text();
    assertThat(text)
        .startsWith("What changes")
        .contains("First boat at six")
        .endsWith("sail at six in the morning.");
  }

  @Test
  void aLinkListBeforeTheArticle_isStillLeftOut() {
    String html =
        "<html><head><title>Ferry timetable</title></head><body><div class=\"story\">"
            + "<ul><li><a href=\"/a\">Harbour</a></li><li><a href=\"/b\">Weather</a></li></ul>"
            + "<p>The ferry board approved a new winter timetable on Tuesday after a long debate"
            + " about what the island can afford.</p>"
            + "<p>Boats will leave every forty minutes, the board said, and the first boat will"
            + " sail at six in the morning.</p></div></body></html>";
    String text = new ContentExtractor().extract(html, null).text();
    assertThat(text).startsWith("The ferry board approved");
  }

  @Test
  void anEmbeddedPostInAMediaWrapper_staysInTheBody() {
    String html =
        "<html><head><title>Harbour</title></head><body><div class=\"story\">"
            + "<p>The ferry board approved a new winter timetable on Tuesday after a long debate"
            + " about what the island can afford.</p>"
            + "<div class=\"video-container\"><blockquote class=\"embedded-post\"><p>Forty"
            + " minutes between boats is a disgrace for anyone who works on the mainland, and the"
            + " board knows it. <a href=\"/p/1\">pic.example/abc</a></p><p>— Island Commuters"
            + " (@commuters) <a href=\"/s/2\">March 3, 2031</a></p></blockquote></div>"
            + "<p>Boats will leave every forty minutes, the board said, and the first boat will"
            + " sail at six in the morning.</p>"
            + "<div class=\"video-player\"><p>Watch: the new boats arrive</p></div>"
            + "</div></body></html>";
    String text = new ContentExtractor().extract(html, null).text();
    assertThat(text)
        .contains("Forty minutes between boats is a disgrace")
        .contains("first boat will sail at six")
        .doesNotContain("Watch: the new boats");
  }

  @Test
  void anImageCaptionClosedByAPhotoCredit_isLeftOut() {
    String html =
        "<html><head><title>Harbour</title></head><body><div class=\"story\">"
            + "<p>The ferry board approved a new winter timetable on Tuesday after a long debate"
            + " about what the island can afford.</p>"
            + "<p>Ferries leave the old pier in the morning fog (Image: HARBOUR PRESS )</p>"
            + "<p>Boats will leave every forty minutes, the board said, and the first boat will"
            + " sail at six in the morning.</p></div></body></html>";
    String text = new ContentExtractor().extract(html, null).text();
    assertThat(text).contains("first boat will sail at six").doesNotContain("morning fog");
  }

  @Test
  void aBodyThatIsOneParagraphBrokenByLineBreaks_isKeptWhole() {
    String html =
        "<html><head><title>Harbour</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<div class=\"story\"><p>The ferry board approved a new winter timetable on"
            + " Tuesday.<br>Boats will leave every forty minutes.<br><br>The first boat sails at"
            + " six.<br>The chair said the island's schools had asked the board for an earlier"
            + " boat.<br>Traders on the quay welcomed the change.</p></div>"
            + "<div class=\"more\"><h3>Latest</h3><ul><li><a href=\"/a\">Storm warning for the"
            + " coast tonight</a></li></ul></div></body></html>";
    String text = new ContentExtractor().extract(html, null).text();
    assertThat(text)
        .startsWith("The ferry board approved")
        .contains("The first boat sails at six.")
        .endsWith("Traders on the quay welcomed the change.");
  }

  @Test
  void aScrapedTextThatEndsInMidSentence_keepsItsLastParagraph() {
    String text =
        "Harbour News\n\nThe ferry board approved a new winter timetable on Tuesday after a long"
            + " debate about costs.\n\nBoats will leave every forty minutes, the board said, and"
            + " the first boat will sail at six.\n\nThe board's chair told reporters that the"
            + " island's schools had asked for an earlier boat and that the board would look at";
    String body = new ScrapedTextExtractor().extract(text, DocumentMetadata.none()).text();
    assertThat(body).endsWith("the board would look at");
  }

  @Test
  void aShortUnfinishedLastLine_isStillLeftOut() {
    String text =
        "Harbour News\n\nThe ferry board approved a new winter timetable on Tuesday after a long"
            + " debate about costs.\n\nBoats will leave every forty minutes, the board said.\n\n"
            + "Share this story with friends";
    String body = new ScrapedTextExtractor().extract(text, DocumentMetadata.none()).text();
    assertThat(body).endsWith("the board said.");
  }
}
