package dev.parley.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.DocumentMetadata;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapedTextExtractorTest {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

  @Test
  void extract_startsAtFirstParagraphAndEndsBeforeCommentPrompt() throws IOException {
    ExtractedContent content =
        extractor.extract(ContentExtractorTest.resource("scraped.txt"), DocumentMetadata.none());

    assertThat(content.text())
        .startsWith("Eleven apple growers in the valley")
        .endsWith("in time for the spring fair.")
        .doesNotContain("Home »", "A Harvest Worth Sharing", "Published", "You may also like");
  }

  @Test
  void extract_readsTitleAndAuthorWithoutRole() throws IOException {
    DocumentMetadata m =
        extractor
            .extract(ContentExtractorTest.resource("scraped.txt"), DocumentMetadata.none())
            .metadata();

    assertThat(m.title()).isEqualTo("Orchard Growers Plan Cider Cooperative");
    assertThat(m.author()).isEqualTo("Tomas Elderberry");
    assertThat(m.published()).isNull();
    assertThat(m.language()).isEqualTo("en");
  }

  @Test
  void extract_keepsHeadingsAndListItemsAsTheirKinds() throws IOException {
    ExtractedContent content =
        extractor.extract(ContentExtractorTest.resource("scraped.txt"), DocumentMetadata.none());

    List<BlockKind> kinds = content.blocks().stream().map(b -> b.kind()).toList();
    assertThat(kinds)
        .containsExactly(
            BlockKind.PARAGRAPH,
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.PARAGRAPH,
            BlockKind.LIST_ITEM,
            BlockKind.LIST_ITEM,
            BlockKind.PARAGRAPH);
    assertThat(content.blocks().get(4).span().of(content.text()))
        .isEqualTo("Shared presses: members book slots a week ahead.");
  }

  @Test
  void extract_joinsHardWrappedParagraphs() throws IOException {
    ExtractedContent content =
        extractor.extract(ContentExtractorTest.resource("wrapped.txt"), DocumentMetadata.none());

    assertThat(content.blocks()).hasSize(2);
    assertThat(content.text())
        .startsWith("The old observatory on the ridge reopened to visitors this week, after a");
    assertThat(content.metadata().title()).isEqualTo("The Quiet Observatory");
  }

  @Test
  void extract_keepsRoleOnlyBylineAsPrinted() {
    String text =
        "Valley Water Board Raises Rates\n\nby Chief Editor\n\n"
            + "The water board raised its rates by three per cent on Monday, citing the cost of"
            + " new pipes.\n";

    assertThat(extractor.extract(text, DocumentMetadata.none()).metadata().author())
        .isEqualTo("Chief Editor");
  }

  @Test
  void extract_givesEmptyBody_whenTextHasNoProse() {
    assertThat(extractor.extract("Home\nNews\nSport\nContact", DocumentMetadata.none()).isEmpty())
        .isTrue();
  }

  @Test
  void extract_readsDateFromHeaderLines() {
    String text =
        "Dam Inspection Finds Cracks\n\nBy Rosa Fernhill | June 5, 2025\n\n"
            + "Inspectors found two cracks in the old dam wall on Monday and asked the county to"
            + " lower the reservoir.\n";
    String published =
        "Dam Inspection Finds Cracks\nPublished on 2025-06-04\n"
            + "Inspectors found two cracks in the old dam wall on Monday and asked the county to"
            + " lower the reservoir.\n";

    DocumentMetadata byline = extractor.extract(text, DocumentMetadata.none()).metadata();
    DocumentMetadata header = extractor.extract(published, DocumentMetadata.none()).metadata();

    assertThat(byline.author()).isEqualTo("Rosa Fernhill");
    assertThat(byline.published()).isEqualTo(java.time.LocalDate.of(2025, 6, 5));
    assertThat(header.published()).isEqualTo(java.time.LocalDate.of(2025, 6, 4));
  }
}
