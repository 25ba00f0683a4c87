package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.io.result.BargainingJson;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON that {@code parley analyze --format json} prints conforms to its published schema. */
class AnalysisSchemaTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static Schema schema() throws Exception {
    JsonNode schema =
        JSON.readTree(Files.readString(ProjectFiles.resolve("docs/schema/analysis.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static List<String> errors(List<Path> inputs) throws Exception {
    AnalyzeScenario.Result result = new AnalyzeScenario().run(inputs);
    assertThat(result.report()).as("diagnostics %s", result.diagnostics()).isNotNull();
    String json =
        BargainingJson.write(result.report(), inputs.stream().map(Path::toString).toList(), "test");
    return schema().validate(JSON.readTree(json)).stream().map(Object::toString).toList();
  }

  @Test
  void scenarioAnalysis_conformsToTheSchema() throws Exception {
    assertThat(
            errors(List.of(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"))))
        .isEmpty();
  }

  @Test
  void analysisWithAnEmptyZone_conformsToTheSchema() throws Exception {
    assertThat(errors(AnacInputs.of("anac2013-Lunch"))).isEmpty();
  }

  @Test
  void schema_rejectsOutputMissingAReferenceQuantity() throws Exception {
    Path harbour = ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");
    AnalyzeScenario.Result result = new AnalyzeScenario().run(List.of(harbour));
    var tree = BargainingJson.tree(result.report(), List.of(harbour.toString()), "test");
    tree.remove("n_pareto_vectors");
    assertThat(schema().validate(tree)).isNotEmpty();
  }
}
