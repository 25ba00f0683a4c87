package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.model.Scenario;
import dev.parley.io.ScenarioImport;
import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates scenarios against the published JSON Schema, docs/schema/scenario.schema.json. */
class ScenarioSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    String text =
        Files.readString(
            ProjectFiles.resolve("docs/schema/scenario.schema.json"), StandardCharsets.UTF_8);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text, InputFormat.JSON);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void example_isValidAsReadAndAsWritten() throws IOException {
    String yaml = resource("/scenarios/harbour.yaml");
    assertThat(schema.validate(yaml, InputFormat.YAML)).isEmpty();
    Scenario s = ScenarioReader.read("harbour.yaml", yaml).orElseThrow();
    assertThat(schema.validate(ScenarioWriter.toYaml(s), InputFormat.YAML)).isEmpty();
    assertThat(schema.validate(ScenarioWriter.toJson(s), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"anac2012-CarB", "anac2015-KillerRobot-3p", "genius-SON", "anac2020-Party"})
  void importedScenario_isValid(String name) throws IOException {
    Path dir = SharedData.resolve("data/anac/" + name);
    Path domain;
    List<Path> parties;
    switch (name) {
      case "anac2012-CarB" -> {
        domain = dir.resolve("Car-B-domain.xml");
        parties = List.of(dir.resolve("Car-B-prof1.xml"), dir.resolve("Car-B-prof2.xml"));
      }
      case "anac2015-KillerRobot-3p" -> {
        domain = dir.resolve("KillerRobot.xml");
        parties =
            List.of(
                dir.resolve("KillerRobot_util1.xml"),
                dir.resolve("KillerRobot_util2.xml"),
                dir.resolve("KillerRobot_util3.xml"));
      }
      case "genius-SON" -> {
        domain = dir.resolve("son_domain.xml");
        parties = List.of(dir.resolve("son_buyer.xml"), dir.resolve("son_seller.xml"));
      }
      default -> {
        domain = dir.resolve("party.json");
        parties = List.of(dir.resolve("party1.json"), dir.resolve("party2.json"));
      }
    }
    Scenario s = ScenarioImport.read(domain, parties).orElseThrow();
    assertThat(schema.validate(ScenarioWriter.toJson(s), InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(ScenarioWriter.toYaml(s), InputFormat.YAML)).isEmpty();
  }

  @Test
  void ordered_letsAnUnorderedIssueLeaveOutPositionsButNotANumericOne() {
    String head =
        "parley: 2\nscenario: {id: t, title: T}\nactors: [{id: a, name: A, kind: state}]\n"
            + "issues:\n";
    String unordered =
        head + "  - {id: f, name: F, ordered: false, options: [{id: fish}, {id: rice}]}\n";
    String ordered = head + "  - {id: f, name: F, options: [{id: fish}, {id: rice}]}\n";
    String numeric =
        head + "  - {id: w, name: W, ordered: false, numeric: {min: 0, max: 6, step: 1}}\n";
    assertThat(schema.validate(unordered, InputFormat.YAML)).isEmpty();
    assertThat(ScenarioReader.read("u.yaml", unordered).errors()).isEmpty();
    assertThat(schema.validate(ordered, InputFormat.YAML)).isNotEmpty();
    assertThat(ScenarioReader.read("o.yaml", ordered).errors()).isNotEmpty();
    assertThat(schema.validate(numeric, InputFormat.YAML)).isNotEmpty();
    assertThat(ScenarioReader.read("n.yaml", numeric).errors()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-key",
        "missing-key",
        "wrong-type",
        "unknown-value",
        "format-version",
        "exclusive-keys",
        "position-range"
      })
  void structurallyBadScenario_isInvalid(String name) throws IOException {
    List<Error> errors =
        schema.validate(resource("/diagnostics/" + name + ".yaml"), InputFormat.YAML);
    assertThat(errors).as(name).isNotEmpty();
  }
}
