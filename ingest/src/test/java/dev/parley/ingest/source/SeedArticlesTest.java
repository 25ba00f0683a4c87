package dev.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.Document;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five seed articles read as the lead will read them, checked against the hand-made gold: where
 * the body starts and ends (first and last 12 whitespace tokens), title, date and author.
 */
class SeedArticlesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> seeds_matchGoldBodyBoundariesAndMetadata() throws IOException {
    Path gold = SharedData.resolve("gold");
    Path seeds = SharedData.resolve("corpus/seeds");
    List<Path> files;
    try (Stream<Path> list = Files.list(gold)) {
      files =
          list.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.json"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSize(5);
    DocumentReader reader = new DocumentReader();
    return files.stream()
        .map(
            goldFile ->
                DynamicTest.dynamicTest(
                    goldFile.getFileName().toString(),
                    () -> {
                      JsonNode g = JSON.readTree(goldFile.toFile());
                      IngestResult result = reader.read(seeds.resolve(g.get("doc").asString()));
                      assertThat(result.diagnostics()).isEmpty();
                      Document d = result.documents().get(0);
                      String[] tokens = d.text().strip().split("\\s+");
                      assertThat(join(tokens, 0, 12))
                          .isEqualTo(g.get("body_first_words").asString());
                      assertThat(join(tokens, tokens.length - 12, tokens.length))
                          .isEqualTo(g.get("body_last_words").asString());
                      assertThat(d.metadata().title()).isEqualTo(g.get("title").asString());
                      assertThat(d.metadata().author()).isEqualTo(text(g.get("author")));
                      assertThat(
                              d.metadata().published() == null
                                  ? null
                                  : d.metadata().published().toString())
                          .isEqualTo(text(g.get("date")));
                      assertThat(d.metadata().language()).isEqualTo("en");
                    }));
  }

  private static String join(String[] tokens, int from, int to) {
    return String.join(" ", Arrays.copyOfRange(tokens, Math.max(0, from), to));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }
}
