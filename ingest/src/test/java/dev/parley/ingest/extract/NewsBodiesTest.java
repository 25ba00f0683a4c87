package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.ExtractedItem;
import dev.parley.testkit.SharedData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Extraction over the 123 real news bodies of the article-extraction benchmark (all topics, many
 * outlets): it never fails, and every item's characters lie inside its sentence.
 */
class NewsBodiesTest {
  @Test
  void extraction_handlesRealNewsBodies_withItemsInsideTheirSentences() {
    JsonNode truth =
        SeedDocuments.JSON.readTree(
            SharedData.resolve("data/article-extraction-benchmark/ground-truth.json").toFile());
    int documents = 0;
    int items = 0;
    for (Map.Entry<String, JsonNode> page : truth.properties()) {
      String body = page.getValue().get("articleBody").asString().strip();
      if (body.isEmpty()) {
        continue;
      }
      DocumentEvidence e = ExtractionFixture.extract(body);
      documents++;
      for (ExtractedItem item : e.items()) {
        items++;
        assertThat(item.provenance().span().isWithin(item.provenance().sentence()))
            .as("%s in page %s", item, page.getKey())
            .isTrue();
        assertThat(item.provenance().sentence().end())
            .isLessThanOrEqualTo(e.document().text().length());
      }
    }
    assertThat(documents).isGreaterThan(100);
    assertThat(items).isGreaterThan(documents);
  }
}
