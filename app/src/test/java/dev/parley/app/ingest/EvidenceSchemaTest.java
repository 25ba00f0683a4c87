package dev.parley.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code parley extract --format json} and {@code parley evidence --format json} print
 * conforms to docs/schema/evidence.schema.json.
 */
class EvidenceSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path DOCUMENTS = ProjectFiles.resolve("examples/ukraine-2025/documents");

  @TempDir Path dir;

  private static Schema schema() throws Exception {
    JsonNode schema =
        JSON.readTree(Files.readString(ProjectFiles.resolve("docs/schema/evidence.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  @Test
  void extractedDocuments_conformToTheSchema() throws Exception {
    Schema schema = schema();
    StringWriter out = new StringWriter();
    ExtractDocuments.Result r =
        new ExtractDocuments(EvidenceExtractor.withBuiltInRegistry())
            .run(
                List.of(DOCUMENTS),
                e -> ExportFormat.JSON.write(e, ExtractDocuments.docName(e.document()), out));
    assertThat(r.extracted()).isEqualTo(7);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(7);
    int items = 0;
    for (String line : lines) {
      JsonNode doc = JSON.readTree(line);
      assertThat(schema.validate(doc)).as(line.substring(0, 200)).isEmpty();
      items += doc.get("items").size();
    }
    assertThat(items).isGreaterThan(100);
  }

  @Test
  void storedItemsOfEveryType_conformToTheSchema() throws Exception {
    Schema schema = schema();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(ws, List.of(DOCUMENTS), IngestDocuments.Listener.NONE);
      List<StoredEvidence> all =
          ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.values())).withLimit(100_000));
      assertThat(all.stream().map(StoredEvidence::type).distinct())
          .hasSize(EvidenceType.values().length);
      for (StoredEvidence e : all) {
        StringWriter out = new StringWriter();
        EvidenceJson.writeStored(e, out);
        JsonNode n = JSON.readTree(out.toString());
        assertThat(schema.validate(n)).as(out.toString()).isEmpty();
      }
    }
  }

  @Test
  void schema_rejectsAnItemWithoutProvenance() throws Exception {
    StringWriter out = new StringWriter();
    new ExtractDocuments(EvidenceExtractor.withBuiltInRegistry())
        .run(
            List.of(DOCUMENTS.resolve("html-page-guarantees.html")),
            e -> ExportFormat.JSON.write(e, "x.html", out));
    JsonNode doc = JSON.readTree(out.toString());
    ((ObjectNode) doc.get("items").get(0)).remove("provenance");
    assertThat(schema().validate(doc)).isNotEmpty();
  }
}
