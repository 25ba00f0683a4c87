package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {
  private static String deu() {
    return SharedData.resolve("data/deu/deu3.csv").toString();
  }

  @Test
  void evaluateDeu_printsEveryModelAgainstTheCompromise() {
    Run r = ParleyCommandTest.run("evaluate", "deu", deu(), "--bootstrap", "200", "--seed", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("353 issues; bootstrap 200 replicates, seed 3")
        .containsPattern("compromise +353 +23\\.0[0-9] .*\\(baseline\\)")
        .contains("eum-scholz")
        .contains("exchange")
        .contains("nash")
        .contains("MAE - compromise [95% CI]")
        .containsPattern("ensemble +353 +2[0-9]\\.[0-9]{2} .* +[0-9.]+% +-[0-9.]+ \\[")
        .contains("80% PI", "CALIBRATION", "held out: 10 folds by proposal, seed 3");
  }

  @Test
  void evaluateDeuJson_givesTheFiguresOfEachModel() throws Exception {
    Run r =
        ParleyCommandTest.run("evaluate", "DEU", deu(), "--format", "json", "--bootstrap", "100");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(r.out());
    assertThat(root.get("issues").asInt()).isEqualTo(353);
    assertThat(root.get("bootstrap").get("seed").asLong()).isEqualTo(1);
    JsonNode ensemble = root.get("models").get(0);
    assertThat(ensemble.get("model").asString()).isEqualTo("ensemble");
    assertThat(ensemble.get("coverage_80").asDouble()).isBetween(0.78, 0.82);
    JsonNode compromise = root.get("models").get(1);
    assertThat(compromise.get("model").asString()).isEqualTo("compromise");
    assertThat(compromise.get("mae").asDouble()).isBetween(22.97, 23.17);
    assertThat(ensemble.get("mae").asDouble()).isLessThan(compromise.get("mae").asDouble());
    for (JsonNode model : root.get("models")) {
      for (String key :
          new String[] {"mae", "median_ae", "hit5", "hit10", "n", "coverage_80", "calibration"}) {
        assertThat(model.has(key)).as(model.get("model") + " " + key).isTrue();
      }
    }
    assertThat(root.get("models").get(2).get("vs_baseline").has("lower")).isTrue();
    assertThat(root.get("cross_validation").get("seed").asLong()).isEqualTo(1);
  }

  @Test
  void badInput_givesDiagnosticsAndExitCode2(@TempDir Path dir) throws Exception {
    Path bad =
        Files.writeString(dir.resolve("bad.tsv"), "prnr\tisnr\n1\ta\n", StandardCharsets.UTF_8);
    Run r = ParleyCommandTest.run("evaluate", "deu", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.tsv:1:1: error: [deu-header]").contains("hint:");
    assertThat(r.out()).isEmpty();
    Run missing = ParleyCommandTest.run("evaluate", "deu", dir.resolve("absent.tsv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("[file-unreadable]");
  }

  @Test
  void usageErrors_giveExitCode2() {
    assertThat(ParleyCommandTest.run("evaluate", "deu", deu(), "--bootstrap", "0").exit())
        .isEqualTo(2);
    assertThat(ParleyCommandTest.run("evaluate", "ktab", deu()).exit()).isEqualTo(2);
    Run help = ParleyCommandTest.run("evaluate", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: parley evaluate").contains("--bootstrap");
  }
}
