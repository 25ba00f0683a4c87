package dev.parley.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {
  private final ContentExtractor extractor = new ContentExtractor();

  static String resource(String name) throws IOException {
    try (InputStream in = ContentExtractorTest.class.getResourceAsStream("/ingest/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void extract_keepsArticleParagraphsAndDropsPageFurniture() throws IOException {
    ExtractedContent content = extractor.extract(resource("article.html"), null);

    assertThat(content.text())
        .startsWith("The harbour council voted on Tuesday")
        .endsWith("takes effect on the first Monday of April.")
        .contains("A compromise on fares", "“We listened to the island, and the island was clear,”")
        .doesNotContain(
            "Share on Facebook",
            "Advertisement",
            "Lighthouse keeper",
            "Related",
            "I have taken the early ferry",
            "Your email address",
            "All rights reserved",
            "By Mara Quillfeather",
            "Home");
  }

  @Test
  void extract_marksInBodyHeadingsAsHeadings() throws IOException {
    ExtractedContent content = extractor.extract(resource("article.html"), null);

    TextBlock heading =
        content.blocks().stream()
            .filter(b -> b.kind() == BlockKind.HEADING)
            .findFirst()
            .orElseThrow();
    assertThat(heading.span().of(content.text())).isEqualTo("A compromise on fares");
    assertThat(content.blocks()).hasSize(6);
    assertThat(content.blocks().get(0).kind()).isEqualTo(BlockKind.PARAGRAPH);
  }

  @Test
  void extract_readsMetadataFromHeadAndMarkup() throws IOException {
    DocumentMetadata m =
        extractor.extract(resource("article.html"), "https://www.courier.example/ferry").metadata();

    assertThat(m.title()).isEqualTo("Harbour Council Agrees Ferry Timetable");
    assertThat(m.author()).isEqualTo("Mara Quillfeather");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(m.outlet()).isEqualTo("The Lakeside Courier");
    assertThat(m.url()).isEqualTo("https://www.courier.example/ferry");
    assertThat(m.language()).isEqualTo("en");
  }

  @Test
  void extract_fallsBackToHostForOutlet_whenPageNamesNone() {
    String html =
        "<html><body><article><p>"
            + "The council met on Friday and agreed, after a long debate, to repair the pier."
            + "</p></article></body></html>";

    DocumentMetadata m = extractor.extract(html, "https://www.pier-news.example/a/1").metadata();

    assertThat(m.outlet()).isEqualTo("pier-news.example");
    assertThat(m.language()).isEqualTo("en");
  }

  @Test
  void extract_returnsEmptyBody_forPageOfScripts() throws IOException {
    assertThat(extractor.extract(resource("scripts-only.html"), null).isEmpty()).isTrue();
  }

  @Test
  void extractFragment_removesTagsDecodesEntitiesAndNoBreakSpaces() {
    ExtractedContent content =
        extractor.extractFragment(
            "<p>Rain&nbsp;fell &amp; rivers rose.</p><script>x()</script><p>Roads &lt;closed&gt;.</p>",
            DocumentMetadata.none());

    assertThat(content.text()).isEqualTo("Rain fell & rivers rose.\n\nRoads <closed>.");
    assertThat(content.blocks()).hasSize(2);
  }

  @Test
  void plainText_decodesEntitiesAndCollapsesSpaces() {
    assertThat(ContentExtractor.plainText("How&nbsp;Rivers <b>Rise</b>&hellip;"))
        .isEqualTo("How Rivers Rise…");
  }

  @Test
  void extract_copesWithDeeplyNestedMarkup() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(20_000));
    html.append("<p>The pier will be repaired before winter, the council said on Friday.</p>");
    html.append("</div>".repeat(20_000));

    assertThat(extractor.extract(html.toString(), null).text())
        .isEqualTo("The pier will be repaired before winter, the council said on Friday.");
  }

  @Test
  void extract_dropsTeasersAndListsOfOtherArticles() {
    String html =
        "<html><body><article><p>The ferry will keep its winter timetable, the council decided"
            + " on Tuesday after a long debate.</p><p>Fares rise by four per cent, less than the"
            + " operator had asked for.</p></article>"
            + "<section><article><p><a href='/a'>Lighthouse keeper retires after forty winters</a>"
            + " After forty winters on the rock, the keeper hands over the lamp to a younger"
            + " colleague.</p></article><article><p><a href='/b'>Bridge plan returns to the drawing"
            + " board</a> Engineers said the first design would not survive the spring floods of"
            + " the river.</p></article></section></body></html>";

    assertThat(extractor.extract(html, null).text())
        .isEqualTo(
            "The ferry will keep its winter timetable, the council decided on Tuesday after a long"
                + " debate.\n\nFares rise by four per cent, less than the operator had asked for.");
  }
}
