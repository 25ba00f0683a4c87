package dev.parley.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportWritersTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static DocumentEvidence evidence(String text) {
    Document d =
        new Document(
            new DocumentId("d1"),
            "d1.txt",
            SourceFormat.TEXT,
            text,
            List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)),
            new DocumentMetadata(
                "A title", "A. Writer", LocalDate.of(2025, 8, 19), null, null, "en"));
    return EvidenceExtractor.withBuiltInRegistry().extract(d);
  }

  @Test
  void goldExport_writesOneObjectPerDocument_inTheScorersFormat() {
    StringWriter out = new StringWriter();
    GoldExportWriter.writeLine(
        evidence("Moscow and Beijing rejected the proposal. \u201cNever,\u201d Lavrov said."),
        "d1.txt",
        out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode doc = JSON.readTree(lines[0]);
    assertThat(doc.get("doc").asString()).isEqualTo("d1.txt");
    assertThat(doc.get("date").asString()).isEqualTo("2025-08-19");
    assertThat(doc.get("actors"))
        .extracting(a -> a.get("id").asString())
        .contains("RUS", "CHN", "lavrov");
    assertThat(doc.get("quotes").get(0).get("speaker").asString()).isEqualTo("lavrov");
    assertThat(doc.get("events"))
        .extracting(e -> e.get("source").asString() + " " + e.get("action").asString())
        .contains("RUS reject", "CHN reject");
    for (JsonNode e : doc.get("events")) {
      assertThat(e.has("target")).isTrue();
      assertThat(e.get("sentence").asString()).isNotEmpty();
    }
  }

  @Test
  void ploverExport_writesOnlyPloverCodedEvents_oneObjectPerLine() {
    StringWriter out = new StringWriter();
    int written =
        PloverWriter.write(
            evidence("Turkey threatened Greece. Greece said nothing. Iran attacked Iraq."),
            null,
            out);
    String[] lines = out.toString().split("\n");
    assertThat(written).isEqualTo(2).isEqualTo(lines.length);
    JsonNode first = JSON.readTree(lines[0]);
    assertThat(first.get("event").get(0).asString()).isEqualTo("THREATEN");
    assertThat(first.get("actor").get(0).get("code").asString()).isEqualTo("TUR");
    assertThat(first.get("recipient").get(0).get("code").asString()).isEqualTo("GRC");
    assertThat(first.get("date").asString()).isEqualTo("2025-08-19");
    assertThat(JSON.readTree(lines[1]).get("event").get(0).asString()).isEqualTo("ASSAULT");
  }
}
