package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley draft} in process: ingest, draft to a file, validate the draft, and bad input. */
class DraftCommandTest {
  @TempDir Path dir;

  @Test
  void ingestThenDraft_writesAScenarioThatValidatesAgainstTheWorkspace() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("a.txt"),
        "Ferry fares\n\nThe Island Ferry Company demanded higher fares on Monday. The Island"
            + " Council rejected higher fares and proposed a fare subsidy.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("b.txt"),
        "Fare talks\n\nThe Island Council rejected higher fares again. The Island Ferry Company"
            + " rejected the fare subsidy and demanded higher fares.\n",
        StandardCharsets.UTF_8);
    Path ws = dir.resolve("ws");
    assertThat(ParleyCommandTest.run("ingest", in.toString(), "--workspace", ws.toString()).exit())
        .isZero();
    Path out = dir.resolve("draft.yaml");
    Run draft =
        ParleyCommandTest.run("draft", "--workspace", ws.toString(), "--out", out.toString());
    assertThat(draft.exit()).as(draft.err()).isZero();
    assertThat(draft.out()).startsWith("wrote " + out).contains("values citing evidence");
    assertThat(Files.readString(out)).startsWith("# A DRAFT").contains("ASSUMPTION. To settle:");
    Run validate = ParleyCommandTest.run("validate", out.toString(), "--workspace", ws.toString());
    assertThat(validate.exit()).as(validate.err() + validate.out()).isZero();
    Run json = ParleyCommandTest.run("draft", "--workspace", ws.toString(), "--format", "json");
    assertThat(json.exit()).isZero();
    assertThat(json.out()).contains("\"assumptions\"", "\"scenario\"");
  }

  @Test
  void aMissingWorkspace_exits2WithTheError() {
    Run r = ParleyCommandTest.run("draft", "--workspace", dir.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error:").contains("hint:");
    assertThat(r.out()).isEmpty();
  }
}
