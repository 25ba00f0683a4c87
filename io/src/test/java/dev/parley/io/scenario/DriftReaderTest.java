package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.SourceId;
import dev.parley.core.sensitivity.Drift;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.testkit.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The optional {@code drift} key of a profile: read beside the scenario, which it leaves alone. */
class DriftReaderTest {
  /** The harbour example with a falling union walk-away value and a capability cut at round 3. */
  static String drifting() throws IOException {
    String anchor =
        "        statement: no automation without retraining\n        cite: [gazette-0212]\n";
    String text = ScenarioReaderTest.example();
    assertThat(text).contains(anchor);
    return text.replace(
        anchor,
        anchor
            + "    drift:\n"
            + "      - {parameter: reservation, per_round: -0.01, note: strike pay runs out}\n"
            + "      - {parameter: capability, from_round: 3, multiply: 0.8, cite: [gazette-0212]}\n");
  }

  @Test
  void drift_isReadWithItsRoundsAndBasis() throws IOException {
    LoadResult<DriftingScenario> result = ScenarioReader.readDrifting("harbour.yaml", drifting());
    assertThat(result.diagnostics()).as(DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    DriftingScenario s = result.orElseThrow();
    assertThat(s.drifts())
        .containsExactly(
            new Drift(
                ActorId.of("union"),
                LeverEffect.Parameter.RESERVATION,
                Drift.Change.PER_ROUND,
                -0.01,
                0,
                dev.parley.core.model.Basis.assumption("strike pay runs out")),
            new Drift(
                ActorId.of("union"),
                LeverEffect.Parameter.CAPABILITY,
                Drift.Change.MULTIPLY,
                0.8,
                3,
                new dev.parley.core.model.Basis(
                    java.util.List.of(SourceId.of("gazette-0212")), java.util.List.of(), null)));
  }

  @Test
  void drift_leavesTheScenarioAsItWouldBeWithoutIt() throws IOException {
    Scenario with = ScenarioReader.read("harbour.yaml", drifting()).orElseThrow();
    Scenario without =
        ScenarioReader.read("harbour.yaml", ScenarioReaderTest.example()).orElseThrow();
    assertThat(with).isEqualTo(without);
    assertThat(
            ScenarioReader.readDrifting("harbour.yaml", ScenarioReaderTest.example())
                .orElseThrow()
                .drifts())
        .isEmpty();
  }

  @Test
  void driftingExample_isValidUnderTheSchema() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(
                    ProjectFiles.resolve("docs/schema/scenario.schema.json"),
                    StandardCharsets.UTF_8),
                InputFormat.JSON);
    assertThat(schema.validate(drifting(), InputFormat.YAML)).isEmpty();
    assertThat(
            schema.validate(
                drifting().replace("from_round: 3", "from_round: -3"), InputFormat.YAML))
        .isNotEmpty();
  }
}
