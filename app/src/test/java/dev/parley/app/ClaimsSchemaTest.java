package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.app.ingest.IngestDocuments;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What {@code parley claims --format json} prints conforms to docs/schema/claims.schema.json. */
class ClaimsSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static Schema schema() throws Exception {
    JsonNode schema =
        JSON.readTree(Files.readString(ProjectFiles.resolve("docs/schema/claims.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private ListClaims.Result list(Path articles) {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(w, List.of(articles), IngestDocuments.Listener.NONE);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return ListClaims.run(ws, ListClaims.DEFAULT_TOLERANCE);
  }

  @Test
  void inventedArticles_conformToTheSchema_withEveryKindOfDisagreement() throws Exception {
    ListClaims.Result r = list(ListClaimsTest.inventedArticles(dir));
    JsonNode json = JSON.readTree(r.json());
    assertThat(schema().validate(json)).as(r.json()).isEmpty();
    assertThat(json.get("disagreements").asInt()).isEqualTo(2);
    assertThat(json.get("groups").findValuesAsString("field")).contains("polarity", "value");
  }

  @Test
  void seeds_conformToTheSchema() throws Exception {
    ListClaims.Result r = list(SharedData.resolve("corpus/seeds"));
    JsonNode json = JSON.readTree(r.json());
    assertThat(schema().validate(json)).as(r.json()).isEmpty();
    assertThat(json.get("groups").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theSchemaRejects_aGroupFlaggedWithoutItsField_andAClaimWithoutItsCitation()
      throws Exception {
    ListClaims.Result r = list(ListClaimsTest.inventedArticles(dir));
    JsonNode json = JSON.readTree(r.json());
    ObjectNode group = (ObjectNode) json.get("groups").get(0);
    group.putNull("field");
    assertThat(schema().validate(json)).isNotEmpty();
    JsonNode again = JSON.readTree(r.json());
    ((ObjectNode) again.get("groups").get(0).get("claims").get(0)).remove("citation");
    assertThat(schema().validate(again)).isNotEmpty();
  }
}
