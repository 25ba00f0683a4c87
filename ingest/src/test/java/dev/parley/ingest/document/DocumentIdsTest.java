package dev.parley.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.DocumentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {
  @Test
  void of_isStable_forSameNormalisedContent() {
    DocumentId a = DocumentIds.of("The  ferry “runs”\n\nat six.");
    DocumentId b = DocumentIds.of("the ferry \"runs\" at six.");

    assertThat(a).isEqualTo(b);
    assertThat(a.value()).startsWith("doc-").hasSize(4 + DocumentIds.HEX_DIGITS);
  }

  @Test
  void of_differs_forDifferentContent() {
    assertThat(DocumentIds.of("The ferry runs at six."))
        .isNotEqualTo(DocumentIds.of("The ferry runs at seven."));
  }

  @Test
  void normalize_appliesNfkcAndCollapsesWhitespace() {
    assertThat(DocumentIds.normalize("  Ｆｅｒｒｙ\u00A0 ﬁve\t ")).isEqualTo("ferry five");
  }

  @Test
  void isDuplicateOf_comparesIds() {
    Document one = doc("The ferry runs at six.", "a.txt");
    Document same = doc("the ferry  runs at six.", "b.html");
    Document other = doc("The bus runs at six.", "c.txt");

    assertThat(one.isDuplicateOf(same)).isTrue();
    assertThat(one.isDuplicateOf(other)).isFalse();
  }

  private static Document doc(String text, String origin) {
    return new Document(
        DocumentIds.of(text), origin, SourceFormat.TEXT, text, List.of(), DocumentMetadata.none());
  }
}
