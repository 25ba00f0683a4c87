package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the seed articles' text out of the project: no run of {@value #RUN} words of any seed
 * article stands in a file of ours, code, docs, examples and tests alike. The seeds' titles and
 * bylines are exempt (they are how a source is cited), and so are the ingest module's test pages,
 * which reproduce the boilerplate of real sites (comment prompts, "you may also like") on purpose.
 */
class NoArticleTextTest {
  /** How many words in a row make a copy; shorter runs are names, titles of office and idiom. */
  static final int RUN = 8;

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", "target", ".parley", "node_modules", ".idea");

  @Test
  void noFileOfOurs_repeatsARunOfASeedArticle() throws IOException {
    Set<String> seeds = new HashSet<>();
    try (Stream<Path> files = Files.list(SharedData.resolve("corpus/seeds"))) {
      for (Path seed : files.sorted().toList()) {
        seeds.addAll(runs(articleText(seed)));
      }
    }
    assertThat(seeds).as("runs of the seed articles").hasSizeGreaterThan(1_000);
    seeds.removeAll(titleRuns());

    List<String> copies = new ArrayList<>();
    Path root = ProjectFiles.root();
    for (Path file : ours(root)) {
      String text = textOf(file);
      if (text == null) {
        continue;
      }
      for (String run : runs(text)) {
        if (seeds.contains(run)) {
          copies.add(root.relativize(file) + ": " + run);
          break;
        }
      }
    }
    assertThat(copies).as("files repeating %d words of a seed article", RUN).isEmpty();
  }

  @Test
  void aCopiedSentence_isFound() throws IOException {
    Path seed;
    try (Stream<Path> files = Files.list(SharedData.resolve("corpus/seeds"))) {
      seed = files.filter(f -> !f.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
    }
    List<String> words = words(articleText(seed));
    String sentence = String.join(" ", words.subList(200, 200 + RUN));
    Set<String> seeds = new HashSet<>(runs(articleText(seed)));
    assertThat(runs("As the article said, " + sentence + ", and so on.")).anyMatch(seeds::contains);
  }

  /** The article text of a seed: the rendered content of a WordPress post, else the file. */
  private static String articleText(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    if (text.stripLeading().startsWith("{")) {
      JsonNode post = JsonMapper.builder().build().readTree(text);
      return Jsoup.parse(post.path("content").path("rendered").asString("")).text();
    }
    return text;
  }

  /** Every run of the seeds' titles and bylines ("Title" by Author), as the gold records them. */
  private static Set<String> titleRuns() throws IOException {
    Set<String> out = new HashSet<>();
    try (Stream<Path> files = Files.list(SharedData.resolve("gold"))) {
      for (Path gold : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode doc = JsonMapper.builder().build().readTree(gold.toFile());
        String title = doc.path("title").asString("");
        out.addAll(runs(title + " by " + doc.path("author").asString("")));
      }
    }
    return out;
  }

  private static List<Path> ours(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> !skipped(root.relativize(f)))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED_DIRECTORIES.contains(part.toString())) {
        return true;
      }
    }
    return relative.startsWith(Path.of("ingest", "src", "test", "resources", "ingest"));
  }

  /** Returns the file as UTF-8 text, or null for a binary file or one too large to be ours. */
  private static String textOf(Path file) throws IOException {
    if (Files.size(file) > 4_000_000) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static List<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static List<String> runs(String text) {
    List<String> w = words(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i + RUN <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + RUN)));
    }
    return out;
  }
}
