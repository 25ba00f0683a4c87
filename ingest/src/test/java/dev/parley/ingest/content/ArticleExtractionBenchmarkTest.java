package dev.parley.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Main-content extraction scored on the article-extraction benchmark with the benchmark's own
 * metric (shingle F1), by the shared scorer {@code tools/score-boilerplate}. The extracted bodies
 * are written to {@code target/boilerplate/extracted.jsonl} for inspection.
 */
class ArticleExtractionBenchmarkTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void extract_reachesShingleF1OfAtLeast096_onBenchmarkPages() throws Exception {
    Path benchmark = SharedData.resolve("data/article-extraction-benchmark");
    Path scorer = SharedData.resolve("tools/score-boilerplate");
    Path truthFile = benchmark.resolve("ground-truth.json");
    JsonNode truth = JSON.readTree(truthFile.toFile());
    List<Path> pages;
    try (Stream<Path> list = Files.list(benchmark.resolve("html"))) {
      pages = list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(100);

    ContentExtractor extractor = new ContentExtractor();
    StringBuilder jsonl = new StringBuilder();
    for (Path page : pages) {
      String name = page.getFileName().toString();
      String id = name.substring(0, name.indexOf('.'));
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      JsonNode entry = truth.get(id);
      String url = entry == null ? null : entry.path("url").asString(null);
      ObjectNode line = JSON.createObjectNode();
      line.put("doc", name);
      line.put("text", extractor.extract(html, url).text());
      jsonl.append(JSON.writeValueAsString(line)).append('\n');
    }
    Path out = Path.of("target", "boilerplate");
    Files.createDirectories(out);
    Path extracted = out.resolve("extracted.jsonl");
    Files.writeString(extracted, jsonl, StandardCharsets.UTF_8);

    JsonNode score = runScorer(scorer, truthFile, extracted);
    Files.writeString(out.resolve("score.json"), score.toString(), StandardCharsets.UTF_8);
    assertThat(score.get("missing").asInt()).isZero();
    assertThat(score.get("f1").asDouble())
        .as(
            "shingle F1 on %d pages (precision %s, recall %s)",
            pages.size(), score.get("precision"), score.get("recall"))
        .isGreaterThanOrEqualTo(0.96);
  }

  private static JsonNode runScorer(Path scorer, Path truth, Path extracted)
      throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder(
                  "python3", scorer.toString(), truth.toString(), extracted.toString(), "--json")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort(
          "python3 is not available to run " + scorer + "; skipping: " + e.getMessage());
      throw e;
    }
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return JSON.readTree(output.strip().lines().reduce((a, b) -> b).orElse("{}"));
  }
}
