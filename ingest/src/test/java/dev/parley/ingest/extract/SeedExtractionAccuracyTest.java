package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.export.GoldExportWriter;
import dev.parley.testkit.SharedData;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs the whole extraction on the five seed articles, writes the gold-format export, and scores it
 * with the shared scorer ({@code tools/score-extraction}), asserting the accuracy floors.
 */
class SeedExtractionAccuracyTest {
  static final String[] FLOORS = {
    "quotes.f1=0.95",
    "speaker_strict.f1=0.90",
    "events_lenient.f1=0.60",
    "events_source_action.f1=0.70",
    "predictions.f1=0.80",
    "actors.f1=0.85"
  };

  @Test
  void seedExport_meetsTheAccuracyFloors_whenScoredByTheSharedScorer() throws Exception {
    Path gold = SharedData.resolve("gold");
    Path scorer = SharedData.resolve("tools/score-extraction");
    Path export = Path.of("target", "extraction", "seeds.jsonl");
    Files.createDirectories(export.getParent());
    EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
    try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
      for (Path g : SeedDocuments.goldFiles()) {
        Document d = SeedDocuments.document(g);
        GoldExportWriter.writeLine(extractor.extract(d), d.id().value(), out);
      }
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                "python3",
                scorer.toString(),
                gold.toString(),
                export.toString(),
                "--json",
                "--min"));
    command.addAll(List.of(FLOORS));
    Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String json = stdout.substring(0, stdout.lastIndexOf('}') + 1);
    JsonNode scores = SeedDocuments.JSON.readTree(json);
    System.err.println("seed extraction scores: " + scores);
    for (String floor : FLOORS) {
      String[] kv = floor.split("=");
      String[] path = kv[0].split("\\.");
      double value = scores.get(path[0]).get(path[1]).asDouble();
      assertThat(value)
          .as(kv[0] + " (scorer output: " + stdout + stderr + ")")
          .isGreaterThanOrEqualTo(Double.parseDouble(kv[1]));
    }
    assertThat(p.exitValue()).as(stdout + stderr).isZero();
  }
}
