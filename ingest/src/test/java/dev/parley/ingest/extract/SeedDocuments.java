package dev.parley.ingest.extract;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Documents from the shared seed articles at test time, standing in for the readers: the
 * body is cut between the gold's first and last words (text seeds) or taken from the WordPress
 * post's rendered content with tags and entities removed.
 */
final class SeedDocuments {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private SeedDocuments() {}

  static List<Path> goldFiles() {
    try (Stream<Path> files = Files.list(SharedData.resolve("gold"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode gold(Path goldFile) {
    return JSON.readTree(goldFile.toFile());
  }

  static Document document(Path goldFile) {
    JsonNode gold = gold(goldFile);
    String name = gold.get("doc").asString();
    Path seed = SharedData.resolve("corpus/seeds/" + name);
    try {
      String raw = Files.readString(seed);
      if (raw.stripLeading().startsWith("{")) {
        JsonNode post = JSON.readTree(raw);
        String html = post.get("content").get("rendered").asString();
        String text = stripTags(html);
        LocalDate date = LocalDate.parse(post.get("date").asString().substring(0, 10));
        String title = stripTags(post.get("title").get("rendered").asString()).strip();
        return build(
            name,
            SourceFormat.WORDPRESS_JSON,
            text,
            new DocumentMetadata(title, null, date, null, null, "en"));
      }
      String first = gold.get("body_first_words").asString();
      String last = gold.get("body_last_words").asString();
      int from = raw.indexOf(first);
      int to = raw.indexOf(last, from) + last.length();
      if (from < 0 || to < from) {
        throw new AssertionError("expected the gold's body words in " + seed);
      }
      return build(name, SourceFormat.TEXT, raw.substring(from, to), DocumentMetadata.none());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document build(
      String name, SourceFormat format, String text, DocumentMetadata meta) {
    List<TextBlock> blocks = new ArrayList<>();
    int pos = 0;
    for (String line : text.split("\n", -1)) {
      int s = pos;
      int e = pos + line.length();
      pos = e + 1;
      while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u2022')) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e <= s) {
        continue;
      }
      String content = text.substring(s, e);
      boolean bullet = line.stripLeading().startsWith("\u2022");
      char lastChar = content.charAt(content.length() - 1);
      boolean heading =
          !bullet
              && ".!?:\"\u201d\u2019)".indexOf(lastChar) < 0
              && content.split("\\s+").length <= 20;
      blocks.add(
          new TextBlock(
              new TextSpan(s, e),
              bullet ? BlockKind.LIST_ITEM : heading ? BlockKind.HEADING : BlockKind.PARAGRAPH));
    }
    return new Document(new DocumentId(name), "seeds/" + name, format, text, blocks, meta);
  }

  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

  static String stripTags(String html) {
    String noTags = html.replaceAll("<[^>]*>", "");
    Matcher m = ENTITY.matcher(noTags);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> " ";
              default -> m.group();
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString().replace('\u00a0', ' ').strip();
  }
}
