package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.testkit.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley diff}: what changed between two versions of a scenario, and what it cites. */
class DiffScenariosTest {
  @TempDir Path dir;
  private String harbour;
  private Path older;

  @BeforeEach
  void readHarbour() throws Exception {
    harbour =
        Files.readString(
            ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"),
            StandardCharsets.UTF_8);
    older = write("older.yaml", harbour);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private String edit(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  @Test
  void aScenarioComparedWithItself_hasNoChange() throws Exception {
    DiffScenarios.Result r = DiffScenarios.run(older, write("same.yaml", harbour));
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.changes()).isEmpty();
  }

  @Test
  void changedAddedAndRemovedValues_areListed_withWhatTheNewValueCites() throws Exception {
    String text = harbour;
    text = edit(text, "as_of: 2026-03-01", "as_of: 2026-04-01");
    text =
        edit(text, "    capability: 0.6\n", "    capability: {value: 0.7, cite: [minutes-0220]}\n");
    text =
        edit(
            text,
            "      shifts: {ideal: 100, salience: 0.15}\n",
            "      shifts: {ideal: 100, salience: {value: 0.15, evidence: [doc-1#4]}}\n");
    text =
        edit(
            text,
            "      - issue: wage\n        at_most: 5\n",
            "      - issue: wage\n        at_most: 6\n");
    int strikeFund = text.indexOf("  - id: strike-fund");
    text = text.substring(0, strikeFund);
    DiffScenarios.Result r = DiffScenarios.run(older, write("newer.yaml", text));
    assertThat(r.hasErrors()).as(r.formattedDiagnostics()).isFalse();
    assertThat(r.fromAsOf()).isEqualTo("2026-03-01");
    assertThat(r.toAsOf()).isEqualTo("2026-04-01");
    List<DiffScenarios.Line> lines = r.lines();
    assertThat(lines)
        .extracting(l -> l.kind() + " " + l.where())
        .containsExactly(
            "changed scenario/as_of",
            "changed profiles/port/capability",
            "resourced profiles/port/stances/shifts/salience",
            "changed profiles/port/red_lines/wage",
            "removed levers/strike-fund");
    DiffScenarios.Line capability = lines.get(1);
    assertThat(capability.before()).isEqualTo("0.6");
    assertThat(capability.after()).isEqualTo("0.7");
    assertThat(capability.because()).startsWith("cites minutes-0220 (");
    assertThat(lines.get(2).because()).isEqualTo("cites evidence doc-1#4");
    assertThat(lines.get(3).before()).contains("5").doesNotContain("6");
    assertThat(lines.get(3).after()).contains("6");
    assertThat(lines.get(4).before()).contains("Federation strike fund");
    assertThat(lines.get(4).because()).startsWith("cites gazette-0212 (");
  }

  @Test
  void reorderingActorsIssuesAndOptions_isNoChange() throws Exception {
    String text = harbour;
    text = edit(text, "      - {id: ten, label: 10-hour shifts, position: 50}\n", "");
    text =
        edit(
            text,
            "      - {id: twelve, label: 12-hour shifts, position: 100}\n",
            "      - {id: twelve, label: 12-hour shifts, position: 100}\n"
                + "      - {id: ten, label: 10-hour shifts, position: 50}\n");
    DiffScenarios.Result r = DiffScenarios.run(older, write("reordered.yaml", text));
    assertThat(r.hasErrors()).as(r.formattedDiagnostics()).isFalse();
    assertThat(r.changes()).isEmpty();
  }

  @Test
  void anAddedActor_andABrokenFile() throws Exception {
    String text =
        edit(
            harbour,
            "  - id: council\n",
            "  - id: mediator\n    name: State mediator\n    kind: person\n  - id: council\n");
    DiffScenarios.Result r = DiffScenarios.run(older, write("added.yaml", text));
    assertThat(r.hasErrors()).as(r.formattedDiagnostics()).isFalse();
    assertThat(r.lines())
        .extracting(l -> l.kind() + " " + l.where())
        .contains("added actors/mediator/name", "added actors/mediator/kind");
    assertThat(r.lines().get(0).because()).isEqualTo("cites nothing (an assumption)");

    DiffScenarios.Result broken =
        DiffScenarios.run(older, write("broken.yaml", "scenario: [unclosed\n"));
    assertThat(broken.hasErrors()).isTrue();
    assertThat(broken.formattedDiagnostics()).contains("broken.yaml:", "error: [");
  }

  @Test
  void json_followsTheSchema() throws Exception {
    String text = edit(harbour, "    capability: 0.6\n", "    capability: 0.65\n");
    String json = DiffScenarios.run(older, write("newer.yaml", text)).json();
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(
                    ProjectFiles.resolve("docs/schema/diff.schema.json"), StandardCharsets.UTF_8),
                InputFormat.JSON);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json)
        .contains("\"kind\" : \"changed\"", "\"before\" : \"0.6\"", "\"after\" : \"0.65\"");
  }
}
