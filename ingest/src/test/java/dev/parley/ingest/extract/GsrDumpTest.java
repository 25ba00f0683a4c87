package dev.parley.ingest.extract;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.testkit.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GsrDumpTest {
  @Test
  void dump() throws Exception {
    JsonNode records =
        SeedDocuments.JSON.readTree(
            SharedData.resolve("data/plover-gsr/PLOVER_GSR_CAMEO.json").toFile());
    EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
    StringBuilder out = new StringBuilder();
    for (JsonNode r : records) {
      if (r.get("event").asString().equals("DOCUMENT")) continue;
      String text = r.get("text").asString();
      Document d =
          new Document(
              new DocumentId(r.get("id").asString()),
              "x",
              SourceFormat.TEXT,
              text,
              List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)),
              DocumentMetadata.none());
      DocumentEvidence ev = extractor.extract(d);
      String gold = PloverGoldStandardTest.modern(r.get("event").asString());
      StringBuilder evs = new StringBuilder();
      for (EventMention e : ev.events()) {
        evs.append(" {")
            .append(e.plover())
            .append("/")
            .append(e.action())
            .append(" ")
            .append(PloverGoldStandardTest.codes(ev, e.sources()))
            .append("->")
            .append(PloverGoldStandardTest.codes(ev, e.targets()))
            .append(" '")
            .append(e.trigger())
            .append("'")
            .append(e.isFactual() ? "" : " NF")
            .append("}");
      }
      StringBuilder acts = new StringBuilder();
      for (var a : ev.actors()) acts.append(a.id()).append("=").append(a.code()).append(" ");
      out.append(gold)
          .append(" | gold ")
          .append(PloverGoldStandardTest.codes(r.get("source")))
          .append("->")
          .append(PloverGoldStandardTest.codes(r.get("target")))
          .append(" | ")
          .append(evs)
          .append(" | actors ")
          .append(acts)
          .append("\n   ")
          .append(text)
          .append("\n");
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/gsr.txt"), out.toString());
  }
}
